// Reading state kept in this browser only: read marks in lists, continue reading, and the footer's
// button that forgets it all. Nothing here is sent anywhere and no cookie is set: two localStorage
// entries, each bounded. The article page's side (marking it read, remembering the place) is
// resume.js, which uses the storage this file offers. Without this file (or without storage) the
// site simply has no memory of the reader, which is also how it starts.
(() => {
  "use strict";

  const readKey = "newsreader-read";
  const placesKey = "newsreader-progress";
  const maxRead = 500;
  const maxPlaces = 50;
  const maxHeadline = 300;
  const articlePrefix = "/articles/";
  // Said on document when the footer's button has forgotten everything.
  const clearedEvent = "newsreader:reading-cleared";

  // ---- Storage: every access can throw (blocked storage, private modes, full quota). ----
  const load = (key) => {
    try {
      const value = JSON.parse(localStorage.getItem(key) || "[]");
      return Array.isArray(value) ? value : [];
    } catch {
      return [];
    }
  };
  const store = (key, list, max) => {
    try {
      if (list.length === 0) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(list.slice(-max)));
    } catch { /* the state lasts for this page only */ }
  };
  const isPath = (value) => typeof value === "string" && value.startsWith(articlePrefix) && value.length < 600;
  const text = (value) => (typeof value === "string" ? value.slice(0, maxHeadline) : "");
  const number = (value, low, high) => (typeof value === "number" && value >= low && value <= high ? value : low);

  // Oldest first, newest last: eviction drops from the front.
  const readMarks = () => load(readKey).filter((entry) => entry && isPath(entry.p));
  const places = () => load(placesKey)
    .filter((entry) => entry && isPath(entry.p))
    .map((entry) => ({
      p: entry.p, h: text(entry.h), t: number(entry.t, 0, Number.MAX_SAFE_INTEGER),
      i: Math.floor(number(entry.i, 0, 100000)), f: number(entry.f, 0, 1), pct: number(entry.pct, 0, 1),
    }));
  const without = (list, path) => list.filter((entry) => entry.p !== path);

  const markRead = (path, headline) =>
    store(readKey, [...without(readMarks(), path), { p: path, h: text(headline), t: Date.now() }], maxRead);
  const keepPlace = (entry) => store(placesKey, [...without(places(), entry.p), { ...entry, h: text(entry.h) }], maxPlaces);
  const dropPlace = (path) => store(placesKey, without(places(), path), maxPlaces);
  const forget = (path) => {
    store(readKey, without(readMarks(), path), maxRead);
    dropPlace(path);
  };

  const percent = (share) => `${Math.round(share * 100)}%`;

  const status = (element, message) => {
    if (!element) return;
    // Emptied first so that the same message twice is announced twice.
    element.textContent = "";
    window.setTimeout(() => { element.textContent = message; }, 50);
  };

  // One polite live region in main, for "marked unread" (the footer has its own). Made before it
  // is needed: a region that appears with its message already in it is often not read out.
  let listStatus = null;
  const prepareAnnouncements = () => {
    if (listStatus) return;
    listStatus = document.createElement("p");
    listStatus.className = "visually-hidden";
    listStatus.setAttribute("role", "status");
    (document.querySelector("main") || document.body).append(listStatus);
  };
  const announce = (message) => {
    prepareAnnouncements();
    status(listStatus, message);
  };

  // ---- Read marks in every list of articles. ----
  // Lists are found by their links, not by page: teasers (front page, search, topics, sections,
  // archives), anything marked data-list-item, and related reading. Article text and the
  // next/previous links are not lists of articles; continue reading is unfinished by definition.
  const listLinks = () => [...document.querySelectorAll(".teaser-headline a, a[data-list-item], .related li > a")]
    .filter((link) => link.pathname.startsWith(articlePrefix) && !link.closest(".article-body, .article-nav, .continue-reading"));

  const itemOf = (link) => link.closest(".teaser") || link.closest("li") || link.parentElement;

  const unmark = (item) => {
    item.classList.remove("is-read");
    for (const mark of item.querySelectorAll(":scope .read-state")) mark.remove();
  };

  const mark = (link, item) => {
    if (item.querySelector(".read-state")) return;
    item.classList.add("is-read");
    const headline = link.textContent.trim();
    const state = document.createElement("span");
    state.className = "read-state";
    const label = document.createElement("span");
    label.className = "read-label";
    label.textContent = "Read";
    const undo = document.createElement("button");
    undo.type = "button";
    undo.className = "read-undo";
    undo.textContent = "Mark unread";
    undo.setAttribute("aria-label", `Mark unread: ${headline}`);
    undo.addEventListener("click", () => {
      forget(link.pathname);
      render();
      // The button is gone: the headline it belonged to keeps the keyboard's place.
      link.focus();
      announce(`Marked unread: ${headline}`);
    });
    state.append(label, " ", undo);
    // In the meta line where there is one (teasers), else at the end of the item (related reading).
    const meta = item.querySelector(":scope .meta");
    (meta || item).append(state);
  };

  const renderMarks = () => {
    const read = new Set(readMarks().map((entry) => entry.p));
    const links = listLinks();
    if (links.some((link) => read.has(link.pathname))) prepareAnnouncements();
    for (const link of links) {
      const item = itemOf(link);
      if (!item) continue;
      if (read.has(link.pathname)) mark(link, item);
      else unmark(item);
    }
  };

  // ---- Continue reading on the front page. ----
  const continueBox = document.querySelector("[data-continue-reading]");
  const renderContinue = () => {
    if (!continueBox) return;
    const list = continueBox.querySelector("ol, ul");
    const unfinished = places().filter((entry) => entry.h).slice(-3).reverse();
    list.replaceChildren(...unfinished.map((entry) => {
      const item = document.createElement("li");
      item.className = "continue-reading-item";
      const link = document.createElement("a");
      link.href = `${entry.p}#continue`;
      link.textContent = entry.h;
      const how = document.createElement("span");
      how.className = "continue-reading-progress";
      const bar = document.createElement("span");
      bar.className = "continue-reading-bar";
      bar.setAttribute("aria-hidden", "true");
      const fill = document.createElement("span");
      fill.style.width = percent(entry.pct);
      bar.append(fill);
      how.append(bar, `${percent(entry.pct)} read`);
      item.append(link, how);
      return item;
    }));
    continueBox.hidden = unfinished.length === 0;
  };

  // ---- Clear it all (footer). ----
  const historyBox = document.querySelector("[data-reading-history]");
  if (historyBox) {
    const button = historyBox.querySelector("[data-clear-reading]");
    const message = historyBox.querySelector("[data-reading-status]");
    historyBox.hidden = false;
    button.addEventListener("click", () => {
      const count = readMarks().length + places().length;
      store(readKey, [], maxRead);
      store(placesKey, [], maxPlaces);
      render();
      document.dispatchEvent(new CustomEvent(clearedEvent));
      status(message, count > 0 ? "Reading history cleared." : "No reading history to clear.");
    });
  }

  const render = () => {
    renderMarks();
    renderContinue();
  };
  render();

  // For resume.js (article pages), so the keys, bounds and checks live in one place.
  window.newsReaderReading = Object.freeze({ articlePrefix, clearedEvent, markRead, places, keepPlace, dropPlace, percent });

  // Back to a list from an article: a page restored from the back/forward cache runs no script again,
  // so its marks are brought up to date here; another tab's changes arrive as storage events.
  window.addEventListener("pageshow", (event) => { if (event.persisted) render(); });
  window.addEventListener("storage", (event) => {
    if (event.key === null || event.key === readKey || event.key === placesKey) render();
  });
})();
