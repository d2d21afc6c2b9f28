/* Recording pages: a chapter link seeks the player on the page and plays
   from there, and an address ending in #t=SECONDS (the chapters in the
   page's schema.org data) starts there. Without this script each chapter
   link opens the file itself at that time (a media fragment, #t=). */
(function () {
  "use strict";
  var player = document.getElementById("reproductor");
  if (!player) { return; }

  function seek(seconds, play) {
    if (isNaN(seconds)) { return; }
    var go = function () {
      player.currentTime = seconds;
      if (play) {
        var started = player.play();
        if (started && started.catch) { started.catch(function () {}); }
      }
    };
    if (player.readyState >= 1) { go(); } else {
      player.addEventListener("loadedmetadata", go, { once: true });
      player.load();
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("a[data-seek]"), function (link) {
    link.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
      event.preventDefault();
      seek(parseFloat(link.getAttribute("data-seek")), true);
      player.focus();
    });
  });

  var start = /^#t=(\d+(?:\.\d+)?)$/.exec(window.location.hash);
  if (start) { seek(parseFloat(start[1]), false); }
})();
