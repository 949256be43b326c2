// prelude.js: helpers that kg runs before every query, saved or inline.
// Short IRIs work after g.addDefaultNamespaces(): g.IRI("kg:entity/person/kofi-annan").
g.addDefaultNamespaces();

// KG (the kg: namespace), T (the terms: T.type, T.name, T.Person…) and ROW (each kind
// of row's keys by name) come before this file, written by Go from package schema.
function kg(local) { return g.IRI(KG + local); }

// short writes "<https://factgraph.org/kg/article/x>" as "kg:article/x".
function short(v) {
  if (v === undefined || v === null) return null;
  var s = String(v);
  if (s.charAt(0) === "<" && s.charAt(s.length - 1) === ">") s = s.slice(1, -1);
  if (s.indexOf(KG) === 0) return "kg:" + s.slice(KG.length);
  return s;
}
// nodeOf turns a short or bracketed IRI back into a value Gizmo can start from.
function nodeOf(s) {
  s = String(s);
  if (s.charAt(0) === "<") s = s.slice(1, -1);
  return g.IRI(s);
}
// contains reports whether s contains pattern, ignoring case; an empty pattern matches
// all. (Gizmo's own like() and iri() are left as Cayley defines them.)
function contains(s, pattern) {
  if (!pattern) return true;
  if (s === undefined || s === null) return false;
  return String(s).toLowerCase().indexOf(String(pattern).toLowerCase()) >= 0;
}
function inRange(day, since, until) {
  if (since && (!day || day < since)) return false;
  if (until && (!day || day > until)) return false;
  return true;
}

var ENTITY_CLASSES = [T.Person, T.Organization, T.Place, T.Group, T.Thing];

// rows reads rows of kg's row index, of one kind or of a list of kinds: "article",
// "event", "eventFigure" (figures of an event), "figure" (figures of no event), "quote",
// "relation" or "conflict" (see package schema, rows.go). Each row is {k: its keys,
// raw: the whole literal, json: the record, kind}; record(row) parses the record, once.
// Sort, group and filter on keys and raw text; parse only what you print.
// The rows hang on anchors of class kg:RowIndex, one per kind and day of publication,
// which name their kind with kg:rowKind; an article's rows of one kind are packed in one
// literal, a row a line.
var FIGURES = ["eventFigure", "figure"];
function kindsOf(kinds) { return typeof kinds === "string" ? [kinds] : kinds; }
// rowLiterals reads the row literals of one kind, of one anchor or of all of them, and
// unpacks them. (Cayley reads g.V(a).out(p) by a's index prefix, but g.V(a, b…).out(p)
// by scanning every quad of p: one anchor a path.)
function rowLiterals(anchor, kind) {
  var out = [];
  var path = anchor ? g.V(anchor) : g.V().has(kg("rowKind"), kind).unique();
  path.out(kg(kind + "Row")).toArray().forEach(function (lit) {
    lit.split("\n").forEach(function (r) { out.push(r); });
  });
  return out;
}
function splitRow(s, kind) {
  var k = s.split("\t");
  return { k: k, raw: s, json: k.pop(), kind: kind };
}
// rowsOf returns the rows of one kind, of one anchor or of all of them, split: in one
// call into Go when kg provides it (__kgRows: the same path, the literals read in one
// batch and split in Go).
function rowsOf(anchor, kind) {
  if (typeof __kgRows === "function") return __kgRows(kind, anchor || null);
  return rowLiterals(anchor, kind).map(function (s) { return splitRow(s, kind); });
}
// key returns a row's key by its name (ROW lists each kind's keys): key(r, "measure").
function key(r, name) { return r.k[ROW[r.kind][name]]; }
function rows(kinds) {
  var out = [];
  kindsOf(kinds).forEach(function (kind) {
    rowsOf(null, kind).forEach(function (r) { out.push(r); });
  });
  return out;
}
// firstRows returns the records of the rows of the given kinds that pass rawKeep (given
// the row) and keep (given the parsed record and the row), in the order of their keys
// (byRaw), up to limit (all when limit is 0). It reads the anchors day by day, sorts
// and parses one day's rows at a time, and stops once it has enough: the first hundred
// figures of a corpus cost a few days of rows. Given each, it hands each record to
// each as it goes and returns nothing, so that a query over every row holds one day of
// them at a time: firstRows("quote", keepRow, keepRecord, function (q) { emit(q); }).
function firstRows(kinds, rawKeep, keep, each) {
  var out = [], n = 0;
  var give = each || function (rec) { out.push(rec); };
  eachDay(kinds, rawKeep, function (batch) {
    for (var j = 0; j < batch.length; j++) {
      var r = batch[j], rec = record(r);
      batch[j] = null; // given away: one day's rows at a time
      if (keep && !keep(rec, r)) continue;
      give(rec);
      if (limit && ++n >= limit) return true;
    }
  });
  return each ? undefined : out;
}
// eachDay hands fn the rows of the given kinds that pass rawKeep (given the row), one
// day of publication at a time, in the order of their keys (byRaw), until fn returns
// true: firstRows' reading, for a query that turns a day's rows into results at once.
function eachDay(kinds, rawKeep, fn) {
  var byDay = anchorsByDay(kindsOf(kinds));
  var days = Object.keys(byDay).sort(); // "undated" after every date, as "~" after dates
  for (var i = 0; i < days.length; i++) {
    var batch = [];
    byDay[days[i]].forEach(function (x) {
      rowsOf(nodeOf(x.anchor), x.kind).forEach(function (r) {
        if (!rawKeep || rawKeep(r)) batch.push(r);
      });
    });
    if (fn(sortRows(batch))) return;
  }
}
// anchorsByDay maps each day of publication to the anchors of the given kinds' rows.
function anchorsByDay(kinds) {
  var byDay = {};
  kinds.forEach(function (kind) {
    g.V().has(kg("rowKind"), kind).unique().toArray().forEach(function (a) {
      var s = short(a), d = s.slice(s.lastIndexOf("/") + 1);
      (byDay[d] || (byDay[d] = [])).push({ anchor: a, kind: kind });
    });
  });
  return byDay;
}

