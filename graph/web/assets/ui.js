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
//     editor holds there (kg's page of saved queries sends graph-view queries so);
//   - on the Visualize page, a graph whose names do not cover one another: each name
//     centred above its node, the nodes kept apart by the size of their names
//     (window.kgForce, which the bundle's layout calls in place of its charge), the
//     drawing scaled down to fit its box, and a shorter editor that leaves the graph
//     most of the page.
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

  // kgForce is the force the Visualize page's layout runs in place of d3's charge
  // alone (ui.go rewrites the bundle's call; d3 is the bundle's d3-force module, whose
  // forceManyBody is d3.c): a stronger charge within a bounded distance, so that a
  // node's neighbours spread around it; a pull of every node towards the middle, so
  // that the parts of a graph that no link joins stay near one another, and the
  // drawing takes the shape of its box; and a force
  // that pushes apart two nodes whose names, centred above them, would overlap. Names
  // are measured by their length (12px text); past labelNodes nodes the pairs are too
  // many and the charge alone lays out.
  var labelNodes = 400;
  window.kgForce = function (d3) {
    var charge = d3.c().strength(-240).distanceMax(320);
    var nodes = [];
    // The pull is stronger across the box's shorter side, so that the drawing takes
    // its shape: wide on a desktop, tall on a phone.
    var box = document.querySelector("main .graph");
    var w = (box && box.clientWidth) || 1, h = (box && box.clientHeight) || 1;
    var gx = 0.04 * Math.max(1, h / w), gy = 0.04 * Math.max(1, w / h);
    function gravity(alpha) {
      var cx = 0, cy = 0;
      nodes.forEach(function (n) {
        cx += n.x;
        cy += n.y;
      });
      cx /= nodes.length;
      cy /= nodes.length;
      nodes.forEach(function (n) {
        n.vx += (cx - n.x) * gx * alpha;
        n.vy += (cy - n.y) * gy * alpha;
      });
    }
    function labels() {
      for (var i = 0; i < nodes.length; i++) {
        var a = nodes[i];
        for (var j = i + 1; j < nodes.length; j++) {
          var b = nodes[j];
          var dx = b.x + b.vx - (a.x + a.vx);
          var dy = b.y + b.vy - (a.y + a.vy);
          var ox = (a.kgWidth + b.kgWidth) / 2 + 8 - Math.abs(dx);
          var oy = 20 - Math.abs(dy);
          if (ox <= 0 || oy <= 0) {
            continue;
          }
          // Apart along the shorter way out: names are wide, so mostly up and down.
          if (oy <= ox) {
            var sy = (dy < 0 || (dy === 0 && i % 2) ? -1 : 1) * oy * 0.4;
            a.vy -= sy;
            b.vy += sy;
          } else {
            var sx = (dx < 0 ? -1 : 1) * ox * 0.4;
            a.vx -= sx;
            b.vx += sx;
          }
        }
      }
    }
    function force(alpha) {
      charge(alpha);
      if (nodes.length) {
        gravity(alpha);
      }
      if (nodes.length <= labelNodes) {
        labels();
      }
    }
    force.initialize = function (ns) {
      nodes = ns;
      ns.forEach(function (n) {
        n.kgWidth = String(n.id).length * 6.6 + 4;
      });
      charge.initialize.apply(charge, arguments);
    };
    return force;
  };

  // minScale is the least the Visualize page scales its drawing down to fit its box:
  // below it names are too small to read, and the box scrolls instead.
  var minScale = 0.7;

  // fitGraph fits the Visualize page's drawing to its box: scaled down when it is
  // larger (never up: names keep their size), centred, and at minScale with the box
  // scrolling when even that is too large. It runs on every frame while a drawing is
  // there, since the layout moves the nodes for a few seconds.
  function fitGraph() {
    var box = document.querySelector("main .graph");
    var svg = box && box.querySelector("svg");
    var g = svg && svg.firstElementChild;
    if (g && box.clientWidth && box.clientHeight) {
      var b = g.getBBox();
      if (b.width > 0) {
        var pad = 16;
        var cw = b.width + 2 * pad, ch = b.height + 2 * pad;
        var scale = Math.max(minScale, Math.min(1, box.clientWidth / cw, box.clientHeight / ch));
        var w = Math.max(cw, box.clientWidth / scale), h = Math.max(ch, box.clientHeight / scale);
        var view = [b.x + b.width / 2 - w / 2, b.y + b.height / 2 - h / 2, w, h].map(Math.round).join(" ");
        if (svg.getAttribute("viewBox") !== view) {
          svg.setAttribute("viewBox", view);
          svg.style.width = Math.floor(w * scale) + "px";
          svg.style.height = Math.floor(h * scale) + "px";
          // While the layout moves, the box shows the middle of a drawing larger than it.
          box.scrollLeft = (box.scrollWidth - box.clientWidth) / 2;
          box.scrollTop = (box.scrollHeight - box.clientHeight) / 2;
        }
      }
    }
    window.requestAnimationFrame(fitGraph);
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
    // Each name centred above its node (kgForce keeps them apart).
    "main .graph svg text{font:12px Roboto,Arial,sans-serif;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;" +
    "text-anchor:middle;transform:translateY(-9px)}" +
    // On the Visualize page the editor is shorter, so that the graph has the page.
    "body[data-kg-page=Visualize] .QueryEditor>section{height:130px!important}" +
    "main .graph{min-height:0;overflow:auto}main .graph svg{display:block}" +
    // At phone width the drawer becomes a bar of links above the page, which takes the
    // whole width and scrolls.
    "@media (max-width:700px){.App{flex-direction:column;height:auto;min-height:100vh;overflow:visible}" +
    "aside.mdc-drawer{width:100%;height:auto;border-right:0;border-bottom:1px solid #ddd}" +
    "aside .mdc-drawer__header{display:none}aside .mdc-drawer__content{overflow:visible}" +
    "aside .mdc-list{display:flex;flex-wrap:wrap;padding:4px 8px}" +
    "aside.mdc-drawer .mdc-list .mdc-list-item{height:32px;padding:0 8px;margin:2px}" +
    ".App>main .mdc-typography--headline6{display:none}" +
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
      if (document.body.getAttribute("data-kg-page") !== currentPage()) {
        document.body.setAttribute("data-kg-page", currentPage());
      }
      if (!hashDone) {
        hashDone = followHash();
      }
    }).observe(document.body, { childList: true, subtree: true });
    adapt();
    hashDone = followHash();
    window.requestAnimationFrame(fitGraph);
  });
})();
