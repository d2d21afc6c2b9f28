/* /pantallas/: rotates the slides, keeps the clock, hides what has ended
   (an event past, a notice out of its dates: computed here from their dates,
   so a screen without network never shows them), polls estado.json and
   reloads when the site was republished, and registers the service worker
   that keeps the last content for when the network is gone.
   ?intervalo=N and ?sondeo=N (seconds) override the built values. */
(function () {
  "use strict";
  var body = document.body;
  var params = new URLSearchParams(location.search);
  function seconds(name, fallback) {
    var value = parseFloat(params.get(name));
    return (value >= 1 ? value : fallback) * 1000;
  }
  var interval = seconds("intervalo", parseFloat(body.dataset.interval) || 12);
  var poll = seconds("sondeo", parseFloat(body.dataset.poll) || 60);
  var slides = Array.prototype.slice.call(document.querySelectorAll(".slide"));
  var empty = document.querySelector(".slide-empty");
  var status = document.getElementById("estado-red");
  var pause = document.getElementById("pausa");
  var reduced = window.matchMedia("(prefers-reduced-motion: reduce)");
  var current = null;
  var paused = false;
  var timer = null;
  document.documentElement.classList.add("js");

  function inDates(element, now) {
    var start = element.dataset.start ? Date.parse(element.dataset.start) : -Infinity;
    var end = element.dataset.end ? Date.parse(element.dataset.end) : Infinity;
    return start <= now && now < end;
  }

  function live(slide, now) {
    if (slide === empty) return false;
    if (!inDates(slide, now)) return false;
    if (slide.hasAttribute("data-list")) {
      var shown = 0;
      slide.querySelectorAll("li[data-end]").forEach(function (item) {
        var on = inDates(item, now);
        item.hidden = !on;
        if (on) shown += 1;
      });
      return shown > 0;
    }
    return true;
  }

  function show(slide) {
    slides.forEach(function (other) {
      other.hidden = other !== slide;
      other.classList.toggle("is-current", other === slide);
    });
    current = slide;
  }

  function advance() {
    var now = Date.now();
    var candidates = slides.filter(function (slide) { return live(slide, now); });
    if (!candidates.length) {
      show(empty);
    } else {
      var at = candidates.indexOf(current);
      show(candidates[(at + 1) % candidates.length]);
    }
    schedule();
  }

  function schedule() {
    clearTimeout(timer);
    if (!paused) timer = setTimeout(advance, interval);
  }

  pause.hidden = false;
  pause.addEventListener("click", function () {
    paused = !paused;
    pause.textContent = paused ? "Continuar" : "Pausar";
    pause.setAttribute("aria-pressed", paused ? "true" : "false");
    schedule();
  });
  pause.setAttribute("aria-pressed", "false");
  body.classList.toggle("signage-still", reduced.matches);
  reduced.addEventListener("change", function () {
    body.classList.toggle("signage-still", reduced.matches);
  });

  var clock = document.getElementById("reloj");
  var format = new Intl.DateTimeFormat("es-MX", {
    timeZone: body.dataset.zone, weekday: "long", day: "numeric", month: "long",
    hour: "2-digit", minute: "2-digit", hour12: false
  });
  function tick() { clock.textContent = format.format(new Date()); }
  clock.hidden = false;
  tick();
  setInterval(tick, 15000);

  var lastContact = Date.now();
  var timeOnly = new Intl.DateTimeFormat("es-MX", {
    timeZone: body.dataset.zone, hour: "2-digit", minute: "2-digit", hour12: false
  });
  function check() {
    fetch("estado.json?comprobar=" + Date.now(), { cache: "no-store" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (state) {
        lastContact = Date.now();
        status.textContent = "";
        body.classList.remove("signage-offline");
        if (state.version && state.version !== body.dataset.version) {
          var reload = function () { location.reload(); };
          var sw = navigator.serviceWorker;
          if (sw && sw.getRegistration) {
            sw.getRegistration().then(function (r) {
              return r ? r.update() : null;
            }).then(reload, reload);
          } else {
            reload();
          }
        }
      })
      .catch(function () {
        body.classList.add("signage-offline");
        status.textContent = "Sin conexión: se muestra lo recibido hasta las " +
          timeOnly.format(new Date(lastContact)) + " h";
      });
  }
  setInterval(check, poll);

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("sw.js").catch(function () {});
  }

  current = null;
  var first = slides.filter(function (slide) { return live(slide, Date.now()); })[0];
  show(first || empty);
  schedule();
})();
