/* STAND-IN for part A (issue 18): the «portal-md» format, front matter written
   the way the content guide writes it (free text in double quotes, keys, dates
   and identifiers bare, lists of words in brackets). Only bulletins, plans and
   pages; at merge the lead takes part A's file. */
(function () {
  "use strict";
  var QUOTED = ["title", "summary", "alt", "credit", "text", "name", "months", "total", "amount", "note", "caption", "place"];
  var ORDER = {
    image: ["src", "alt", "credit"],
    corrections: ["date", "text"],
    history: ["date", "text"],
    activities: ["id", "name", "months", "area"],
    budget: ["currency", "total", "concepts"],
    concepts: ["name", "amount"],
  };

  function scalar(text) {
    text = text.trim();
    if (text.charAt(0) === '"') return JSON.parse(text);
    if (text.charAt(0) === "[") {
      var inner = text.slice(1, -1).trim();
      return inner ? inner.split(",").map(function (item) { return scalar(item); }) : [];
    }
    if (text === "true") return true;
    if (text === "false") return false;
    return text;
  }

  function indentOf(line) { return line.length - line.replace(/^ +/, "").length; }

  function block(lines, start, indent) {
    var i = start;
    var isList = lines[i].trim().indexOf("- ") === 0 || lines[i].trim() === "-";
    var result = isList ? [] : {};
    while (i < lines.length) {
      var line = lines[i];
      if (!line.trim()) { i++; continue; }
      var own = indentOf(line);
      if (own < indent) break;
      var text = line.trim();
      if (isList) {
        if (text.indexOf("- ") !== 0) break;
        var rest = text.slice(2);
        if (/^[A-Za-z_][\w-]*:( |$)/.test(rest)) {
          // a map inside the list: its first key is on the dash's line
          var copy = lines.slice();
          copy[i] = new Array(own + 3).join(" ") + rest;
          var item = block(copy, i, own + 2);
          lines = copy;
          result.push(item.value);
          i = item.next;
        } else {
          result.push(scalar(rest));
          i++;
        }
      } else {
        var match = /^([A-Za-z_][\w-]*):(.*)$/.exec(text);
        if (!match) break;
        var value = match[2].trim();
        if (value) {
          result[match[1]] = scalar(value);
          i++;
        } else {
          var j = i + 1;
          while (j < lines.length && !lines[j].trim()) j++;
          if (j < lines.length && indentOf(lines[j]) >= own && lines[j].trim().indexOf("- ") === 0 && indentOf(lines[j]) > own - 1) {
            var nested = block(lines, j, indentOf(lines[j]));
            result[match[1]] = nested.value;
            i = nested.next;
          } else if (j < lines.length && indentOf(lines[j]) > own) {
            var sub = block(lines, j, indentOf(lines[j]));
            result[match[1]] = sub.value;
            i = sub.next;
          } else {
            result[match[1]] = null;
            i++;
          }
        }
      }
    }
    return { value: result, next: i };
  }

  function fromFile(content) {
    var match = /^---\n([\s\S]*?\n)?---\n([\s\S]*)$/.exec(content);
    if (!match) return { body: content };
    var lines = (match[1] || "").split("\n");
    var data = match[1] ? block(lines, 0, 0).value : {};
    data.body = match[2].replace(/^\n/, "");
    return data;
  }

  function empty(value) {
    return value === null || value === undefined || value === "" ||
      (Array.isArray(value) && value.length === 0) ||
      (typeof value === "object" && !Array.isArray(value) && Object.keys(value).every(function (k) { return empty(value[k]); }));
  }

  function keysOf(object, order) {
    var keys = (order || []).filter(function (k) { return k in object; });
    Object.keys(object).forEach(function (k) { if (keys.indexOf(k) < 0) keys.push(k); });
    return keys;
  }

  function write(key, value, pad, out) {
    if (empty(value)) return;
    if (Array.isArray(value)) {
      if (value.every(function (v) { return typeof v !== "object"; })) {
        out.push(pad + key + ": [" + value.join(", ") + "]");
        return;
      }
      out.push(pad + key + ":");
      value.forEach(function (item) {
        var inner = [];
        keysOf(item, ORDER[key]).forEach(function (k) { write(k, item[k], pad + "    ", inner); });
        if (inner.length) inner[0] = pad + "  - " + inner[0].slice(pad.length + 4);
        Array.prototype.push.apply(out, inner);
      });
      return;
    }
    if (typeof value === "object") {
      out.push(pad + key + ":");
      keysOf(value, ORDER[key]).forEach(function (k) { write(k, value[k], pad + "  ", out); });
      return;
    }
    if (typeof value === "string" && (QUOTED.indexOf(key) >= 0 || (/[ ,:#]/.test(value) && !/^\d{4}-\d\d-\d\d( \d\d:\d\d)?$/.test(value)))) {
      out.push(pad + key + ": " + JSON.stringify(value));
    } else {
      out.push(pad + key + ": " + value);
    }
  }

  function toFile(data, sortedKeys) {
    var out = [];
    keysOf(data, sortedKeys || []).forEach(function (key) {
      if (key !== "body") write(key, data[key], "", out);
    });
    var body = (data.body || "").replace(/\s+$/, "");
    return "---\n" + out.join("\n") + "\n---\n" + (body ? "\n" + body + "\n" : "");
  }

  window.CMS.registerCustomFormat("portal-md", "md", { fromFile: fromFile, toFile: toFile });
})();
