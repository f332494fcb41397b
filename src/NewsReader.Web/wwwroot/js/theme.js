// Loaded in <head> without defer, before the first paint: applies the reader's saved choice of
// theme so the page is never drawn in the other one first. Without a saved choice the
// stylesheet follows the system setting. The toggle itself lives in site.js.
(() => {
  "use strict";
  try {
    const saved = localStorage.getItem("newsreader-theme");
    if (saved === "light" || saved === "dark") document.documentElement.dataset.theme = saved;
  } catch {
    // Storage can be blocked (private modes, strict settings): the system theme applies.
  }
})();
