// Reading state kept in this browser only: read marks, where a long article was left, continue reading.
// Nothing here is sent anywhere and no cookie is set: two localStorage entries, each bounded, and
// one button in the footer that forgets both. Without this file (or without storage) the site
// simply has no memory of the reader, which is also how it starts.
(() => {
  "use strict";

  const readKey = "newsreader-read";
  const placesKey = "newsreader-progress";
  const maxRead = 500;
  const maxPlaces = 50;
  const maxHeadline = 300;
  const articlePrefix = "/articles/";
  // Fewer screens than this and there is nothing to come back to: the whole article is in view at once.
  const longScreens = 3;
  // Below this share of the article the reader has barely started; above it they have finished.
  const startedAt = 0.05;
  const saveDelay = 400;

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
  const forget = (path) => {
    store(readKey, without(readMarks(), path), maxRead);
    store(placesKey, without(places(), path), maxPlaces);
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

  // ---- The article page: marked read, and where the reader is, remembered. ----
  const article = document.querySelector("article.article");
  const body = article && article.querySelector(".article-body");
  const path = location.pathname;
  const onArticle = Boolean(body) && path.startsWith(articlePrefix);
  const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  // The text's blocks, outermost only (a quotation is one block, not its paragraphs). A place is a
  // block's index and how far into it the top of the screen was: it survives another text size,
  // column width or device, where a pixel offset would not.
  const blockSelector = "p, h2, h3, h4, h5, h6, li, blockquote, figure, pre, table";
  const outermost = (block) => {
    const outer = block.parentElement.closest(blockSelector);
    return !outer || !body.contains(outer);
  };
  const blocks = () => (body ? [...body.querySelectorAll(blockSelector)].filter(outermost) : []);

  const headlineText = () => {
    const heading = article && article.querySelector(".article-header h1");
    return heading ? heading.textContent.trim() : document.title;
  };

  let offer = null;
  const removeOffer = () => {
    if (offer) { offer.remove(); offer = null; }
  };

  const measure = () => {
    const box = body.getBoundingClientRect();
    if (box.height < window.innerHeight * longScreens) return null;
    const share = Math.min(1, Math.max(0, -box.top / (box.height - window.innerHeight)));
    const list = blocks();
    const index = list.findIndex((block) => block.getBoundingClientRect().bottom > 0);
    if (index < 0) return { share: 1, end: true };
    const block = list[index].getBoundingClientRect();
    const into = block.height > 0 ? Math.min(1, Math.max(0, -block.top / block.height)) : 0;
    return { share, index, into, end: box.bottom <= window.innerHeight + 2 };
  };

  const savePlace = () => {
    const here = measure();
    if (!here) return;
    if (here.end || here.share >= 0.99) {
      // Finished: nothing to come back to.
      store(placesKey, without(places(), path), maxPlaces);
      removeOffer();
      return;
    }
    // Barely started (or scrolled back to the top): keep what was there.
    if (here.share < startedAt) return;
    const entry = { p: path, h: text(headlineText()), t: Date.now(), i: here.index, f: Math.round(here.into * 1000) / 1000, pct: Math.round(here.share * 1000) / 1000 };
    store(placesKey, [...without(places(), path), entry], maxPlaces);
  };

  let saveTimer = 0;
  const scheduleSave = () => {
    if (!saveTimer) saveTimer = window.setTimeout(() => { saveTimer = 0; savePlace(); }, saveDelay);
  };

  const goTo = (entry) => {
    const list = blocks();
    const block = list[Math.min(entry.i, list.length - 1)];
    if (!block) return;
    const box = block.getBoundingClientRect();
    const top = window.scrollY + box.top + entry.f * box.height;
    window.scrollTo({ top: Math.max(0, top), behavior: reducedMotion() ? "auto" : "smooth" });
    // The keyboard's place follows the eyes; the brief tint shows where that is.
    block.setAttribute("tabindex", "-1");
    block.classList.add("is-resumed");
    block.focus({ preventScroll: true });
    block.addEventListener("blur", () => block.removeAttribute("tabindex"), { once: true });
    window.setTimeout(() => block.classList.remove("is-resumed"), 2500);
  };

  const showOffer = (entry) => {
    removeOffer();
    offer = document.createElement("div");
    offer.className = "resume-offer";
    offer.setAttribute("role", "group");
    offer.setAttribute("aria-labelledby", "resume-offer-text");
    const message = document.createElement("p");
    message.id = "resume-offer-text";
    message.className = "resume-offer-text";
    message.textContent = "You were partway through this article.";
    const go = document.createElement("button");
    go.type = "button";
    go.className = "resume-offer-continue";
    go.textContent = `Continue where you left off — ${percent(entry.pct)}`;
    const dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.className = "resume-offer-dismiss";
    dismiss.textContent = "×";
    dismiss.setAttribute("aria-label", "Dismiss");
    go.addEventListener("click", () => { removeOffer(); goTo(entry); });
    dismiss.addEventListener("click", () => {
      removeOffer();
      const main = document.getElementById("content");
      if (main) main.focus({ preventScroll: true });
    });
    offer.append(message, go, dismiss);
    article.prepend(offer);
  };

  // Back, forward and reload put the reader where they were by themselves (often only after this
  // script has run), so the offer is for arriving afresh.
  const restoresScroll = () => {
    const navigation = performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
    return history.scrollRestoration === "auto" && Boolean(navigation) &&
      (navigation.type === "back_forward" || navigation.type === "reload");
  };

  if (onArticle) {
    markRead(path, headlineText());
    const saved = places().find((entry) => entry.p === path);
    if (location.hash === "#continue") {
      // Arrived from "Continue reading": that was the choice, so go straight there. The fragment
      // is dropped so that a reload or a shared address does not jump again.
      history.replaceState(history.state, "", location.pathname + location.search);
      if (saved) window.requestAnimationFrame(() => goTo(saved));
    } else if (saved && window.scrollY < window.innerHeight && !restoresScroll()) {
      showOffer(saved);
    }
    window.addEventListener("scroll", scheduleSave, { passive: true });
    window.addEventListener("pagehide", savePlace);
  }

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
      removeOffer();
      status(message, count > 0 ? "Reading history cleared." : "No reading history to clear.");
    });
  }

  const render = () => {
    renderMarks();
    renderContinue();
  };
  render();

  // Back to a list from an article: a page restored from the back/forward cache runs no script again,
  // so its marks are brought up to date here; another tab's changes arrive as storage events.
  window.addEventListener("pageshow", (event) => { if (event.persisted) render(); });
  window.addEventListener("storage", (event) => {
    if (event.key === null || event.key === readKey || event.key === placesKey) render();
  });
})();
