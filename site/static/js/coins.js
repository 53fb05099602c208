/* Coins: add and take away buttons beside each number box, and a live count of coins left.
   Progressive enhancement: without this file the boxes and "Count my coins" still work.
   Never a drag or a slider. The count is announced politely, so it does not interrupt. */
(function () {
  "use strict";
  var question = document.querySelector("[data-coins]");
  if (!question) return;
  var total = parseInt(question.getAttribute("data-total"), 10);
  var inputs = Array.prototype.slice.call(question.querySelectorAll("[data-coin-input]"));
  var count = question.querySelector("[data-coins-count]");

  function valueOf(input) {
    var text = input.value.trim();
    if (text === "") return 0;
    return /^[0-9]{1,6}$/.test(text) ? parseInt(text, 10) : NaN;
  }

  function message() {
    var used = 0;
    for (var i = 0; i < inputs.length; i++) {
      var value = valueOf(inputs[i]);
      if (isNaN(value)) return "Some boxes do not have a number. Type numbers only, like 2.";
      used += value;
    }
    var left = total - used;
    if (left === 0) return total === 1 ? "You have shared out your 1 coin." : "You have shared out all " + total + " coins.";
    if (left === 1) return "You have 1 coin left.";
    if (left > 1) return "You have " + left + " coins left.";
    if (left === -1) return "You have used 1 coin too many.";
    return "You have used " + (-left) + " coins too many.";
  }

  // Fill each option's row of coin pictures to the number in its box.
  function fillRow(input) {
    var item = input.closest("li");
    var row = item && item.querySelector("[data-coin-row]");
    if (!row) return;
    var given = valueOf(input);
    if (isNaN(given)) given = 0;
    var coins = row.children;
    for (var i = 0; i < coins.length; i++) {
      coins[i].classList.toggle("coin--empty", i >= given);
    }
  }

  function update() {
    inputs.forEach(fillRow);
    var text = message();
    // Only change the live region when the words change, so each change is read out once.
    if (count.textContent !== text) count.textContent = text;
  }

  function button(words, hiddenWords, change, input) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "button button--secondary coins-button";
    b.appendChild(document.createTextNode(words));
    var hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = " " + hiddenWords;
    b.appendChild(hidden);
    b.addEventListener("click", function () {
      var value = valueOf(input);
      if (isNaN(value)) value = 0;
      input.value = String(Math.max(0, Math.min(total, value + change)));
      update();
    });
    return b;
  }

  // With buttons there is no need to type: say to press them instead.
  var typing = question.querySelector("[data-coins-typing]");
  var pressing = question.querySelector("[data-coins-buttons]");
  if (typing && pressing) {
    typing.hidden = true;
    pressing.hidden = false;
  }

  inputs.forEach(function (input) {
    var item = input.closest("li");
    var nameEl = item && item.querySelector("[data-coin-name]");
    var name = nameEl ? nameEl.textContent.trim() : "";
    var control = input.closest("[data-coin-control]");
    control.insertBefore(button("Take away 1", "coin from " + name, -1, input), input);
    control.insertBefore(button("Add 1", "coin to " + name, 1, input), input.nextSibling);
    input.addEventListener("input", update);
  });
  update();
})();