// record parses a row's record (JSON.parse, done in Go: __kgParseRecord).
// (__kgRecord parses a row of __kgRows from the text Go holds.)
var parseRecord = typeof __kgParseRecord === "function" ? __kgParseRecord : JSON.parse;
var recordOf = typeof __kgRecord === "function" ? __kgRecord : function (r) { return parseRecord(r.json); };
function record(r) {
  if (!r.rec) r.rec = recordOf(r);
  return r.rec;
}
// byRaw orders rows by their keys as written: for claims, publication time, article,
// then position in the article. It compares the first three keys first: they are
// ASCII, and Gizmo's JavaScript compares two strings with other characters by decoding
// both whole, a row of text at a time.
function sortKey(r) { return r.sk || (r.sk = key(r, "published") + "\t" + key(r, "article") + "\t" + key(r, "offset")); }
function byRaw(a, b) {
  var x = sortKey(a), y = sortKey(b);
  if (x !== y) return x < y ? -1 : 1;
  return a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0;
}
// sortRows sorts rows by byRaw, in Go when kg provides it (__kgSortRows: rows it made
// whose keys and text the script left alone).
function sortRows(list) {
  if (typeof __kgSortRows === "function" && __kgSortRows(list)) return list;
  return list.sort(byRaw);
}
// sortBy sorts objects in place, stably, by each of fields in turn: "name" ascending,
// "-name" descending; numbers by value, strings as < compares them. In Go when kg
// provides it (__kgSortBy), for fields that are numbers or strings in every object.
function sortBy(list, fields) {
  if (typeof __kgSortBy === "function" && __kgSortBy(list, fields)) return list;
  return list.sort(function (a, b) {
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i], desc = f.charAt(0) === "-", k = desc ? f.slice(1) : f, x = a[k], y = b[k];
      if (x < y) return desc ? 1 : -1;
      if (x > y) return desc ? -1 : 1;
    }
    return 0;
  });
}
// kept returns the records of the first rows of list that pass keep, up to n (all when 0).
function kept(list, keep, n) {
  var out = [];
  for (var i = 0; i < list.length && (!n || out.length < n); i++) {
    var rec = record(list[i]);
    if (!keep || keep(rec, list[i])) out.push(rec);
  }
  return out;
}
function published(k) { return k === "~" ? null : k; }

// names maps each entity to its fullest name (the longest any report gives). It walks
// every entity: use it when a query needs many names, not one.
var _names = null;
function names() {
  if (_names) return _names;
  _names = {};
  ENTITY_CLASSES.forEach(function (c) {
    g.V().has(T.type, c).tag("node").out(T.name).tag("name").tagArray().forEach(function (r) {
      var cur = _names[r.node], s = String(r.name);
      if (!cur || s.length > cur.length || (s.length === cur.length && s < cur)) _names[r.node] = s;
    });
  });
  return _names;
}

