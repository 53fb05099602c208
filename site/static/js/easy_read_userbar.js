/* Registers the easy-read checks with Wagtail's content checker (userbar and editor preview).
   Loaded only for signed-in staff, after accessibility/js/easy_read_checks.js. */
(function () {
  "use strict";
  function register() {
    var userbar = window.wagtail && window.wagtail.userbar;
    var checks = window.SharedSayEasyRead;
    if (!userbar || !userbar.registerCheck || !checks) return;
    var text = function (node) { return node.textContent || ""; };
    userbar.registerCheck("check-easy-read-sentence-length", function (node) {
      return checks.sentenceLength(text(node)).length === 0;
    });
    userbar.registerCheck("check-easy-read-acronyms", function (node) {
      return checks.acronyms(text(node), checks.DEFAULT_ALLOWED).length === 0;
    });
    userbar.registerCheck("check-easy-read-percentages", function (node) {
      return checks.percentages(text(node)).length === 0;
    });
    userbar.registerCheck("check-easy-read-point-picture", function (node) {
      return node.querySelector("img") !== null;
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", register);
  } else {
    register();
  }
})();
