// Progressive enhancements for every page; without this file everything still works.
// - keyboard shortcuts: j/k move through article lists, / focuses search, ? lists the shortcuts,
// - the reading-progress bar on long articles,
// - pictures that cannot be had left out rather than shown broken,
// - the service worker that keeps opened articles readable offline.
(() => {
  "use strict";

  // A picture the app could not fetch after all (its site gone, or not an image) is left out with
  // its caption, never shown as a broken icon. Error events do not bubble: caught on the way down.
  // A list's thumbnail goes with its frame, and the teaser's text takes the whole width.
  const dropBroken = (image) => {
    const teaser = image.classList.contains("teaser-thumbnail") ? image.closest(".teaser") : null;
    if (teaser) teaser.classList.remove("has-thumbnail");
    const figure = image.closest("figure");
    (figure && figure.querySelectorAll("img").length === 1 ? figure : image).hidden = true;
  };
  document.addEventListener("error", (event) => {
    if (event.target instanceof HTMLImageElement && event.target.closest("article")) dropBroken(event.target);
  }, true);
  for (const image of document.querySelectorAll("article img")) {
    if (image.complete && image.naturalWidth === 0 && image.getAttribute("src")) dropBroken(image);
  }

  // Keyboard shortcuts. Never while typing, and never with a modifier (browser shortcuts win).
  const dialog = document.getElementById("shortcuts");
  const search = document.getElementById("site-search-q");
  const typing = (target) => target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

  const move = (step) => {
    const items = [...document.querySelectorAll("[data-list-item]")];
    if (items.length === 0) return false;
    const current = items.indexOf(document.activeElement);
    const next = current < 0 ? (step > 0 ? 0 : items.length - 1)
      : Math.min(items.length - 1, Math.max(0, current + step));
    items[next].focus();
    items[next].scrollIntoView({ block: "nearest" });
    return true;
  };

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (dialog && dialog.open) return;
    let handled = false;
    switch (event.key) {
      case "j": handled = move(1); break;
      case "k": handled = move(-1); break;
      case "/":
        if (search) { search.focus(); search.select(); handled = true; }
        break;
      case "?":
        if (dialog) { dialog.showModal(); handled = true; }
        break;
    }
    if (handled) event.preventDefault();
  });

  for (const opener of document.querySelectorAll("[data-open-shortcuts]")) {
    opener.hidden = false;
    opener.addEventListener("click", () => dialog && dialog.showModal());
  }

  // Reading progress: how far down the article the reader is, as a bar across the top.
  const progress = document.querySelector(".reading-progress-bar");
  const article = document.querySelector(".article");
  if (progress && article) {
    let queued = false;
    const update = () => {
      queued = false;
      const box = article.getBoundingClientRect();
      const travel = box.height - window.innerHeight;
      const done = travel <= 0 ? 1 : Math.min(1, Math.max(0, -box.top / travel));
      progress.style.transform = `scaleX(${done})`;
    };
    const schedule = () => {
      if (!queued) { queued = true; window.requestAnimationFrame(update); }
    };
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    update();
  }

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(() => { /* offline reading is a bonus, not a requirement */ });
  }
})();
