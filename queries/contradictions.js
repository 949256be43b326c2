// name: contradictions
// description: figures and claims that conflict across or within reports, each with why
// param event: part of the event's label
// param measure: what is counted, or a pair of opposite predicates such as accepts/rejects
// param verdict: conflict or revision (both by default)
// param since: only conflicts with a report published on or after this date (YYYY-MM-DD)
var byClaim = {};
figures().forEach(function (f) { byClaim[f.claim] = f; });
var found = {};
g.V().has(T.type, T.Conflict).tag("node").save(kg("verdict"), "verdict").save(kg("why"), "why")
  .save(kg("measure"), "measure").saveOpt(kg("event"), "event")
  .tagArray().forEach(function (r) {
    if (found[r.node]) return;
    found[r.node] = { id: short(r.node), event: eventLabel(r.event), measure: text(r.measure), verdict: text(r.verdict), why: text(r.why), claims: [] };
  });
var claimOf = function (id) {
  var c = byClaim[short(id)];
  if (c) return pick(c, ["value", "unit", "qualifier", "source", "publisher", "published", "article", "path", "text"]);
  // A relation claim.
  var r = g.V(id).saveOpt(kg("subject"), "subject").saveOpt(kg("predicate"), "predicate").saveOpt(kg("object"), "object")
    .saveOpt(kg("source"), "source").saveOpt(kg("sentence"), "text").save(T.fromArticle, "article").tagArray()[0];
  if (!r) return { claim: short(id) };
  var a = article(r.article), n = names();
  return { claim: (n[r.subject] || text(r.subject)) + " " + short(r.predicate).replace("kg:", "") + " " + (n[r.object] || text(r.object)),
    value: null, qualifier: null, source: text(r.source), publisher: a.publisher, published: a.published, article: a.article, path: a.path, text: text(r.text) };
};
g.V().has(T.type, T.Conflict).tag("node").out(kg("involves")).tag("claim").tagArray().forEach(function (r) {
  var c = found[r.node];
  if (c) c.claims.push(claimOf(r.claim));
});
var rows = Object.keys(found).map(function (k) { return found[k]; }).filter(function (c) {
  if (!like(c.event, params.event) || !like(c.measure, params.measure)) return false;
  if (params.verdict && c.verdict !== params.verdict) return false;
  if (params.since && !c.claims.some(function (x) { return x.published && x.published.slice(0, 10) >= params.since; })) return false;
  return true;
});
rows.forEach(function (c) { c.claims.sort(byReport); });
rows.sort(function (a, b) {
  var ea = a.event || "", eb = b.event || "";
  if (ea !== eb) return ea < eb ? -1 : 1;
  if (a.measure !== b.measure) return a.measure < b.measure ? -1 : 1;
  return a.id < b.id ? -1 : 1;
});
rows.forEach(function (c) { g.emit(pick(c, ["event", "measure", "verdict", "claims", "why"])); });
