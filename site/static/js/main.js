/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";
  // Move focus to the error summary so screen reader and keyboard users hear the problem first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      if (!link) return;
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target) {
        event.preventDefault();
        target.focus();
        target.scrollIntoView({ block: "center" });
      }
    });
  }
})();
