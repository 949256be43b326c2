// name: relations
// description: how two entities are connected, path by path, with the reports behind each step
// param from: a name of the first entity (without it: every relation)
// param to: a name of the second entity
// param predicate: part of the relation's name (envoyOf, rejects…)
// param depth (number, default 3): the longest path, in steps
// column path: the steps from one entity to the other
// column steps: how many steps
// column reports: how many reports stand behind the steps
// column articles: those reports: publisher, published, article, path, text
// One edge, many reports: claims are grouped by their ends (entities by IRI, other
// things by their words) and predicate.
var byEdge = {};
rows("relation").forEach(function (r) {
  // Entities by the entity the store takes them for: "Assad" alone is Bashar al-Assad.
  var p = key(r, "predicate"), s = canonical(key(r, "subjectKey")), o = canonical(key(r, "objectKey"));
  if (!contains(p, params.predicate)) return;
  var edge = s + "\u0000" + p + "\u0000" + o;
  var x = byEdge[edge] || (byEdge[edge] = { s: s, p: p, o: o, sName: key(r, "subject"), oName: key(r, "object"), rows: [] });
  x.rows.push(r);
});
var list = Object.keys(byEdge).sort().map(function (k) { return byEdge[k]; });
var label = {};
// An entity's label is the longest name its rows give it.
function longer(a, b) { return !a || (b && (b.length > a.length || b.length === a.length && b < a)) ? b : a; }
list.forEach(function (x) { label[x.s] = longer(label[x.s], x.sName); label[x.o] = longer(label[x.o], x.oName); });
function matches(v, want) {
  if (!want) return true;
  var w = String(want).toLowerCase(), l = String(label[v] || v).toLowerCase();
  return l === w || l.indexOf(w) >= 0;
}
function step(x) { return label[x.s] + " \u2014" + x.p + "\u2192 " + label[x.o]; }
function reports(x) {
  x.rows.sort(byRaw);
  return x.rows.map(function (r) {
    var c = record(r);
    return { publisher: c.publisher || null, published: c.published || null, article: c.article, path: article(c.article).path, text: c.text };
  });
}
var emitted = 0;
function emitPath(o) { if (!limit || emitted < limit) { emit(o); emitted++; } }
if (!params.from) {
  list.forEach(function (x) {
    if (!matches(x.o, params.to) || (limit && emitted >= limit)) return;
    var reps = reports(x);
    emitPath({ path: step(x), steps: 1, reports: reps.length, articles: reps });
  });
} else {
  // Breadth-first over edges taken in either direction, to the given depth: the
  // shortest paths first, each node reached once.
  var depth = Number(params.depth || 3);
  var adj = {};
  list.forEach(function (x) { (adj[x.s] = adj[x.s] || []).push(x); (adj[x.o] = adj[x.o] || []).push(x); });
  var starts = Object.keys(adj).filter(function (v) { return matches(v, params.from); }).sort();
  var seen = {}, frontier = [], results = [], cap = limit || 1000;
  starts.forEach(function (v) { seen[v] = true; frontier.push({ at: v, path: [] }); });
  for (var d = 0; d < depth && frontier.length && results.length < cap; d++) {
    var next = [];
    frontier.forEach(function (cur) {
      (adj[cur.at] || []).forEach(function (x) {
        var to = x.s === cur.at ? x.o : x.s;
        if (seen[to]) return;
        seen[to] = true;
        var p = { at: to, path: cur.path.concat([x]) };
        if (!params.to || matches(to, params.to)) results.push(p.path);
        else next.push(p);
      });
    });
    frontier = next;
  }
  results.slice(0, cap).forEach(function (p) {
    var reps = [];
    p.forEach(function (x) { reps = reps.concat(reports(x)); });
    emitPath({ path: p.map(step).join(" \u00b7 "), steps: p.length, reports: reps.length, articles: reps });
  });
}