// canonical is the entity an entity is taken for: a person named by a surname alone,
// an organization by an acronym alone, is the one entity other reports name in full
// (the store derives these merges; kg:sameAs). merged(id) lists the entities taken
// for id, and merges(id) how.
var _into = null, _from = null, _merges = null;
function identities() {
  if (_into) return;
  _into = {}; _from = {}; _merges = {};
  rows("identity").forEach(function (r) {
    record(r).merges.forEach(function (m) {
      _into[m.from] = m.into;
      (_from[m.into] = _from[m.into] || []).push(m.from);
      (_merges[m.into] = _merges[m.into] || []).push(m);
    });
  });
}
function canonical(id) {
  if (!id) return id;
  identities();
  var k = short(id);
  for (var i = 0; i < 4 && _into[k]; i++) k = _into[k];
  return k;
}
// canonicalOut maps each of nodes (by its short IRI) to its values of predicate, each
// the entity canonical() takes it for: in Go when kg provides it (__kgCanonicalOut).
function canonicalOut(nodes, predicate) {
  identities();
  var inGo = typeof __kgCanonicalOut === "function" && __kgCanonicalOut(nodes, predicate, _into);
  if (inGo) return inGo;
  var out = {};
  outOf(nodes, predicate).forEach(function (vs, i) {
    out[short(nodes[i])] = vs.map(function (v) { return canonical(v); });
  });
  return out;
}
function merged(id) { identities(); return _from[short(id)] || []; }
function merges(id) { identities(); return _merges[short(id)] || []; }

// articles maps each article's short IRI to what rows say of it, reading every
// article's row: use it when a query needs most articles; article(id) reads one (from
// every article's row read once in Go, __kgArticle, when kg provides it).
var _articles = null, _article = {}, _articleReads = 0;
function articles() {
  if (_articles) return _articles;
  _articles = {};
  rows("article").forEach(function (r) { var a = record(r); a.day = day(a.published); _articles[a.article] = a; });
  return _articles;
}
function article(id) {
  var k = short(id), a = _articles ? _articles[k] : _article[k];
  if (!a && !_articles && k && typeof __kgArticle === "function") {
    a = __kgArticle(k);
    if (a) { a.day = day(a.published); _article[k] = a; }
  } else if (!a && !_articles && k) {
    if (++_articleReads > 64) { articles(); return article(id); }
    var lit = g.V(nodeOf(k)).out(kg("articleRow")).toArray()[0];
    if (lit) { a = record(splitRow(String(lit), "article")); a.day = day(a.published); _article[k] = a; }
  }
  return a || { article: k, published: null, day: null, publisher: null, path: null, title: null, url: null };
}
function day(stampOrNull) { return stampOrNull ? String(stampOrNull).slice(0, 10) : null; }

// events maps each event (an incident: every report's mention of one happening, or
// one story about a tracked subject) to its label, date, type and place, from the
// incident rows the store derives; mentionEvent maps each mention to its event.
// (kg reads the records in Go when it can, __kgIncidents: the records hold every
// mention of every event, and rec is parsed when first read.)
var _events = null, _mentionEvent = null, _mentionOf = null;
function events() {
  if (_events) return _events;
  _events = {};
  if (typeof __kgIncidents === "function") {
    var ix = __kgIncidents();
    _mentionOf = ix.of;
    ix.list.forEach(function (e) { _events[e.id] = e; });
    return _events;
  }
  _mentionEvent = {};
  rows("incident").forEach(function (r) {
    var e = record(r);
    _events[e.event] = { event: e.label, date: e.date || null, type: e.type, country: e.country || null, place: e.place || null,
      id: e.event, rec: e };
    // a mention node two incidents share goes to the one whose IRI sorts first
    (e.mentions || []).forEach(function (m) { if (!_mentionEvent[m] || e.event < _mentionEvent[m]) _mentionEvent[m] = e.event; });
  });
  return _events;
}
// eventOf is the event a mention (or an event) is part of, or null. Reports that give
// an event the same type, place and date share a mention node, which two incidents may
// hold (two undated bombings in one city): article, the report that makes the mention,
// picks the one that holds its mention.
function eventOf(id, article) {
  if (!id) return null;
  var k = short(id);
  events();
  return (_mentionOf ? _mentionOf(k, article ? short(article) : null) : _mentionEvent[k]) || (_events[k] ? k : null);
}
function eventLabel(id, article) { var e = eventOf(id, article); return e ? _events[e].event : (id ? short(id) : null); }

