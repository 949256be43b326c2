// name: relations
// description: how two entities are connected, path by path, with the reports behind each step
// param from: a name of the first entity (without it: every relation)
// param to: a name of the second entity
// param predicate: part of the relation's name (envoyOf, rejects…)
// param depth: the longest path, in steps (default 3)
var n = names();
var arts = articles();
var edges = [];
g.V().has(T.type, T.Relation).tag("claim").save(kg("subject"), "s").save(kg("predicate"), "p").save(kg("object"), "o")
  .save(T.fromArticle, "article").saveOpt(kg("sentence"), "text").tagArray().forEach(function (r) {
    edges.push({ s: String(r.s), p: short(r.p).replace("kg:", ""), o: String(r.o), article: r.article, text: text(r.text) });
  });
function label(v) { return n[v] || (String(v).charAt(0) === "<" ? short(v) : String(v)); }
function matches(v, want) {
  if (!want) return true;
  var w = String(want).toLowerCase(), l = label(v).toLowerCase();
  return l === w || l.indexOf(w) >= 0;
}
// Group the claims by edge: one edge, many reports.
var byEdge = {};
edges.forEach(function (e) {
  if (!like(e.p, params.predicate)) return;
  var k = e.s + "\u0000" + e.p + "\u0000" + e.o;
  var x = byEdge[k] || (byEdge[k] = { s: e.s, p: e.p, o: e.o, reports: {} });
  x.reports[e.article] = e.text;
});
var list = Object.keys(byEdge).sort().map(function (k) { return byEdge[k]; });
function reportsOf(x) {
  var out = Object.keys(x.reports).map(function (a) {
    var ar = arts[a] || article(a);
    return { publisher: ar.publisher, published: ar.published, article: ar.article, path: ar.path, text: x.reports[a] };
  });
  out.sort(byReport);
  return out;
}
function step(x) { return label(x.s) + " \u2014" + x.p + "\u2192 " + label(x.o); }
if (!params.from) {
  list.forEach(function (x) {
    if (!matches(x.o, params.to)) return;
    var r = reportsOf(x);
    g.emit({ path: step(x), steps: 1, reports: r.length, articles: r });
  });
} else {
  // Breadth-first over edges taken in either direction, to the given depth.
  var depth = Number(params.depth || 3);
  var adj = {};
  list.forEach(function (x) { (adj[x.s] = adj[x.s] || []).push(x); (adj[x.o] = adj[x.o] || []).push(x); });
  var starts = Object.keys(adj).filter(function (v) { return matches(v, params.from); });
  var results = [];
  var queue = starts.map(function (v) { return { at: v, path: [], seen: (function () { var s = {}; s[v] = true; return s; })() }; });
  while (queue.length) {
    var cur = queue.shift();
    if (cur.path.length && (params.to ? matches(cur.at, params.to) : true)) results.push(cur.path);
    if (cur.path.length >= depth || (params.to && cur.path.length && matches(cur.at, params.to))) continue;
    (adj[cur.at] || []).forEach(function (x) {
      var next = x.s === cur.at ? x.o : x.s;
      if (cur.seen[next]) return;
      var seen = {}; for (var k in cur.seen) seen[k] = true; seen[next] = true;
      queue.push({ at: next, path: cur.path.concat([x]), seen: seen });
    });
    if (results.length > 1000) break;
  }
  results.forEach(function (p) {
    var reps = [];
    p.forEach(function (x) { reps = reps.concat(reportsOf(x)); });
    g.emit({ path: p.map(step).join(" \u00b7 "), steps: p.length, reports: reps.length, articles: reps });
  });
}
