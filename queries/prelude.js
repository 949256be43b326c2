// prelude.js: helpers that kg runs before every query, saved or inline.
// Short IRIs work after g.addDefaultNamespaces(): g.IRI("kg:entity/person/kofi-annan").
g.addDefaultNamespaces();

var KG = "https://factgraph.org/kg/";
function kg(local) { return g.IRI("kg:" + local); }
var T = {
  type: g.IRI("rdf:type"), label: g.IRI("rdfs:label"),
  NewsArticle: g.IRI("schema:NewsArticle"), Figure: kg("Figure"), Quote: kg("Quote"),
  Relation: kg("Relation"), Event: kg("Event"), Conflict: kg("Conflict"),
  Merge: kg("Merge"), Person: g.IRI("schema:Person"), Organization: g.IRI("schema:Organization"),
  Place: g.IRI("schema:Place"), Group: kg("Group"), Thing: g.IRI("schema:Thing"),
  headline: g.IRI("schema:headline"), datePublished: g.IRI("schema:datePublished"),
  publisher: g.IRI("schema:publisher"), url: g.IRI("schema:url"), name: g.IRI("schema:name"),
  alias: g.IRI("schema:alternateName"), mentions: g.IRI("schema:mentions"),
  fromArticle: g.IRI("prov:wasDerivedFrom"), attributedTo: g.IRI("prov:wasAttributedTo")
};

// short writes "<https://factgraph.org/kg/article/x>" as "kg:article/x".
function short(v) {
  if (v === undefined || v === null) return null;
  var s = String(v);
  if (s.charAt(0) === "<" && s.charAt(s.length - 1) === ">") s = s.slice(1, -1);
  if (s.indexOf(KG) === 0) return "kg:" + s.slice(KG.length);
  return s;
}
// iri turns a short or bracketed IRI back into a value Gizmo can start from.
function iri(s) {
  s = String(s);
  if (s.charAt(0) === "<") s = s.slice(1, -1);
  return g.IRI(s);
}
// like reports whether s contains pattern, ignoring case; an empty pattern matches all.
function like(s, pattern) {
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

// rows reads one kind of row of kg's row index: "article", "event", "figure", "quote",
// "relation" or "conflict" (see package schema, rows.go). Each row is {k: its keys,
// raw: the whole literal, json: the record}; record(row) parses the record, once.
// Sort, group and filter on keys and raw text; parse only what you print.
// The rows hang on anchors of class kg:RowIndex, one per month of publication.
function rowValues(kind) { return g.V().has(T.type, kg("RowIndex")).out(kg(kind + "Row")).toArray(); }
function rows(kind) {
  return rowValues(kind).map(function (s) {
    var k = s.split("\t");
    return { k: k, raw: s, json: k.pop() };
  });
}
// leanRows reads rows without splitting their keys: {raw, json}, for queries that only
// order rows and parse the few they print.
function leanRows(kind) {
  return rowValues(kind).map(function (s) {
    return { raw: s, json: s.slice(s.lastIndexOf("\t") + 1) };
  });
}
function record(r) {
  if (!r.rec) r.rec = JSON.parse(r.json);
  return r.rec;
}
// byRaw orders rows by their keys as written: for claims, publication time, article,
// then position in the article.
function byRaw(a, b) { return a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0; }
// first returns the records of the rows that pass keep (given the parsed record), in
// the order of their keys (byRaw), up to limit (all when limit is 0), parsing rows
// only until it has enough. With a limit it picks the first rows without sorting them
// all (a sort of 50,000 rows costs half a second in Gizmo's JavaScript).
function first(list, keep) {
  if (limit && limit * 4 < list.length) {
    var top = smallest(list, limit * 2);
    var out = kept(top, keep, limit);
    if (out.length >= limit) return out;
  }
  list.sort(byRaw);
  return kept(list, keep, limit);
}
function kept(list, keep, n) {
  var out = [];
  for (var i = 0; i < list.length && (!n || out.length < n); i++) {
    var rec = record(list[i]);
    if (!keep || keep(rec, list[i])) out.push(rec);
  }
  return out;
}
// smallest returns the k rows of list that come first by their keys, in order.
function smallest(list, k) {
  var top = [];
  for (var i = 0; i < list.length; i++) {
    var r = list[i];
    if (top.length === k && r.raw >= top[k - 1].raw) continue;
    var lo = 0, hi = top.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (top[mid].raw <= r.raw) lo = mid + 1; else hi = mid; }
    top.splice(lo, 0, r);
    if (top.length > k) top.pop();
  }
  return top;
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

// articles maps each article's short IRI to what rows say of it.
var _articles = null;
function articles() {
  if (_articles) return _articles;
  _articles = {};
  rows("article").forEach(function (r) { var a = record(r); a.day = day(a.published); _articles[a.article] = a; });
  return _articles;
}
function article(id) {
  var a = articles()[short(id)];
  return a || { article: short(id), published: null, day: null, publisher: null, path: null, title: null, url: null };
}
function day(stampOrNull) { return stampOrNull ? String(stampOrNull).slice(0, 10) : null; }

// events maps each event's short IRI to its label and date. Reports may date one event a
// day apart: it keeps the earliest date, and the label that goes with it.
var _events = null;
function events() {
  if (_events) return _events;
  _events = {};
  rows("event").forEach(function (r) {
    var prev = _events[r.k[0]];
    if (prev && !(r.k[1] && (!prev.date || r.k[1] < prev.date))) return;
    var e = record(r);
    if (!prev || (e.date && (!prev.date || e.date < prev.date))) {
      _events[e.event] = { event: e.label, date: e.date || null, type: e.type, country: e.country || null, place: e.place || null, id: e.event };
    }
  });
  return _events;
}
function eventLabel(id) { if (!id) return null; var e = events()[short(id)]; return e ? e.event : short(id); }

// figureRow fills a figure record for printing: its event's label, its article's
// path and title.
function figureRow(f) {
  var a = article(f.article);
  f.eventId = f.event || null;
  f.event = eventLabel(f.event);
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

// pick copies the named fields of o, in that order.
function pick(o, fields) {
  var r = {};
  fields.forEach(function (f) { r[f] = (o[f] === undefined || o[f] === "") ? null : o[f]; });
  return r;
}
