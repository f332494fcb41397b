// The Display panel: theme, text size, line width and typeface. settings.js has applied the saved
// choices before the first paint and owns the storage; this file shows the opener, reflects the
// choices in the radio groups and saves a change the moment it is made, so the reader sees it at once.
(() => {
  "use strict";

  const settings = window.newsReaderSettings;
  const opener = document.querySelector(".display-opener");
  const panel = document.getElementById("display-panel");
  if (!settings || !opener || !panel) return;
  const controls = opener.parentElement;

  const show = (values) => {
    for (const input of panel.querySelectorAll("input[type=radio]")) {
      input.checked = values[input.name.replace("display-", "")] === input.value;
    }
  };

  const isOpen = () => !panel.hidden;
  const setOpen = (open, { focusOpener = false } = {}) => {
    panel.hidden = !open;
    opener.setAttribute("aria-expanded", String(open));
    if (!open && focusOpener) opener.focus();
  };

  panel.addEventListener("change", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "radio") return;
    show(settings.save({ ...settings.read(), [input.name.replace("display-", "")]: input.value }));
  });

  panel.querySelector("[data-display-reset]")?.addEventListener("click", () => show(settings.save(settings.defaults)));
  panel.querySelector("[data-display-close]")?.addEventListener("click", () => setOpen(false, { focusOpener: true }));
  opener.addEventListener("click", () => setOpen(!isOpen()));

  // Escape closes from anywhere in the controls and gives focus back to the opener.
  controls.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && isOpen()) {
      event.preventDefault();
      setOpen(false, { focusOpener: true });
    }
  });

  // It floats over the page, so it closes when the reader moves on: a click or focus elsewhere.
  document.addEventListener("pointerdown", (event) => {
    if (isOpen() && !controls.contains(event.target)) setOpen(false);
  });
  controls.addEventListener("focusout", (event) => {
    if (isOpen() && event.relatedTarget instanceof Node && !controls.contains(event.relatedTarget)) setOpen(false);
  });

  // Another tab changed the settings: follow it here too.
  window.addEventListener("storage", (event) => {
    if (event.key !== null && event.key !== settings.key) return;
    const values = settings.read();
    settings.apply(values);
    show(values);
  });

  show(settings.read());
  opener.hidden = false;
})();
