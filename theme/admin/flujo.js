/* Decap's editorial workflow mapped to our `status` field (README, «Editor de
   contenido»): while an entry is in the workflow (Borrador, En revisión) its
   file says `status: draft`, so no build publishes it; when it is «Listo» the
   field goes away and the file is published (the guide's default). Publishing
   an entry still saved as a draft: with the local proxy (make editor) the
   branch gets one more commit without the line; with a Git host the publish
   stops and says to save it once more in «Listo». */
(function () {
  "use strict";
  var CMS = window.CMS;
  var PORTAL = window.PORTAL;
  var READY = "pending_publish";

  CMS.registerEventListener({
    name: "preSave",
    handler: function (args) {
      var data = args.entry.get("data");
      return args.entry.get("status") === READY ? data.delete("status") : data.set("status", "draft");
    },
  });

  function proxy(action, params) {
    return fetch(PORTAL.proxy, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: action, params: Object.assign({ branch: PORTAL.branch }, params) }),
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          throw new Error("El servidor del editor respondió " + response.status + " a «" + action + "»: " + (body.error || ""));
        }
        return body;
      });
    });
  }

  function withoutDraft(raw) {
    var end = raw.indexOf("\n---\n", 4);
    var head = raw.slice(0, end + 1).replace(/^status: draft\n/m, "");
    return head + raw.slice(end + 1);
  }

  async function publishAsReady(entry) {
    var key = { collection: entry.get("collection"), slug: entry.get("slug") };
    var path = entry.get("path");
    var info = await proxy("unpublishedEntry", key);
    var file = await proxy("unpublishedEntryDataFile", Object.assign({ id: path, path: path }, key));
    var assets = [];
    for (var i = 0; i < info.diffs.length; i++) {
      var diff = info.diffs[i];
      if (!diff.binary) continue;
      var media = await proxy("unpublishedEntryMediaFile", Object.assign({ id: diff.path, path: diff.path }, key));
      assets.push({ path: media.path, content: media.content, encoding: media.encoding });
    }
    var fixed = { slug: key.slug, path: path, raw: withoutDraft(file.data) };
    await proxy("persistEntry", {
      entry: fixed,
      assets: assets,
      options: {
        useWorkflow: true,
        collectionName: key.collection,
        status: READY,
        commitMessage: "Listo para publicar: " + path + " (sin status: draft)",
      },
    });
  }

  CMS.registerEventListener({
    name: "prePublish",
    handler: async function (args) {
      var entry = args.entry;
      if (entry.getIn(["data", "status"]) !== "draft") return;
      if (!PORTAL.proxy) {
        throw new Error("Este contenido todavía está guardado como borrador (status: draft). Ábralo en «Listo», guárdelo una vez más y después publíquelo.");
      }
      await publishAsReady(entry);
    },
  });
})();
