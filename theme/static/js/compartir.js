/* Share box: shows «Copiar enlace» and copies the page's address with the
   Clipboard API; the result is read out (aria-live). Without this script the
   address is still there, in a read-only field that selects itself whole. */
(function () {
  "use strict";
  var field = document.querySelector("[data-share-address]");
  var button = document.querySelector("[data-copy-share]");
  if (!field) { return; }
  field.addEventListener("focus", function () { field.select(); });
  field.addEventListener("click", function () { field.select(); });
  if (!button || !navigator.clipboard || !window.isSecureContext) { return; }
  var status = document.querySelector(".share-copy-status");
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(field.value).then(function () {
      status.textContent = "Enlace copiado. Péguelo donde quiera compartirlo.";
    }, function () {
      field.focus();
      field.select();
      status.textContent = "No se pudo copiar: el enlace quedó seleccionado; cópielo con Ctrl+C.";
    });
  });
})();
