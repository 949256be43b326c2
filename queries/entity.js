// name: entity
// description: everything known about an entity, each fact with the reports behind it
// param name: the entity's name or one of its aliases ("Annan", "Associated Press"); required
// param type: Person, Organization, Place or Group
if (!params.name) throw new Error("entity: give --param name=NAME");
var want = String(params.name).toLowerCase();
var n = names();
var classes = { Person: T.Person, Organization: T.Organization, Place: T.Place, Group: T.Group };
// Entities one of whose names is the one asked for; else whose names contain it.
var exact = {}, partial = {};
ENTITY_CLASSES.forEach(function (c) {
  [T.name, T.alias].forEach(function (p) {
    g.V().has(T.type, c).tag("node").out(p).tag("n").tagArray().forEach(function (r) {
      var s = String(r.n).toLowerCase();
      if (s === want) exact[r.node] = true; else if (s.indexOf(want) >= 0) partial[r.node] = true;
    });
  });
});
var ids = Object.keys(Object.keys(exact).length ? exact : partial);
if (params.type) ids = ids.filter(function (id) { return String(id).indexOf("/entity/" + String(params.type).toLowerCase() + "/") > 0; });
ids.sort();
var arts = articles();
function src(articleId, sentence) {
  var a = arts[articleId] || article(articleId);
  return { publisher: a.publisher, published: a.published, article: a.article, path: a.path, text: text(sentence) };
}
function emit(id, fact, sources) {
  sources.sort(byReport);
  g.emit({ entity: n[id] || short(id), id: short(id), fact: fact, reports: sources.length, sources: sources });
}
ids.forEach(function (id) {
  var node = iri(id);
  // Its names, with the reports that use each.
  var byName = {};
  g.V(node).out(T.name).tag("n").tagArray().forEach(function (r) { byName[String(r.id)] = true; });
  g.V(node).out(T.alias).tagArray().forEach(function (r) { byName[String(r.id)] = true; });
  var mentions = g.V(node).in(T.mentions).tagArray().map(function (r) { return src(r.id, null); });
  emit(id, "named " + Object.keys(byName).sort().join(" / "), mentions);
  // Relations it takes part in.
  [["subject", "object"], ["object", "subject"]].forEach(function (dir) {
    var rels = {};
    g.V(node).in(kg(dir[0])).has(T.type, T.Relation).tag("claim").save(kg("predicate"), "p").save(kg(dir[1]), "other")
      .save(T.fromArticle, "article").saveOpt(kg("sentence"), "s").tagArray().forEach(function (r) {
        var other = n[r.other] || text(r.other);
        var pred = short(r.p).replace("kg:", "");
        var fact = dir[0] === "subject" ? pred + " " + other : other + " " + pred + " " + (n[id] || short(id));
        (rels[fact] = rels[fact] || []).push(src(r.article, r.s));
      });
    Object.keys(rels).sort().forEach(function (f) { emit(id, f, rels[f]); });
  });
  // What it said, and the figures attributed to it.
  g.V(node).in(T.attributedTo).tag("claim").save(T.type, "kind").save(T.fromArticle, "article")
    .saveOpt(kg("text"), "t").saveOpt(kg("measure"), "measure").saveOpt(kg("value"), "value")
    .saveOpt(kg("qualifier"), "q").saveOpt(kg("sentence"), "s").tagArray().forEach(function (r) {
      var kind = short(r.kind);
      if (kind === "kg:Quote") emit(id, "said \u201c" + text(r.t) + "\u201d", [src(r.article, r.s)]);
      else if (kind === "kg:Figure") emit(id, "reported " + (r.q ? r.q + " " : "") + num(r.value) + " " + text(r.measure), [src(r.article, r.s)]);
      else if (kind === "kg:Relation") emit(id, "is cited for: " + text(r.t), [src(r.article, r.s)]);
    });
  // How other reports' names were taken for it.
  g.V(node).in(kg("into")).has(T.type, T.Merge).save(T.alias, "alias").save(kg("method"), "method")
    .save(T.fromArticle, "article").tagArray().forEach(function (r) {
      emit(id, "\u201c" + text(r.alias) + "\u201d taken for it: " + text(r.method), [src(r.article, null)]);
    });
});
