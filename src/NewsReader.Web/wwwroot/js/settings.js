// Loaded in <head> without defer, before the first paint: applies the reader's display settings
// (theme, text size, line width, typeface) as data- attributes on <html> that site.css reads, so
// a page is never drawn in the default style first. Nothing saved means the defaults, and the
// theme of the system. Kept in this browser only; the panel that changes them is reader-controls.js.
(() => {
  "use strict";
  const key = "newsreader-settings";
  // Each setting's allowed values; a default is shown by leaving its attribute off.
  const choices = {
    theme: ["system", "light", "sepia", "dark"],
    size: ["1", "2", "3", "4", "5"],
    measure: ["narrow", "standard", "wide"],
    font: ["serif", "sans"],
  };
  const defaults = { theme: "system", size: "3", measure: "standard", font: "serif" };
  const root = document.documentElement;

  // Only known values get through: storage is writable by anything on this origin.
  const clean = (settings) => {
    const result = {};
    for (const name of Object.keys(choices)) {
      const value = String(settings && settings[name]);
      result[name] = choices[name].includes(value) ? value : defaults[name];
    }
    return result;
  };

  const apply = (settings) => {
    for (const [name, value] of Object.entries(clean(settings))) {
      if (value === defaults[name]) delete root.dataset[name];
      else root.dataset[name] = value;
    }
  };

  const read = () => {
    try {
      const saved = localStorage.getItem(key);
      if (saved) return clean(JSON.parse(saved));
      // Before the panel there was only a light/dark toggle, under its own key.
      const theme = localStorage.getItem("newsreader-theme");
      if (theme) {
        const migrated = clean({ theme });
        localStorage.setItem(key, JSON.stringify(migrated));
        localStorage.removeItem("newsreader-theme");
        return migrated;
      }
    } catch {
      // Blocked storage (private modes, strict settings) or a damaged value: the defaults apply.
    }
    return clean({});
  };

  const save = (settings) => {
    const value = clean(settings);
    apply(value);
    try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* kept for this page only */ }
    return value;
  };

  apply(read());
  // For reader-controls.js, so the allowed values and the key live in one place.
  window.newsReaderSettings = Object.freeze({ key, defaults, read, apply, save });
})();
