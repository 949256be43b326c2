// kg serve: the page of kg's saved queries (/kg/queries). It lists them
// (/api/kg/queries), shows the one the address names (#figures) with a form of its
// parameters (a date picker for a date, a list for one of a set, required ones
// marked), runs it (/api/kg/queries/NAME?…) and shows its rows as a table, with what
// the limit cut, that nothing matched, or the error. A query made for the graph view
// can also be drawn by Cayley's Visualize page, its parameters written into the script.
(function () {
  "use strict";

  var list = [];
  var info = { writable: false, resultLimit: 1000 };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") {
        e.textContent = attrs[k];
      } else {
        e.setAttribute(k, attrs[k]);
      }
    });
    (children || []).forEach(function (c) {
      if (c) {
        e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
      }
    });
    return e;
  }

  function getJSON(url) {
    return fetch(url).then(function (res) {
      return res.json().then(function (body) {
        if (!res.ok) {
          throw new Error(body && body.error ? body.error : "the server answered " + res.status);
        }
        return body;
      });
    });
  }

  function showList(current) {
    var nav = document.getElementById("list");
    nav.textContent = "";
    list.forEach(function (q) {
      var a = el("a", { href: "#" + q.name }, [q.name, el("small", { text: q.view === "graph" ? "graph view" : "" })]);
      if (q.name === current) {
        a.setAttribute("aria-current", "page");
      }
      nav.appendChild(a);
    });
  }

  // input is the form field of one parameter.
  function input(p) {
    var id = "p-" + p.name;
    if (p.type === "choice") {
      var sel = el("select", { id: id, name: p.name }, [el("option", { value: "", text: p.default ? "(default: " + p.default + ")" : "(any)" })]);
      p.choices.forEach(function (c) {
        sel.appendChild(el("option", { value: c, text: c }));
      });
      return sel;
    }
    var attrs = { id: id, name: p.name, type: p.type === "date" ? "date" : p.type === "number" ? "number" : "text" };
    if (p.type === "number") {
      attrs.step = "any";
    }
    if (p.default) {
      attrs.placeholder = p.default;
    }
    if (p.required) {
      attrs["aria-required"] = "true";
    }
    return el("input", attrs);
  }

  function showQuery(name) {
    var q = list.filter(function (x) {
      return x.name === name;
    })[0] || list[0];
    if (!q) {
      return;
    }
    showList(q.name);
    var section = document.getElementById("query");
    section.textContent = "";
    section.appendChild(el("h2", {}, [q.name, q.view === "graph" ? el("span", { class: "badge", text: "graph view" }) : null]));
    section.appendChild(el("p", { class: "desc", text: q.description }));
    var form = el("form", { id: "form", "data-query": q.name });
    (q.params || []).forEach(function (p) {
      var allowed = p.type === "choice" ? "one of " + p.choices.join(", ") : p.type === "date" ? "a date" : p.type === "number" ? "a number" : "";
      form.appendChild(el("label", { for: "p-" + p.name }, [p.name, p.required ? el("span", { class: "req", text: " *" }) : null]));
      form.appendChild(el("div", { class: "field" }, [input(p), el("small", { text: p.description + (allowed ? " — " + allowed : "") + (p.default ? " (default " + p.default + ")" : "") })]));
    });
    form.appendChild(el("label", { for: "p-limit" }, ["limit"]));
    form.appendChild(el("div", { class: "field" }, [el("input", { id: "p-limit", name: "limit", type: "number", min: "1", value: "100" }),
      el("small", { text: "the most rows to show (the server allows " + info.resultLimit + ")" })]));
    var actions = el("div", { class: "actions" }, [el("button", { type: "submit", id: "run", text: "Run" })]);
    if (q.view === "graph") {
      var draw = el("button", { type: "button", id: "visualize", class: "second", text: "Draw in Visualize" });
      draw.addEventListener("click", function () {
        visualize(q, form);
      });
      actions.appendChild(draw);
    }
    form.appendChild(actions);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      run(q, form);
    });
    section.appendChild(form);
    section.appendChild(el("p", { id: "status", role: "status" }));
    section.appendChild(el("div", { id: "rows", class: "scroll" }));
  }

  function values(form) {
    var out = {};
    Array.prototype.forEach.call(form.elements, function (f) {
      if (f.name && f.value !== "") {
        out[f.name] = f.value;
      }
    });
    return out;
  }

  function say(state, text) {
    var s = document.getElementById("status");
    s.className = state;
    s.textContent = text;
  }

  function run(q, form) {
    var v = values(form);
    var qs = Object.keys(v).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(v[k]);
    }).join("&");
    var button = document.getElementById("run");
    button.disabled = true;
    say("running", "Running " + q.name + "…");
    document.getElementById("rows").textContent = "";
    getJSON("/api/kg/queries/" + encodeURIComponent(q.name) + (qs ? "?" + qs : ""))
      .then(function (a) {
        var n = a.result.length;
        if (n === 0) {
          say("empty", "No results: nothing matched these parameters.");
        } else if (a.truncated) {
          say("cut", "The first " + n + " rows; more match (raise the limit, or narrow the parameters).");
        } else {
          say("done", n + (n === 1 ? " row." : " rows."));
        }
        table(a.columns, a.result);
        showStatus();
      })
      .catch(function (err) {
        say("error", err.message);
        showStatus();
      })
      .then(function () {
        button.disabled = false;
      });
  }

  // showStatus brings the answer into view when the form left it below the screen's
  // middle (a long form at phone width): the status line at the top, the rows under it.
  function showStatus() {
    var s = document.getElementById("status");
    if (s.getBoundingClientRect().top > window.innerHeight * 0.6) {
      s.scrollIntoView({ block: "start" });
    }
  }

  // present is true of a value worth writing.
  function present(x) {
    return x !== null && x !== undefined && x !== "";
  }

  // text writes a value for a cell: a graph node by its name, a list item by item, and
  // a claim as a person reads it: its value (or what it says), who says it, in which
  // report and when, then its sentence ("23 km — U.S. Geological Survey (Huffington
  // Post, 2016-02-06 03:31): “The quake was centered …”").
  function text(v) {
    if (v === null || v === undefined) {
      return "";
    }
    if (Array.isArray(v)) {
      return v.map(text).join(" | ");
    }
    if (typeof v === "object") {
      if (v["@id"] !== undefined && Object.keys(v).length === 1) {
        return String(v["@id"]);
      }
      var out = ["qualifier", "value", "unit", "claim", "says", "name"].map(function (k) {
        return v[k];
      }).filter(present).map(String).join(" ");
      if (present(v.source)) {
        out += (out ? " — " : "") + v.source;
      }
      var when = present(v.published) ? String(v.published).replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, "") : null;
      var where = [v.publisher, when].filter(present).join(", ");
      if (where) {
        out += (out ? " " : "") + "(" + where + ")";
      }
      if (present(v.text)) {
        out += (out ? ": " : "") + "\u201c" + v.text + "\u201d";
      }
      return out || JSON.stringify(v);
    }
    return String(v);
  }

  // hidden are the columns the table leaves out, as kg query's tables do: identifiers
  // and long lists (kg query --json, or the API, has them), and the file an article
  // was read from (its text and publisher say which it is, in less width).
  var hidden = { eventId: true, article: true, articles: true, path: true, paths: true, url: true, title: true, sources: true };
  // shownItems is how many items of a list a cell shows before "and N more".
  var shownItems = 6;

  // kind is how a column's cells are laid out, from what they hold: "long" for text
  // (a sentence, a finding's why), which gets the width; "time" for timestamps, which
  // break only after the date; "" for the rest.
  function kind(col, rows) {
    var total = 0, times = 0, n = 0;
    rows.forEach(function (r) {
      var v = r[col];
      if (v === null || v === undefined || v === "") {
        return;
      }
      var t = text(v);
      n++;
      total += t.length;
      times += /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(t) ? 1 : 0;
    });
    if (n > 0 && times === n) {
      return "time";
    }
    return n > 0 && total / n > 50 ? "long" : "";
  }

  // cell is a table cell for a value: a list one item a line (a little apart when an
  // item takes several).
  function cell(col, v, k) {
    var td = el("td", { class: typeof v === "number" ? "num" : k, "data-col": col });
    if (!Array.isArray(v)) {
      var t = text(v);
      if (k === "time" && t.indexOf("T") > 0) {
        td.appendChild(el("span", { text: t.slice(0, t.indexOf("T") + 1) }));
        td.appendChild(el("wbr"));
        td.appendChild(el("span", { text: t.slice(t.indexOf("T") + 1) }));
      } else {
        td.textContent = t;
      }
      return td;
    }
    v.slice(0, shownItems).forEach(function (item) {
      td.appendChild(el("div", { class: "item", text: text(item) }));
    });
    if (v.length > shownItems) {
      td.appendChild(el("small", { text: "and " + (v.length - shownItems) + " more" }));
    }
    return td;
  }

  function table(columns, rows) {
    var box = document.getElementById("rows");
    if (!rows.length) {
      return;
    }
    var cols = (columns && columns.length ? columns : Object.keys(rows[0])).filter(function (c) {
      return !hidden[c];
    });
    var head = el("tr", {}, cols.map(function (c) {
      return el("th", { text: c });
    }));
    var kinds = {};
    cols.forEach(function (c) {
      kinds[c] = kind(c, rows);
    });
    var body = rows.map(function (r) {
      return el("tr", {}, cols.map(function (c) {
        return cell(c, r[c], kinds[c]);
      }));
    });
    box.appendChild(el("table", {}, [el("thead", {}, [head]), el("tbody", {}, body)]));
    box.appendChild(el("p", { class: "desc", text: "Identifiers, file paths and long lists are left out here: the API (/api/kg/queries/NAME) and kg query --json have every column." }));
  }

  // visualize sends a graph-view query to Cayley's Visualize page: its parameters
  // written into the script after its header, as the editor's text, and runs it there.
  function visualize(q, form) {
    var v = values(form);
    delete v.limit;
    // One row first, so that a missing or bad parameter is said here.
    getJSON("/api/kg/queries/" + encodeURIComponent(q.name) + "?" + Object.keys(v).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(v[k]);
    }).concat(["limit=1"]).join("&"))
      .then(function () {
        var lines = q.source.split("\n"), i = 0;
        while (i < lines.length && /^\s*\/\//.test(lines[i])) {
          i++;
        }
        lines.splice(i, 0, "var params = " + JSON.stringify(v) + "; // set by kg's saved queries page");
        localStorage.setItem("LAST_QUERY", JSON.stringify({ text: lines.join("\n"), language: "gizmo" }));
        window.location.href = "/#visualize-run";
      })
      .catch(function (err) {
        say("error", err.message);
      });
  }

  function show() {
    showQuery(decodeURIComponent(window.location.hash.slice(1)));
  }

  document.addEventListener("DOMContentLoaded", function () {
    Promise.all([getJSON("/api/kg/queries"), getJSON("/api/kg/info")])
      .then(function (got) {
        list = got[0];
        info = got[1];
        document.getElementById("mode").textContent = info.writable ? "writable store" : "read-only store";
        window.addEventListener("hashchange", show);
        show();
      })
      .catch(function (err) {
        document.getElementById("query").textContent = "Could not list the saved queries: " + err.message;
      });
  });
})();
