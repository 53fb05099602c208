/* Progressive enhancement for the answering pages: a print button where printing works. */
(function () {
  "use strict";
  var holder = document.querySelector("[data-print]");
  if (!holder || typeof window.print !== "function") return;
  holder.hidden = false;
  holder.querySelector("[data-print-button]").addEventListener("click", function () {
    window.print();
  });
})();
