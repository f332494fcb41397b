// The article page's side of the reading state: the article is marked read, and on a long one the
// place the reader reached is remembered and offered back ("Continue where you left off") when they
// arrive afresh. Storage, keys and bounds are reading.js's (loaded before this on every page).
(() => {
  "use strict";

  const reading = window.newsReaderReading;
  if (!reading) return;
  // Fewer screens than this and there is nothing to come back to: the whole article is in view at once.
  const longScreens = 3;
  // Below this share of the article the reader has barely started; above it they have finished.
  const startedAt = 0.05;
  const saveDelay = 400;

  const article = document.querySelector("article.article");
  const body = article && article.querySelector(".article-body");
  const path = location.pathname;
  const onArticle = Boolean(body) && path.startsWith(reading.articlePrefix);
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
      reading.dropPlace(path);
      removeOffer();
      return;
    }
    // Barely started (or scrolled back to the top): keep what was there.
    if (here.share < startedAt) return;
    reading.keepPlace({ p: path, h: headlineText(), t: Date.now(), i: here.index, f: Math.round(here.into * 1000) / 1000, pct: Math.round(here.share * 1000) / 1000 });
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
    go.textContent = `Continue where you left off — ${reading.percent(entry.pct)}`;
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
    reading.markRead(path, headlineText());
    const saved = reading.places().find((entry) => entry.p === path);
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
    document.addEventListener(reading.clearedEvent, removeOffer);
  }
})();
