"""The preview's banner and reload script, added to HTML pages at serve time.

Never written into ``output/`` (the site stays byte-identical to a cold
build): the server inserts one ``<script>`` before ``</body>``. The script
listens to the server's events; when a build or the fast path finishes, it
asks for its own page's version and reloads when it changed. The banner is
a small fixed box (``role=status``, ``aria-live=polite``); with content
errors it opens the Spanish report. No external resources.
"""

from __future__ import annotations

SCRIPT_PATH = "/_vista-previa/vista-previa.js"
EVENTS_PATH = "/_vista-previa/eventos"
STATUS_PATH = "/_vista-previa/estado"
VERSION_HEADER = "X-Vista-Previa-Version"

SCRIPT = r"""(function () {
  "use strict";
  var me = document.currentScript;
  var version = me ? me.getAttribute("data-version") : "";
  var box = document.createElement("div");
  box.id = "vista-previa-estado";
  box.setAttribute("role", "status");
  box.setAttribute("aria-live", "polite");
  box.style.cssText = "position:fixed;right:8px;bottom:8px;z-index:2147483647;" +
    "max-width:calc(100vw - 16px);box-sizing:border-box;margin:0;padding:6px 10px;" +
    "border-radius:6px;font:14px/1.4 system-ui,sans-serif;color:#fff;" +
    "background:#1b5e20;box-shadow:0 1px 4px rgba(0,0,0,.4)";
  var colors = {"al-dia": "#1b5e20", "actualizando": "#37474f", "errores": "#b71c1c"};
  function show(s) {
    box.style.background = colors[s.estado] || "#37474f";
    box.textContent = "";
    if (s.estado === "errores") {
      var details = document.createElement("details");
      details.open = true;
      var summary = document.createElement("summary");
      summary.textContent = s.mensaje + " (se muestra el último sitio correcto):";
      var pre = document.createElement("pre");
      pre.style.cssText = "white-space:pre-wrap;max-height:50vh;overflow:auto;" +
        "margin:6px 0 0;font:13px/1.4 ui-monospace,monospace";
      pre.textContent = s.reporte;
      details.appendChild(summary);
      details.appendChild(pre);
      box.appendChild(details);
    } else {
      box.textContent = s.mensaje;
    }
  }
  function check() {
    fetch(location.pathname, {method: "HEAD", cache: "no-store"}).then(function (r) {
      var now = r.headers.get("X-Vista-Previa-Version");
      if (now && now !== version) { location.reload(); }
    }).catch(function () {});
  }
  function start() {
    document.body.appendChild(box);
    var events = new EventSource("/_vista-previa/eventos");
    events.onmessage = function (e) {
      var s = JSON.parse(e.data);
      show(s);
      if (s.estado !== "actualizando" || s.paginas.length) { check(); }
    };
  }
  if (document.body) { start(); } else { document.addEventListener("DOMContentLoaded", start); }
})();
"""


def inject(html: bytes, version: str) -> bytes:
    """The page with the preview's script before its last ``</body>``."""
    tag = f'<script src="{SCRIPT_PATH}" data-version="{version}"></script>'.encode()
    at = html.rfind(b"</body>")
    if at < 0:
        return html + tag
    return html[:at] + tag + html[at:]
