/* Service worker of /pantallas/ (written by plugins/signage): keeps what the
   screen last loaded so it keeps rotating without network. Version {{ version }}. */
"use strict";
const CACHE = "pantallas-{{ version }}";
const FILES = {{ files|safe }};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((n) => n.startsWith("pantallas-") && n !== CACHE).map((n) => caches.delete(n))
      ))
      .then(() => self.clients.claim())
  );
});

// The page and its state: the network first (a republished site shows at
// once), the last copy when there is none. Everything else: the copy first
// (photos and hashed CSS/JS never change under the same name).
function fresh(request) {
  return fetch(request, { cache: "no-store" })
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    })
    .catch(() => caches.match(request, { ignoreSearch: true })
      .then((kept) => kept || Response.error()));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  const scope = new URL("./", self.location).href;
  const url = request.url.split(/[?#]/)[0];
  if (new URL(request.url).searchParams.has("comprobar")) {
    return; // the page's poll: the network's answer or none, so it knows it is offline
  }
  if (request.mode === "navigate" || url === scope || url === scope + "index.html"
      || url === scope + "estado.json") {
    event.respondWith(fresh(request));
    return;
  }
  event.respondWith(
    caches.match(request).then((kept) => kept || fetch(request))
  );
});
