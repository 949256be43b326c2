// name: paths
// description: how two entities are connected, drawn by kg serve's Visualize page: every edge of the shortest paths between them, each node labelled by its name
// view: graph
// param from (text, required): a name of the first entity ("Annan")
// param to (text, required): a name of the second entity ("Assad")
// param depth (number, default 3): the longest path, in steps
// column source: the entity one end names, as the graph view's node: {"@id": its name}
// column target: the entity the other end names, {"@id": its name}
// column predicate: the relation
// column reports: how many reports state it
var edges = relationEdges(null), node = graphNodes(), seen = {};
relationPaths(edges, params.from, params.to, Number(params.depth || 3), 1000).forEach(function (path) {
  path.forEach(function (x) {
    var k = x.s + "\u0000" + x.p + "\u0000" + x.o;
    if (seen[k]) return;
    seen[k] = true;
    emit({ source: node(x.s, edges.label[x.s]), target: node(x.o, edges.label[x.o]), predicate: x.p, reports: x.rows.length });
  });
});
