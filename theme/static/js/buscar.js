// Search on /buscar/ with Pagefind's static index. An enhancement: without
// JavaScript the page lists the archives instead (see buscar.html).
//
// Pagefind never says "no results" for a word it lacks: it backtracks to the
// longest prefix it has («ornitorrinco» becomes «o», «mastodonte» «más»;
// Pagefind issues #599, #793, an option still open in #780). So the portal
// checks each word of the query: the words a search matched on the best pages
// must be the query word or a Spanish form of it (same stem, accents aside),
// or the query is answered with no results.
const root = new URL("../../", import.meta.url);
const form = document.getElementById("form-busqueda");
const input = document.getElementById("q");
const state = document.getElementById("estado-busqueda");
const list = document.getElementById("resultados");
const selects = Array.from(document.querySelectorAll("[data-filtro]"));
const SHOWN = 30;
const CHECKED = 3; // pages whose matched words decide whether a query word is real
let engine = null;
let latest = 0;

// ---- Spanish words --------------------------------------------------------
// The Snowball Spanish stemmer (the one Pagefind uses for lang="es"), run on
// words without accents and with its suffix lists without accents too, so
// «vacunacion» stems like «vacunación». Where dropping the accents merges two
// suffixes the stem comes out a little shorter: a little more generous.

