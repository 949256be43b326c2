// name: entity
// description: everything known about an entity, each fact with the reports behind it
// param name (text, required): the entity's name or one of its aliases ("Annan", "Associated Press")
// param type (Person|Organization|Place|Group): only entities of this kind
// column entity: the entity's fullest name
// column id: its IRI
// column fact: one thing known about it, in words
// column reports: how many reports say it
// column sources: the reports: publisher, published, article, path, text, offset
if (!params.name) throw new Error("entity: give --param name=NAME");
var want = String(params.name);
var classes = { Person: T.Person, Organization: T.Organization, Place: T.Place, Group: T.Group };
function titled(s) { return s.toLowerCase().replace(/(^|[\s-])([a-z])/g, function (m, a, b) { return a + b.toUpperCase(); }); }
// Entities one of whose names or aliases is the name asked for (as typed, title-cased
// or in capitals); failing that, entities whose names hold it as a word ("Annan" in
// "Kofi Annan"), then as the start of a word ("Annandale"), then anywhere
// ("Giannandrea"): the first of these that finds any.
var found = {};
[want, titled(want), want.toUpperCase()].forEach(function (n) {
  [T.name, T.alias].forEach(function (p) {
    g.V().has(p, n).unique().toArray().forEach(function (id) {
      if (String(id).indexOf("<" + KG + "entity/") === 0) found[id] = true;
    });
  });
});
if (!Object.keys(found).length) {
  var n = names(), w = want.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  var other = "[^a-z0-9\\u00c0-\\u024f]"; // not a letter or digit of a name
  [new RegExp("(^|" + other + ")" + w + "($|" + other + ")"), new RegExp("(^|" + other + ")" + w), new RegExp(w)].some(function (re) {
    Object.keys(n).forEach(function (id) { if (re.test(n[id].toLowerCase())) found[id] = true; });
    return Object.keys(found).length > 0;
  });
}
// An entity named by a surname or an acronym alone that the store takes for another
// is reported as that other, with everything said of either.
var canon = {};
Object.keys(found).forEach(function (id) { canon[nodeOf(canonical(id))] = true; });
var ids = Object.keys(canon).filter(function (id) {
  return !params.type || id.indexOf("/entity/" + String(params.type).toLowerCase() + "/") > 0;
}).sort();

function src(articleId, sentence, offset) {
  var a = article(articleId);
  return { publisher: a.publisher, published: a.published, article: a.article, path: a.path, text: sentence || null, offset: offset || 0 };
}
function emitFact(id, name, fact, sources) {
  sources.sort(byReport);
  emit({ entity: name, id: short(id), fact: fact, reports: sources.length, sources: sources });
}
var relations = rows("relation");
// all returns what a path from each of nodes gives, once each.
function all(nodes, path) {
  var seen = {}, out = [];
  nodes.forEach(function (n) {
    path(g.V(n)).toArray().forEach(function (v) { var k = String(v); if (!seen[k]) { seen[k] = true; out.push(v); } });
  });
  return out;
}
ids.forEach(function (id) {
  var node = nodeOf(id);
  var nodes = [node].concat(merged(id).map(function (m) { return nodeOf(m); }));
  var ns = all([node], function (p) { return p.out(T.name); }).map(String).sort(function (a, b) { return b.length - a.length || (a < b ? -1 : 1); });
  var name = ns[0] || short(id);
  var aliases = all(nodes, function (p) { return p.out(T.name); }).concat(all(nodes, function (p) { return p.out(T.alias); })).map(String)
    .filter(function (a) { return ns.indexOf(a) < 0; }).sort().filter(function (a, i, l) { return i === 0 || a !== l[i - 1]; });
  var kinds = g.V(node).out(T.type).toArray().map(function (t) { return short(t).replace(/^.*[:\/#]/, ""); });
  var mentions = all(nodes, function (p) { return p.in(T.mentions); }).map(function (a) { return src(a); });
  emitFact(id, name, kinds.join(", ") + " named " + ns.concat(aliases).join(" / "), mentions);
  // Relations it takes part in, one fact per edge, with every report of it.
  var facts = {}, me = short(id);
  relations.forEach(function (row) {
    var fact = null, p = key(row, "predicate");
    if (canonical(key(row, "subjectKey")) === me) fact = p + " " + key(row, "object");
    else if (canonical(key(row, "objectKey")) === me) fact = key(row, "subject") + " " + p + " " + name;
    if (!fact) return;
    var r = record(row);
    (facts[fact] = facts[fact] || []).push(src(r.article, r.text, r.offset));
  });
  Object.keys(facts).sort().forEach(function (f) { emitFact(id, name, f, facts[f]); });
  // What it said, and the figures attributed to it.
  all(nodes, function (p) { return p.in(T.attributedTo); }).forEach(function (c) {
    var claim = nodeOf(c);
    var kind = short(g.V(claim).out(T.type).toArray()[0]);
    var art = g.V(claim).out(T.fromArticle).toArray()[0];
    var sentence = g.V(claim).out(kg("sentence")).toArray()[0];
    if (kind === "kg:Quote") {
      emitFact(id, name, "said \u201c" + g.V(claim).out(kg("text")).toArray()[0] + "\u201d", [src(art, sentence)]);
    } else if (kind === "kg:Figure") {
      var q = g.V(claim).out(kg("qualifier")).toArray()[0];
      emitFact(id, name, "reported " + (q ? q + " " : "") + g.V(claim).out(kg("value")).toArray()[0] + " " +
        g.V(claim).out(kg("measure")).toArray()[0], [src(art, sentence)]);
    } else if (kind === "kg:Relation") {
      emitFact(id, name, "is cited for a relation", [src(art, sentence)]);
    }
  });
  // How other reports' names were taken for it.
  merges(id).forEach(function (m) {
    emitFact(id, name, "\u201c" + m.alias + "\u201d taken for it: " + m.method, m.articles.map(function (a) { return src(a); }));
  });
});
