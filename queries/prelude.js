// prelude.js: helpers that kg runs before every query, saved or inline.
// Short IRIs work after g.addDefaultNamespaces(): g.IRI("kg:entity/person/kofi-annan").
g.addDefaultNamespaces();

var KG = "https://factgraph.org/kg/";
function kg(local) { return g.IRI("kg:" + local); }
var T = {
  type: g.IRI("rdf:type"), label: g.IRI("rdfs:label"),
  NewsArticle: g.IRI("schema:NewsArticle"), Figure: kg("Figure"), Quote: kg("Quote"),
  Relation: kg("Relation"), Event: kg("Event"), Conflict: kg("Conflict"), Agreement: kg("Agreement"),
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
function text(v) { return (v === undefined || v === null) ? null : String(v); }
// date writes a stored time ("2016-02-06 03:31:06 +0000 UTC") as "2016-02-06".
function date(v) { return v ? String(v).slice(0, 10) : null; }
// stamp writes a stored time as ISO 8601: "2016-02-06T03:31:06Z".
function stamp(v) {
  if (!v) return null;
  var s = String(v);
  return s.length >= 19 ? s.slice(0, 10) + "T" + s.slice(11, 19) + "Z" : s;
}
function num(v) { return (v === undefined || v === null) ? null : Number(v); }
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

// names maps each entity to its fullest name (the longest any report gives).
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

// articles maps each article IRI to what rows say of it.
var _articles = null;
function articles() {
  if (_articles) return _articles;
  _articles = {};
  var pubs = names();
  g.V().has(T.type, T.NewsArticle).tag("node")
    .saveOpt(T.headline, "title").saveOpt(T.datePublished, "published").saveOpt(T.publisher, "publisher")
    .saveOpt(kg("path"), "path").saveOpt(T.url, "url")
    .tagArray().forEach(function (r) {
      _articles[r.node] = {
        article: short(r.node), title: text(r.title), published: stamp(r.published), day: date(r.published),
        publisher: r.publisher ? (pubs[r.publisher] || short(r.publisher)) : null,
        path: text(r.path), url: text(r.url)
      };
    });
  return _articles;
}
function article(id) { return articles()[id] || { article: short(id), published: null, day: null, publisher: null, path: null, title: null, url: null }; }

// events maps each event IRI to its label and date.
var _events = null;
function events() {
  if (_events) return _events;
  _events = {};
  g.V().has(T.type, T.Event).tag("node").saveOpt(T.label, "label").saveOpt(kg("date"), "date")
    .saveOpt(kg("eventType"), "type").saveOpt(kg("country"), "country").saveOpt(kg("place"), "place")
    .tagArray().forEach(function (r) {
      var prev = _events[r.node];
      // An event that several reports dated differently keeps its earliest date and label.
      if (!prev || (r.date && (!prev.date || String(r.date) < prev.date))) {
        _events[r.node] = { event: text(r.label) || short(r.node), date: text(r.date), type: text(r.type), country: text(r.country), place: text(r.place), id: short(r.node) };
      }
    });
  return _events;
}
function eventLabel(id) { if (!id) return null; var e = events()[id]; return e ? e.event : short(id); }

// figures returns every figure claim with its article, oldest report first.
function figures() {
  var arts = articles();
  var out = g.V().has(T.type, T.Figure).tag("claim")
    .save(kg("measure"), "measure").save(kg("value"), "value").save(T.fromArticle, "article")
    .saveOpt(kg("qualifier"), "qualifier").saveOpt(kg("unit"), "unit").saveOpt(kg("source"), "source")
    .saveOpt(kg("event"), "event").saveOpt(kg("sentence"), "text").saveOpt(kg("place"), "place")
    .saveOpt(kg("offset"), "offset")
    .tagArray().map(function (r) {
      var a = arts[r.article] || article(r.article);
      return {
        claim: short(r.claim), event: eventLabel(r.event), eventId: r.event ? short(r.event) : null,
        measure: text(r.measure), value: num(r.value), unit: text(r.unit), qualifier: text(r.qualifier),
        source: text(r.source), place: text(r.place), publisher: a.publisher, published: a.published,
        day: a.day, article: a.article, path: a.path, title: a.title, text: text(r.text), offset: num(r.offset)
      };
    });
  out.sort(byReport);
  return out;
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
  fields.forEach(function (f) { r[f] = (o[f] === undefined) ? null : o[f]; });
  return r;
}