export function fold(text) {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

const isVowel = (c) => "aeiou".includes(c);
const words = (text) => text.trim().split(/\s+/);
// The longest of the suffixes the word ends with, of those that start at or
// after ``from`` when given (Snowball's "setlimit" for the verb steps).
const longest = (word, suffixes, from = 0) => suffixes
  .filter((s) => word.endsWith(s) && word.length - s.length >= from)
  .sort((a, b) => b.length - a.length)[0];

function regions(w) {
  let r1 = w.length, r2 = w.length, rv = w.length;
  for (let i = 1; i < w.length; i++) if (isVowel(w[i - 1]) && !isVowel(w[i])) { r1 = i + 1; break; }
  for (let i = r1 + 1; i < w.length; i++) if (isVowel(w[i - 1]) && !isVowel(w[i])) { r2 = i + 1; break; }
  if (w.length >= 2) {
    const from = (test) => { for (let i = 2; i < w.length; i++) if (test(w[i])) return i + 1; return w.length; };
    if (!isVowel(w[1])) rv = from(isVowel);
    else if (isVowel(w[0])) rv = from((c) => !isVowel(c));
    else rv = Math.min(3, w.length);
  }
  return { r1, r2, rv };
}

const STEP0 = ["me", "se", "sela", "selo", "selas", "selos", "la", "le", "lo", "las", "les", "los", "nos"];
// [suffixes, region, replacement, what may go before it: alternatives, each a
// chain of suffix groups removed in turn while they are in R2]
const STEP1 = [
  [["anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles", "ista",
    "istas", "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos"], "r2", "", []],
  [["adora", "ador", "acion", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias"], "r2", "", [[["ic"]]]],
  [["logia", "logias"], "r2", "log", []],
  [["ucion", "uciones"], "r2", "u", []],
  [["encia", "encias"], "r2", "ente", []],
  [["amente"], "r1", "", [[["iv"], ["at"]], [["os", "ic", "ad"]]]],
  [["mente"], "r2", "", [[["ante", "able", "ible"]]]],
  [["idad", "idades"], "r2", "", [[["abil", "ic", "iv"]]]],
  [["iva", "ivo", "ivas", "ivos"], "r2", "", [[["at"]]]],
];
const STEP1_ALL = STEP1.flatMap(([suffixes]) => suffixes);
const STEP2A = ["ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yas", "yes", "yais", "yamos"];
const STEP2B_GU = ["en", "es", "eis", "emos"];
const STEP2B = (
  "arian arias aran aras ariais aria areis ariamos aremos ara are erian erias eran eras eriais eria ereis " +
  "eriamos eremos era ere irian irias iran iras iriais iria ireis iriamos iremos ira ire aba ada ida ia iera " +
  "ad ed id ase iese aste iste an aban ian ieran asen iesen aron ieron ado ido ando iendo io ar er ir as abas " +
  "adas idas ias ieras ases ieses is ais abais iais arais ierais aseis ieseis asteis isteis ados idos amos " +
  "abamos iamos imos aramos ieramos iesemos asemos").split(" ");

export function spanishStem(word) {
  let w = fold(word);
  if (!/^\p{L}+$/u.test(w)) return w;
  const { r1, r2, rv } = regions(w);
  const within = (suffix, start) => w.length - suffix.length >= start;
  const cut = (suffix, replacement = "") => { w = w.slice(0, w.length - suffix.length) + replacement; };
  const pronoun = longest(w, STEP0);
  if (pronoun && within(pronoun, rv)) {
    const rest = w.slice(0, -pronoun.length);
    const verb = longest(rest, ["iendo", "ando", "ar", "er", "ir"]);
    if ((verb && rest.length - verb.length >= rv) || /uyendo$/.test(rest)) cut(pronoun);
  }
  const before = w;
  const found = longest(w, STEP1_ALL);
  if (found) {
    const [, region, replacement, preceding] = STEP1.find(([suffixes]) => suffixes.includes(found));
    if (within(found, region === "r1" ? r1 : r2)) {
      cut(found, replacement);
      const chain = preceding.find((groups) => {
        const first = longest(w, groups[0]);
        return first && within(first, r2);
      }) || [];
      for (const group of chain) {
        const suffix = longest(w, group);
        if (!(suffix && within(suffix, r2))) break;
        cut(suffix);
      }
    }
  }
  if (w === before) {
    const y = longest(w, STEP2A, rv);
    if (y && w[w.length - y.length - 1] === "u") cut(y);
    else {
      const verb = longest(w, [...STEP2B_GU, ...STEP2B], rv);
      if (verb) {
        cut(verb);
        if (STEP2B_GU.includes(verb) && w.endsWith("gu")) cut("u");
      }
    }
  }
  const residual = longest(w, ["os", "a", "o"]);
  if (residual && within(residual, rv)) cut(residual);
  else if (w.endsWith("e") && within("e", rv)) {
    cut("e");
    if (w.endsWith("gu") && within("u", rv)) cut("u");
  }
  return w;
}

// A page word is a form of a query word when, accents and punctuation aside,
// it starts with the query word's stem: «vacunas» and «vacunación», «vacun»
// typed so far; not «más» for «mastodonte» nor «o» for «ornitorrinco».
export function isVariant(queryWord, pageWord) {
  const stem = spanishStem(fold(queryWord).replace(/[^\p{L}\p{N}]+/gu, ""));
  if (!stem) return true;
  const parts = fold(pageWord).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [parts.join(""), ...parts].some((form) => form.startsWith(stem));
}

function matchedWords(page) {
  const content = words(page.content);
  const meta = Object.values(page.meta).filter((value) => typeof value === "string");
  return [...page.locations.map((at) => content[at] || ""), ...meta.flatMap(words)];
}

// The query words Pagefind answered with a backtracked prefix. Pagefind
// backtracks a word only when no indexed word extends it, and then every
// match of that word is the prefix: the best pages tell.
export async function inventedWords(pagefind, query, search) {
  const terms = [...new Set(words(query).filter((t) => /[\p{L}\p{N}]/u.test(t)))];
  const invented = [];
  for (const term of terms) {
    const alone = terms.length === 1 ? search : await pagefind.search(term);
    const pages = await Promise.all(alone.results.slice(0, CHECKED).map((r) => r.data()));
    if (!pages.some((page) => matchedWords(page).some((word) => isVariant(term, word)))) invented.push(term);
  }
  return invented;
}

// ---- The page -------------------------------------------------------------

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

function quoted(terms) {
  return terms.map((t) => `«${t}»`).join(", ").replace(/, ([^,]*)$/, " ni $1");
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
  const engine = await pagefind();
  const search = await engine.search(query || null, { filters, sort: query ? undefined : { fecha: "desc" } });
  const invented = query && search.results.length ? await inventedWords(engine, query, search) : [];
  const results = invented.length ? [] : search.results;
  const found = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
  if (ticket !== latest) return;
  list.replaceChildren(...found.map((item) => {
    const li = document.createElement("li");
    const details = [item.meta.tipo, item.meta.fecha, item.meta["área"]].filter(Boolean).map(escapeText).join(" · ");
    li.innerHTML = `<h2><a href="${encodeURI(item.url)}">${escapeText(item.meta.title || item.url)}</a></h2>` +
      `<p class="meta">${details}</p><p class="excerpt">${item.excerpt}</p>`;
    return li;
  }));
  const total = results.length;
  const asked = query ? ` para «${query}»` : "";
  const shown = total > SHOWN ? ` (se muestran los primeros ${SHOWN})` : "";
  const missing = invented.length && words(query).length > 1
    ? `: ${invented.length === 1 ? "la palabra" : "las palabras"} ${quoted(invented)} no ${invented.length === 1 ? "aparece" : "aparecen"} en el sitio`
    : "";
  state.textContent = total === 0
    ? `No hay resultados${asked}${missing}.`
    : `${total} ${total === 1 ? "resultado" : "resultados"}${asked}${shown}.`;
}

let timer = null;
form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 250); });
for (const select of selects) select.addEventListener("change", run);
document.documentElement.classList.add("busqueda-activa");
input.value = new URLSearchParams(location.search).get("q") || "";
fillFilters().then(run);
