// kg serve: what kg adds to Cayley's web UI, from outside the bundle (which kg does
// not rebuild):
//
//   - a "Saved queries" entry in the drawer, to kg's page of saved queries
//     (/kg/queries), where each takes its parameters in a form;
//   - on a read-only server (/api/kg/info), no Write page: its entry is hidden, and the
//     drawer says how to allow writes;
//   - a status line beside the Run button: "Running…" while a query runs (the button
//     is disabled meanwhile), then how many results came, that there were none, or the
//     error; on the Visualize page, that results without source and target draw
//     nothing;
//   - /#visualize opens the Visualize page, and /#visualize-run runs the query the
//     editor holds there (kg's page of saved queries sends graph-view queries so).
(function () {
  "use strict";

  var info = null;
  var running = 0;

  function drawerList() {
    return document.querySelector("aside .mdc-list");
  }
  function drawerItem(name) {
    var items = document.querySelectorAll("aside .mdc-list-item");
    for (var i = 0; i < items.length; i++) {
      if (items[i].textContent.trim() === name) {
        return items[i];
      }
    }
    return null;
  }
  function currentPage() {
    var active = document.querySelector("aside .mdc-list-item--activated");
    return active ? active.textContent.trim() : "Query";
  }

  // adapt applies kg's changes to the drawer; React may render it again at any time.
  function adapt() {
    var list = drawerList();
    if (!list) {
      return;
    }
    if (!document.getElementById("kg-saved-queries")) {
      var a = document.createElement("a");
      a.id = "kg-saved-queries";
      a.className = "mdc-list-item";
      a.href = "/kg/queries";
      a.textContent = "Saved queries";
      list.appendChild(a);
    }
    if (info && !info.writable) {
      var write = drawerItem("Write");
      if (write && write.style.display !== "none") {
        write.style.display = "none";
        write.setAttribute("aria-hidden", "true");
      }
      if (!document.getElementById("kg-read-only")) {
        var note = document.createElement("p");
        note.id = "kg-read-only";
        note.className = "kg-note";
        note.textContent = "Read-only store: kg serve --writable allows writes.";
        list.parentNode.appendChild(note);
      }
    }
  }

  // statusLine is the element that says how the last query went, beside Run.
  function statusLine() {
    var el = document.getElementById("kg-status");
    var actions = document.querySelector("main .actions");
    if (!el) {
      el = document.createElement("span");
      el.id = "kg-status";
      el.setAttribute("role", "status");
      el.setAttribute("aria-live", "polite");
    }
    if (actions && el.parentNode !== actions) {
      actions.appendChild(el);
    } else if (!actions && el.parentNode !== document.body) {
      document.body.appendChild(el);
    }
    return el;
  }
  function say(state, text) {
    var el = statusLine();
    el.className = "kg-status kg-" + state;
    el.textContent = text;
  }
  function runButtons(disabled) {
    var buttons = document.querySelectorAll("main .actions button");
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].textContent.indexOf("Run") >= 0) {
        buttons[i].disabled = disabled;
      }
    }
  }

  // report says what a query's answer holds.
  function report(body, res, shape) {
    if (!body || body.error) {
      say("error", "Error: " + (body && body.error ? body.error : "the server answered " + res.status));
      return;
    }
    if (shape) {
      say("done", "Shape: " + (body.nodes || []).length + " nodes, " + (body.links || []).length + " links.");
      return;
    }
    var r = body.result;
    var n = Array.isArray(r) ? r.length : r == null ? 0 : 1;
    if (n === 0) {
      say("empty", "No results: the query ran and matched nothing.");
      return;
    }
    var text = n + (n === 1 ? " result" : " results");
    if (res.headers.get("X-Kg-Results-Truncated") === "true") {
      text += ", cut at the server's limit (kg serve --limit)";
    }
    if (currentPage() === "Visualize" && Array.isArray(r)) {
      var drawable = r.filter(function (x) {
        return x && x.source && x.target && x.source["@id"] !== undefined && x.target["@id"] !== undefined;
      }).length;
      if (drawable === 0) {
        say("empty", text + ", but none has a source and a target to draw: try a graph-view saved query (Saved queries).");
        return;
      }
      text += "; " + drawable + " links drawn";
    }
    say("done", text + ".");
  }

  // Every query the UI sends passes here.
  var realFetch = window.fetch;
  window.fetch = function (input, init) {
    var url = typeof input === "string" ? input : input && input.url;
    var shape = /\/api\/v1\/shape\//.test(url || "");
    if (!/\/api\/v2\/query|\/api\/v1\/shape\//.test(url || "")) {
      return realFetch.apply(this, arguments);
    }
    running++;
    say("running", "Running the query…");
    runButtons(true);
    var done = function () {
      running--;
      if (running === 0) {
        runButtons(false);
      }
    };
    return realFetch.apply(this, arguments).then(
      function (res) {
        res
          .clone()
          .json()
          .then(
            function (body) {
              report(body, res, shape);
            },
            function () {
              say("error", "Error: the server's answer (" + res.status + ") is not JSON.");
            }
          )
          .then(done, done);
        return res;
      },
      function (err) {
        say("error", "Error: the query did not reach the server: " + err);
        done();
        throw err;
      }
    );
  };

  // /#visualize opens the Visualize page; /#visualize-run also runs its query.
  function followHash() {
    var hash = window.location.hash;
    if (hash !== "#visualize" && hash !== "#visualize-run") {
      return true;
    }
    var item = drawerItem("Visualize");
    if (!item) {
      return false;
    }
    item.click();
    history.replaceState(null, "", window.location.pathname);
    if (hash === "#visualize-run") {
      var tries = 0;
      var run = function () {
        var buttons = document.querySelectorAll("main .actions button");
        for (var i = 0; i < buttons.length; i++) {
          if (buttons[i].textContent.indexOf("Run") >= 0) {
            buttons[i].click();
            return;
          }
        }
        if (tries++ < 100) {
          setTimeout(run, 50);
        }
      };
      setTimeout(run, 50);
    }
    return true;
  }

  var style = document.createElement("style");
  style.textContent =
    ".kg-status{margin-left:16px;font:14px/1.4 Roboto,Arial,sans-serif;color:#444;align-self:center}" +
    ".kg-status.kg-running{color:#1f5fa8}.kg-status.kg-running:before{content:'\u23F3 '}" +
    ".kg-status.kg-empty{color:#8a5a00}.kg-status.kg-error{color:#b00020;white-space:pre-wrap}" +
    "body>.kg-status{position:fixed;left:280px;bottom:12px}" +
    ".kg-note{margin:8px 16px;font:12px/1.4 Roboto,Arial,sans-serif;color:#666}" +
    "#kg-saved-queries{text-decoration:none;color:inherit}" +
    // Names on the Visualize page: smaller, on a white halo that hides the lines under them.
    "main .graph svg text{font:12px Roboto,Arial,sans-serif;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}" +
    // At phone width the drawer becomes a bar of links above the page, which takes the
    // whole width and scrolls.
    "@media (max-width:700px){.App{flex-direction:column;height:auto;min-height:100vh;overflow:visible}" +
    "aside.mdc-drawer{width:100%;height:auto;border-right:0;border-bottom:1px solid #ddd}" +
    "aside .mdc-drawer__header{display:none}aside .mdc-drawer__content{overflow:visible}" +
    "aside .mdc-list{display:flex;flex-wrap:wrap;padding:4px 8px}" +
    "aside .mdc-list-item{height:36px;padding:0 10px;margin:0}" +
    ".kg-note{margin:0 18px 6px}" +
    ".App>main{height:auto;min-height:80vh;overflow:visible}" +
    ".App>main .actions{display:flex;flex-wrap:wrap;align-items:center;gap:8px;padding:8px 12px}" +
    ".App main .actions>.mdc-button{margin-right:8px}" +
    ".kg-status{margin-left:0;flex-basis:100%}" +
    ".App>main .graph{height:75vh;flex:none}}";
  document.head.appendChild(style);

  document.addEventListener("DOMContentLoaded", function () {
    realFetch("/api/kg/info")
      .then(function (res) {
        return res.json();
      })
      .then(function (v) {
        info = v;
        adapt();
      }, adapt);
    var hashDone = false;
    new MutationObserver(function () {
      adapt();
      if (!hashDone) {
        hashDone = followHash();
      }
    }).observe(document.body, { childList: true, subtree: true });
    adapt();
    hashDone = followHash();
  });
})();
