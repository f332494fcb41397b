// Listen: reads an article aloud paragraph by paragraph where the browser has speech synthesis.
// One utterance per paragraph, so the one being read can be highlighted and skipped, and so that
// no single utterance runs long enough for a browser to cut it off. Where there is no speech
// synthesis the controls stay hidden: nothing is offered that cannot work.
(() => {
  "use strict";

  const box = document.querySelector("[data-listen]");
  const article = document.querySelector("article.article");
  if (!box || !article) return;
  if (!("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") {
    // The room kept for the controls (site.css) is given back.
    box.remove();
    return;
  }

  const speech = window.speechSynthesis;
  const bar = box.querySelector("[data-listen-bar]");
  const toggle = box.querySelector("[data-listen-toggle]");
  const skip = box.querySelector("[data-listen-skip]");
  const stop = box.querySelector("[data-listen-stop]");
  const status = box.querySelector("[data-listen-status]");
  const root = document.documentElement;

  // The headline, the standfirst, then the body's text blocks, outermost only (a quotation is read
  // as one, not as its paragraphs).
  const blockSelector = "p, h2, h3, h4, li, blockquote";
  const body = article.querySelector(".article-body");
  const outermost = (element) => {
    const outer = element.parentElement.closest(blockSelector);
    return !outer || !body.contains(outer);
  };
  const parts = () => [
    ...article.querySelectorAll(".article-header h1, .article-header .standfirst"),
    ...(body ? [...body.querySelectorAll(blockSelector)].filter(outermost) : []),
  ].filter((element) => element.textContent.trim().length > 0 && !element.closest("[hidden]"));

  let queue = [];
  let index = -1;
  let state = "idle"; // idle, playing, paused
  // Every utterance carries the run it belongs to: cancel() ends the old one with an end or error
  // event, which must not move the new run on.
  let run = 0;

  const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  const say = (message) => {
    status.textContent = "";
    window.setTimeout(() => { status.textContent = message; }, 50);
  };

  const show = () => {
    box.dataset.state = state;
    toggle.textContent = state === "playing" ? "Pause" : state === "paused" ? "Resume" : "Listen";
    skip.hidden = state === "idle";
    stop.hidden = state === "idle";
    if (state === "idle") bar.classList.remove("is-floating");
    else floatIfAway();
  };

  const unhighlight = () => {
    for (const element of article.querySelectorAll(".is-speaking")) {
      element.classList.remove("is-speaking");
      element.removeAttribute("aria-current");
    }
  };

  const highlight = (element) => {
    unhighlight();
    element.classList.add("is-speaking");
    element.setAttribute("aria-current", "true");
    const rect = element.getBoundingClientRect();
    const floor = window.innerHeight - (bar.classList.contains("is-floating") ? bar.offsetHeight + 16 : 0);
    if (rect.top < 0 || rect.bottom > floor) {
      element.scrollIntoView({
        block: rect.height < floor * 0.8 ? "center" : "start",
        behavior: reducedMotion() ? "auto" : "smooth",
      });
    }
  };

  const speakAt = (position) => {
    run += 1;
    const mine = run;
    index = position;
    if (index >= queue.length) {
      finish("Finished reading the article.");
      return;
    }
    const element = queue[index];
    const utterance = new window.SpeechSynthesisUtterance(element.textContent.replace(/\s+/g, " ").trim());
    // The paragraph's own language: the article's (from <html lang>) unless a passage says otherwise.
    const language = element.closest("[lang]");
    utterance.lang = language ? language.getAttribute("lang") : root.lang;
    utterance.onstart = () => { if (mine === run) highlight(element); };
    // Not while paused: a browser whose pause() cancels ends the utterance then, and Resume repeats it.
    utterance.onend = () => { if (mine === run && state === "playing") speakAt(index + 1); };
    utterance.onerror = (event) => {
      if (mine !== run || event.error === "interrupted" || event.error === "canceled") return;
      finish("Listening stopped: the browser could not read this aloud.");
    };
    highlight(element);
    speech.speak(utterance);
  };

  const finish = (message) => {
    run += 1;
    speech.cancel();
    state = "idle";
    index = -1;
    unhighlight();
    show();
    if (message) say(message);
  };

  toggle.addEventListener("click", () => {
    if (state === "idle") {
      queue = parts();
      if (queue.length === 0) return;
      speech.cancel();
      state = "playing";
      show();
      speakAt(0);
    } else if (state === "playing") {
      speech.pause();
      state = "paused";
      show();
    } else {
      state = "playing";
      show();
      // Some browsers (Chrome on Android) cancel on pause(): then the paragraph starts again.
      if (speech.speaking) speech.resume();
      else speakAt(index);
    }
  });

  skip.addEventListener("click", () => {
    if (state === "idle") return;
    run += 1;
    speech.cancel();
    // A paused synthesiser stays paused after cancel(): the next paragraph would never start.
    if (state === "paused") speech.resume();
    state = "playing";
    show();
    speakAt(index + 1);
  });

  stop.addEventListener("click", () => {
    finish("");
    // The Stop button is gone: the keyboard's place goes back to Listen.
    toggle.focus();
  });

  // Leaving the page ends the speech, or it would go on reading a page that is no longer there.
  window.addEventListener("pagehide", () => { if (state !== "idle") finish(""); });

  // On a long article the controls float at the foot of the screen while their place in the
  // header is scrolled away, so Pause is always within reach; back in view, they return there.
  let away = false;
  const floatIfAway = () => bar.classList.toggle("is-floating", away && state !== "idle");
  const floating = () => root.classList.toggle("listen-floating", bar.classList.contains("is-floating"));
  if ("IntersectionObserver" in window) {
    new IntersectionObserver((entries) => {
      away = !entries[entries.length - 1].isIntersecting;
      floatIfAway();
      floating();
    }).observe(box);
  }
  new MutationObserver(floating).observe(bar, { attributes: true, attributeFilter: ["class"] });

  box.hidden = false;
  show();
})();
