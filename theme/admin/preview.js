/* The preview pane drawn like the site (the portal's own CSS and the markup of
   theme/templates: article.html, plan.html, page.html, agenda.html), with h()
   and no build step. Dates in Spanish as spanish_dates writes them, from the
   month names the admin page's portal-datos.js carries (Babel's, in Python). */
(function () {
  "use strict";
  var CMS = window.CMS;
  var h = window.h;
  var PORTAL = window.PORTAL;

  function parts(value) {
    var m = /^(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d))?/.exec(value || "");
    return m ? { y: +m[1], mo: +m[2], d: +m[3], time: m[4] ? m[4] + ":" + m[5] : null } : null;
  }
  /* «10 de marzo de 2021» (fecha) */
  function longDate(value) {
    var p = parts(value);
    return p ? p.d + " de " + PORTAL.months[p.mo - 1] + " de " + p.y : "";
  }
  /* «10 de marzo de 2021, 10:30 h» (fecha_hora) */
  function longDateTime(value) {
    var p = parts(value);
    return p && p.time ? longDate(value) + ", " + p.time + " h" : longDate(value);
  }
  function get(entry, path) {
    var value = entry.getIn(["data"].concat(path));
    return value && value.toJS ? value.toJS() : value;
  }
  function area(key) { return PORTAL.areas[key] || key || ""; }
  function time(value) {
    return h("time", { dateTime: (value || "").replace(" ", "T") }, longDate(value));
  }
  function draftNotice(entry) {
    return get(entry, ["status"]) === "draft"
      ? h("p", { className: "notice notice-draft" }, h("strong", null, "Borrador."), " Esta vista previa no se publica.")
      : null;
  }
  function page(children) {
    return h("main", { id: "contenido", className: "wrap" }, children);
  }

  var Bulletin = window.createClass({
    render: function () {
      var entry = this.props.entry;
      var image = get(entry, ["image"]) || {};
      var src = image.src ? this.props.getAsset(image.src) : null;
      var tags = get(entry, ["tags"]) || [];
      var corrections = get(entry, ["corrections"]) || [];
      var modified = get(entry, ["modified"]);
      var date = get(entry, ["date"]);
      return page(h("div", { className: "bulletin-layout" },
        h("article", { className: "bulletin" },
          h("header", { className: "bulletin-header" },
            draftNotice(entry),
            h("p", { className: "meta" },
              h("span", { className: "number" }, "Boletín"),
              h("span", { "aria-hidden": "true" }, " · "), time(date),
              h("span", { "aria-hidden": "true" }, " · "), area(get(entry, ["area"]))),
            h("h1", null, get(entry, ["title"])),
            h("p", { className: "lead" }, get(entry, ["summary"])),
            modified && modified !== date ? h("p", { className: "updated" }, "Actualizado el ", time(modified)) : null),
          src ? h("figure", { className: "bulletin-figure" },
            h("img", { src: src.toString(), alt: image.alt || "" }),
            h("figcaption", null, "Foto: " + (image.credit || ""))) : null,
          h("div", { className: "prose" }, this.props.widgetFor("body")),
          corrections.length ? h("section", { className: "errata" },
            h("h2", null, "Fe de erratas"),
            h("ul", null, corrections.map(function (c, i) {
              return h("li", { key: i }, time(c.date), ": " + (c.text || ""));
            }))) : null,
          tags.length ? h("section", { className: "tags" },
            h("h2", null, "Temas"),
            h("ul", { className: "tag-list" }, tags.map(function (t, i) { return h("li", { key: i }, t); }))) : null),
        h("aside", { className: "bulletin-aside" },
          h("section", { className: "aside-box" },
            h("h2", null, "Para medios"),
            h("dl", { className: "facts" }, h("dt", null, "Publicado"), " ", h("dd", null, longDateTime(date)))))));
    },
  });

  var Plan = window.createClass({
    render: function () {
      var entry = this.props.entry;
      var activities = get(entry, ["activities"]) || [];
      var budget = get(entry, ["budget"]);
      return page(h("article", { className: "plan" },
        draftNotice(entry),
        h("h1", null, get(entry, ["title"])),
        h("p", { className: "lead" }, get(entry, ["summary"])),
        h("dl", { className: "facts" },
          h("dt", null, "Periodo"), " ", h("dd", null, get(entry, ["period"])), " ",
          h("dt", null, "Área"), " ", h("dd", null, area(get(entry, ["area"]))), " ",
          h("dt", null, "Aprobado"), " ", h("dd", null, time(get(entry, ["approved"])))),
        get(entry, ["note"]) ? h("p", { className: "notice" }, get(entry, ["note"])) : null,
        h("h2", null, "Actividades"),
        h("table", { className: "data" },
          h("thead", null, h("tr", null, h("th", null, "Actividad"), h("th", null, "Meses"))),
          h("tbody", null, activities.map(function (a, i) {
            return h("tr", { key: i }, h("td", null, a.name), h("td", null, a.months));
          }))),
        budget ? h("section", null,
          h("h2", null, "Presupuesto"),
          h("table", { className: "data" }, h("tbody", null,
            (budget.concepts || []).map(function (c, i) {
              return h("tr", { key: i }, h("td", null, c.name), h("td", null, "$" + (c.amount || "")));
            }),
            h("tr", null, h("th", null, "Total declarado"), h("th", null, "$" + (budget.total || "")))))) : null,
        h("div", { className: "prose" }, this.props.widgetFor("body"))));
    },
  });

  var Page = window.createClass({
    render: function () {
      var entry = this.props.entry;
      return page(h("article", { className: "page" },
        draftNotice(entry),
        h("h1", null, get(entry, ["title"])),
        get(entry, ["summary"]) ? h("p", { className: "lead" }, get(entry, ["summary"])) : null,
        h("div", { className: "prose" }, this.props.widgetFor("body"))));
    },
  });

  var Event = window.createClass({
    render: function () {
      var entry = this.props.entry;
      return page(h("article", { className: "event" },
        draftNotice(entry),
        h("h1", null, get(entry, ["title"])),
        h("p", { className: "meta" }, longDateTime(get(entry, ["start"])), " · ", get(entry, ["place"]) || ""),
        h("p", { className: "lead" }, get(entry, ["summary"])),
        h("p", null, area(get(entry, ["area"])))));
    },
  });

  CMS.registerPreviewStyle(PORTAL.css);
  CMS.registerPreviewTemplate("boletines", Bulletin);
  CMS.registerPreviewTemplate("planes", Plan);
  CMS.registerPreviewTemplate("paginas", Page);
  CMS.registerPreviewTemplate("agenda", Event);
})();
