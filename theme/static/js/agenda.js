/* Agenda: a «Copiar» button for the calendar's address. Without this script
   the address is still on the page, selected whole with one click. */
(function () {
  "use strict";
  var buttons = document.querySelectorAll("button[data-copy]");
  Array.prototype.forEach.call(buttons, function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector(".agenda-copy-status");
    if (!field || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.textContent.trim()).then(function () {
        if (status) { status.textContent = "Dirección copiada."; }
      }, function () {
        window.getSelection().selectAllChildren(field);
        if (status) { status.textContent = "Seleccione la dirección y cópiela."; }
      });
    });
  });
})();