// outOf returns, for each of nodes, what g.V(node).out(predicate).toArray() gives,
// in one call into Go when kg provides it (__kgOut: the same paths, each value read
// once, in one batch).
function outOf(nodes, predicate) {
  if (typeof __kgOut === "function") return __kgOut(nodes, predicate);
  return nodes.map(function (n) { return g.V(n).out(predicate).toArray(); });
}

// longestOf maps each of nodes (by its short IRI) to the longest value of predicate
// it has (of equally long ones the first in the order of <), leaving out the nodes
// with none: an entity's name is the longest of its names. In Go when kg provides it
// (__kgLongest: the values read as outOf reads them, compared in Go).
function longestOf(nodes, predicate) {
  var inGo = typeof __kgLongest === "function" && __kgLongest(nodes, predicate);
  if (inGo) return inGo;
  var out = {};
  outOf(nodes, predicate).forEach(function (vs, i) {
    var k = short(nodes[i]);
    vs.forEach(function (v) {
      var s = String(v), cur = out[k];
      if (!cur || s.length > cur.length || (s.length === cur.length && s < cur)) out[k] = s;
    });
  });
  return out;
}

// entityTally counts the entities of lists of reports. Given mentions (each report's
// short IRI to the entities it names) and names (each entity to its name), it returns
// a function tally(reports, min) giving the entities that at least min of the reports
// name and that have a name, {entity, name, type, reports: how many of the reports
// name it}, most reports first, then by name: in Go when kg provides it
// (__kgEntityTally, whose lists are Go values to hand to emit as they are).
function entityTally(mentions, names) {
  var inGo = typeof __kgEntityTally === "function" && __kgEntityTally(mentions, names);
  if (inGo) return inGo;
  return function (reports, min) {
    var counts = {};
    reports.forEach(function (id) {
      var once = {};
      (mentions[id] || []).forEach(function (en) { if (!once[en]) { once[en] = true; counts[en] = (counts[en] || 0) + 1; } });
    });
    var entities = [];
    Object.keys(counts).forEach(function (en) {
      var n = counts[en], name = names[en];
      if (n >= min && name) entities.push({ entity: en, name: name, type: entityType(en), reports: n });
    });
    return sortBy(entities, ["-reports", "name", "entity"]);
  };
}
// entityType is the first step of an entity's IRI: kg:entity/person/… is a person.
function entityType(id) { var p = String(id).split("/"); return p.length > 2 ? p[1] : null; }

// figureRow fills a figure record for printing: its event's label, its article's
// path and title.
function figureRow(f) {
  var a = article(f.article);
  f.eventId = eventOf(f.mention, f.article);
  f.event = f.eventId ? eventLabel(f.eventId) : null;
  f.path = a.path; f.title = a.title; f.url = a.url;
  f.day = day(f.published);
  return f;
}

// byReport orders rows by publication time, then article, then position in it.
function byReport(a, b) {
  var pa = a.published || "", pb = b.published || "";
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  var oa = a.offset || 0, ob = b.offset || 0;
  if (oa !== ob) return oa - ob;
  return (a.value || 0) - (b.value || 0);
}

// sourceRows makes what `sources` prints of claim rows (figures, quotes, relations):
// each claim's record with its kind, the claim in words (a figure's qualifier, value,
// unit and measure; a quote in quotation marks; a relation's subject, predicate and
// object), its source (a quote's speaker) and its article's path, for the rows whose
// claim or sentence contains want.claim, whose source contains want.source and whose
// outlet contains want.publisher. In Go when kg provides it (__kgSourceRows: rows that
// hold the script's columns, for emit).
function sourceRows(rows, want) {
  var inGo = typeof __kgSourceRows === "function" && __kgSourceRows(rows, want.claim, want.source, want.publisher, COLUMNS);
  if (inGo) return inGo;
  var out = [];
  rows.forEach(function (r) {
    var c = record(r), kind = r.kind === "eventFigure" ? "figure" : r.kind, claim;
    if (kind === "figure") claim = (c.qualifier ? c.qualifier + " " : "") + c.value + (c.unit ? " " + c.unit : "") + " " + c.measure;
    else if (kind === "quote") { claim = "\u201c" + c.text + "\u201d"; c.source = c.speaker; }
    else claim = c.subject + " " + c.predicate + " " + c.object;
    c.kind = kind; c.claim = claim;
    if (want.claim && !contains(claim, want.claim) && !contains(c.text, want.claim)) return;
    if (!contains(c.source, want.source) || !contains(c.publisher, want.publisher)) return;
    c.path = article(c.article).path;
    out.push(c);
  });
  return out;
}

