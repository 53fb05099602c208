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

  // Listen: read the main content aloud where the browser has speech voices. Hidden otherwise.
  var listen = document.querySelector("[data-listen]");
  var synth = window.speechSynthesis;
  if (listen && synth && window.SpeechSynthesisUtterance) {
    var button = listen.querySelector("[data-listen-button]");
    var label = listen.querySelector("[data-listen-label]");
    var startText = label.textContent;
    var reset = function () {
      button.setAttribute("aria-pressed", "false");
      label.textContent = startText;
    };
    var show = function () {
      if (synth.getVoices().length) listen.hidden = false;
    };
    show();
    if ("onvoiceschanged" in synth) synth.addEventListener("voiceschanged", show);
    button.addEventListener("click", function () {
      if (synth.speaking) {
        synth.cancel();
        reset();
        return;
      }
      var main = document.getElementById("main-content");
      var copy = main.cloneNode(true);
      // Do not read out the button itself or folded-away detail for professionals.
      copy.querySelectorAll("[data-listen], details, script").forEach(function (el) { el.remove(); });
      var utterance = new SpeechSynthesisUtterance(copy.innerText || copy.textContent);
      utterance.lang = document.documentElement.lang || "en-GB";
      utterance.rate = 0.9;
      utterance.onend = reset;
      button.setAttribute("aria-pressed", "true");
      label.textContent = button.dataset.stopLabel || "Stop reading";
      synth.speak(utterance);
    });
  }
})();
