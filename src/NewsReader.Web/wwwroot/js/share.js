// Progressive enhancement for the Share control: a copy button with a visible confirmation, and
// the system share sheet where the browser offers one. Without this file the permalink field and
// the plain links still work.
(() => {
  "use strict";

  const status = document.querySelector(".share-status");

  const announce = (text) => {
    if (!status) return;
    // Clearing first makes screen readers announce the same message again on a second copy.
    status.textContent = "";
    window.setTimeout(() => { status.textContent = text; }, 50);
  };

  const copyWithSelection = (field) => {
    field.focus();
    field.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  };

  for (const button of document.querySelectorAll("[data-copy-target]")) {
    const field = document.getElementById(button.dataset.copyTarget);
    if (!field) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      let copied = false;
      try {
        await navigator.clipboard.writeText(field.value);
        copied = true;
      } catch {
        copied = copyWithSelection(field);
      }
      announce(copied ? "Link copied to the clipboard." : "Select the link and press Ctrl+C (⌘C on a Mac) to copy it.");
      if (copied) {
        button.classList.add("is-done");
        window.setTimeout(() => button.classList.remove("is-done"), 2000);
      }
    });
  }

  if (typeof navigator.share === "function") {
    for (const button of document.querySelectorAll("[data-share-url]")) {
      button.hidden = false;
      button.addEventListener("click", async () => {
        try {
          await navigator.share({ title: button.dataset.shareTitle, url: button.dataset.shareUrl });
        } catch (error) {
          if (error && error.name !== "AbortError") announce("Sharing did not work here; copy the link instead.");
        }
      });
    }
  }

  // Focusing the permalink selects all of it, so copying from the keyboard is one shortcut away.
  for (const field of document.querySelectorAll(".share-url")) {
    field.addEventListener("focus", () => field.select());
  }
})();