// emit gives a result row: the fields of o that the script's header declares as its
// columns (COLUMNS, read by Go from its "// column NAME: …" lines), in that order, or o
// whole when it declares none. A row made in Go (__kgResultRow) holds them already.
var madeInGo = typeof __kgResultRow === "function" ? __kgResultRow : function () { return false; };
function emit(o) { g.emit(COLUMNS.length && !madeInGo(o) ? pick(o, COLUMNS) : o); }

// pick copies the named fields of o, in that order.
function pick(o, fields) {
  var r = {};
  fields.forEach(function (f) { r[f] = (o[f] === undefined || o[f] === "") ? null : o[f]; });
  return r;
}

// relationEdges groups the relation rows (of a predicate whose name contains
// predicate, or all) into edges, one per subject, predicate and object: entities by the
// entity the store takes them for ("Assad" alone is Bashar al-Assad), other things by
// their words. It returns {list: the edges {s, p, o, sName, oName, rows} in the order of
// their keys, label: each end's label, the longest name its rows give it}.
function relationEdges(predicate) {
  var byEdge = {};
  rows("relation").forEach(function (r) {
    var p = key(r, "predicate"), s = canonical(key(r, "subjectKey")), o = canonical(key(r, "objectKey"));
    if (!contains(p, predicate)) return;
    var edge = s + "\u0000" + p + "\u0000" + o;
    var x = byEdge[edge] || (byEdge[edge] = { s: s, p: p, o: o, sName: key(r, "subject"), oName: key(r, "object"), rows: [] });
    x.rows.push(r);
  });
  var list = Object.keys(byEdge).sort().map(function (k) { return byEdge[k]; });
  // an end's label is the longest name any row gives it (at one length, the first in
  // code-point order): the same whatever order the rows come in
  var label = {};
  function longer(a, b) { return !a || (b && (b.length > a.length || b.length === a.length && b < a)) ? b : a; }
  list.forEach(function (x) {
    x.rows.forEach(function (r) { label[x.s] = longer(label[x.s], key(r, "subject")); label[x.o] = longer(label[x.o], key(r, "object")); });
  });
  return { list: list, label: label };
}
// labelMatches reports whether the label of v (or v) contains want, ignoring case; no
// want matches all.
function labelMatches(label, v, want) {
  if (!want) return true;
  var w = String(want).toLowerCase(), l = String(label[v] || v).toLowerCase();
  return l === w || l.indexOf(w) >= 0;
}
// relationPaths walks the edges of relationEdges breadth-first, in either direction, from
// the ends whose label contains from, up to depth steps: each node is reached once, by a
// shortest path. It returns up to cap paths (lists of edges) to the ends whose label
// contains to, or to every end reached when to is empty.
function relationPaths(edges, from, to, depth, cap) {
  var adj = {};
  edges.list.forEach(function (x) { (adj[x.s] = adj[x.s] || []).push(x); (adj[x.o] = adj[x.o] || []).push(x); });
  var starts = Object.keys(adj).filter(function (v) { return labelMatches(edges.label, v, from); }).sort();
  var seen = {}, frontier = [], results = [];
  starts.forEach(function (v) { seen[v] = true; frontier.push({ at: v, path: [] }); });
  for (var d = 0; d < depth && frontier.length && results.length < cap; d++) {
    var next = [];
    frontier.forEach(function (cur) {
      (adj[cur.at] || []).forEach(function (x) {
        var end = x.s === cur.at ? x.o : x.s;
        if (seen[end]) return;
        seen[end] = true;
        var p = { at: end, path: cur.path.concat([x]) };
        if (!to || labelMatches(edges.label, end, to)) results.push(p.path);
        else next.push(p);
      });
    });
    frontier = next;
  }
  return results.slice(0, cap);
}

// graphNodes gives the nodes of a graph-view query their labels: each key's label, made
// unique with " (2)", " (3)"… when two keys share one, as {"@id": label}, the form
// Cayley's Visualize page draws a node of.
function graphNodes() {
  var byKey = {}, used = {};
  return function (key, label) {
    if (!byKey[key]) {
      var l = String(label || short(key)), n = 1, u = l;
      while (used[u]) u = l + " (" + (++n) + ")";
      used[u] = true;
      byKey[key] = { "@id": u };
    }
    return byKey[key];
  };
}
