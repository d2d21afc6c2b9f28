/* Photo pages: arrow keys and swipes follow the page's own prev/next links.
   Without this script the links work the same; it only adds shortcuts. */
(function () {
  "use strict";
  function go(rel) {
    var link = document.querySelector('a[rel="' + rel + '"]');
    if (link) { window.location.href = link.href; }
  }
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea") { return; }
    if (event.key === "ArrowLeft") { go("prev"); }
    if (event.key === "ArrowRight") { go("next"); }
  });
  var startX = null;
  var figure = document.querySelector(".photo-large");
  if (!figure) { return; }
  figure.addEventListener("touchstart", function (event) {
    startX = event.changedTouches[0].clientX;
  }, { passive: true });
  figure.addEventListener("touchend", function (event) {
    if (startX === null) { return; }
    var dx = event.changedTouches[0].clientX - startX;
    startX = null;
    if (Math.abs(dx) > 60) { go(dx > 0 ? "prev" : "next"); }
  }, { passive: true });
})();
