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
// things by their words) and predicate (see relationEdges in the prelude).
var edges = relationEdges(params.predicate), list = edges.list, label = edges.label;
function matches(v, want) { return labelMatches(label, v, want); }
function step(x) { return label[x.s] + " \u2014" + x.p + "\u2192 " + label[x.o]; }
function reports(x) {
  sortRows(x.rows);
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
  relationPaths(edges, params.from, params.to, Number(params.depth || 3), limit || 1000).forEach(function (p) {
    var reps = [];
    p.forEach(function (x) { reps = reps.concat(reports(x)); });
    emitPath({ path: p.map(step).join(" \u00b7 "), steps: p.length, reports: reps.length, articles: reps });
  });
}
