// name: neighbourhood
// description: an entity's neighbourhood, drawn by kg serve's Visualize page: the entities its relations link it to (and theirs, with depth), each node labelled by its name
// view: graph
// param name (text, required): the entity's name, or part of it ("Obama", "Kofi Annan")
// param depth (number, default 1): how many steps out from the entity
// param predicate: part of the relations' name (envoyOf, rejects…)
// column source: the entity one end names, as the graph view's node: {"@id": its name}
// column target: the entity the other end names, {"@id": its name}
// column predicate: the relation
// column reports: how many reports state it
var edges = relationEdges(params.predicate), node = graphNodes(), seen = {}, out = [];
relationPaths(edges, params.name, null, Number(params.depth || 1), 10000).forEach(function (path) {
  path.forEach(function (x) {
    var k = x.s + "\u0000" + x.p + "\u0000" + x.o;
    if (seen[k]) return;
    seen[k] = true;
    out.push(x);
  });
});
// The edges most reports state first, so that a limit keeps them.
out.sort(function (a, b) { return b.rows.length - a.rows.length; });
out.forEach(function (x) {
  emit({ source: node(x.s, edges.label[x.s]), target: node(x.o, edges.label[x.o]), predicate: x.p, reports: x.rows.length });
});
