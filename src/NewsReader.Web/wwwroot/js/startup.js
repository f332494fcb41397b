// The start-up page (503 while the first load runs): asks again every two seconds, shows the
// new figures in place, and turns into the site once it answers. A timed <meta> refresh would do
// the same without script, but it reloads under a reader's feet (WCAG 2.2.1); without script the
// page says to reload by hand.
(function () {
  "use strict";
  var everyMs = 2000;

  function showFigures(html) {
    var next = new DOMParser().parseFromString(html, "text/html");
    var status = document.getElementById("status");
    var nextStatus = next.getElementById("status");
    if (status && nextStatus) {
      status.textContent = nextStatus.textContent;
    }

    var bar = document.getElementById("files-parsed");
    var nextBar = next.getElementById("files-parsed");
    if (bar && nextBar) {
      bar.max = Number(nextBar.getAttribute("max"));
      bar.value = Number(nextBar.getAttribute("value"));
      bar.textContent = nextBar.textContent;
    }
  }

  function ask() {
    fetch(window.location.href, { headers: { Accept: "text/html" }, cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        if (response.status !== 503) {
          window.location.reload();
          return;
        }

        return response.text().then(showFigures);
      })
      .catch(function () {
        // The server is restarting or unreachable for a moment: ask again.
      })
      .then(function () {
        window.setTimeout(ask, everyMs);
      });
  }

  window.setTimeout(ask, everyMs);
})();
