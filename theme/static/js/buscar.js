// Search on /buscar/ with Pagefind's static index. An enhancement: without
// JavaScript the page lists the archives instead (see buscar.html).
const root = new URL("../../", import.meta.url);
const form = document.getElementById("form-busqueda");
const input = document.getElementById("q");
const state = document.getElementById("estado-busqueda");
const list = document.getElementById("resultados");
const selects = Array.from(document.querySelectorAll("[data-filtro]"));
let engine = null;
let latest = 0;

async function pagefind() {
  if (!engine) {
    engine = await import(new URL("pagefind/pagefind.js", root).href);
    await engine.options({ baseUrl: root.pathname, excerptLength: 24 });
    await engine.init();
  }
  return engine;
}

function escapeText(text) {
  const span = document.createElement("span");
  span.textContent = text;
  return span.innerHTML;
}

async function fillFilters() {
  const available = await (await pagefind()).filters();
  for (const select of selects) {
    const values = Object.keys(available[select.dataset.filtro] || {}).sort((a, b) =>
      select.dataset.filtro === "año" ? b.localeCompare(a) : a.localeCompare(b, "es"));
    const wanted = new URLSearchParams(location.search).get(select.name);
    for (const value of values) {
      const option = new Option(`${value} (${available[select.dataset.filtro][value]})`, value);
      option.selected = value === wanted;
      select.add(option);
    }
  }
}

async function run() {
  const query = input.value.trim();
  const filters = {};
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const select of selects) {
    if (select.value) {
      filters[select.dataset.filtro] = select.value;
      params.set(select.name, select.value);
    }
  }
  history.replaceState(null, "", params.toString() ? `?${params}` : location.pathname);
  const ticket = ++latest;
  if (!query && !Object.keys(filters).length) {
    list.replaceChildren();
    state.textContent = "Escriba qué busca o elija un filtro.";
    return;
  }
  state.textContent = "Buscando…";
  const search = await (await pagefind()).search(query || null, { filters, sort: query ? undefined : { fecha: "desc" } });
  const found = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  if (ticket !== latest) return;
  list.replaceChildren(...found.map((item) => {
    const li = document.createElement("li");
    const details = [item.meta.tipo, item.meta.fecha, item.meta["área"]].filter(Boolean).map(escapeText).join(" · ");
    li.innerHTML = `<h2><a href="${encodeURI(item.url)}">${escapeText(item.meta.title || item.url)}</a></h2>` +
      `<p class="meta">${details}</p><p class="excerpt">${item.excerpt}</p>`;
    return li;
  }));
  const total = search.results.length;
  const shown = total > 30 ? ` (se muestran los primeros 30)` : "";
  state.textContent = total === 0
    ? `No hay resultados${query ? ` para «${query}»` : ""}.`
    : `${total} ${total === 1 ? "resultado" : "resultados"}${query ? ` para «${query}»` : ""}${shown}.`;
}

let timer = null;
form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 250); });
for (const select of selects) select.addEventListener("change", run);
document.documentElement.classList.add("busqueda-activa");
input.value = new URLSearchParams(location.search).get("q") || "";
fillFilters().then(run);
