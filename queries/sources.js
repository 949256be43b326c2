// name: sources
// description: which outlets and which cited sources stand behind each claim
// param claim: words of the claim or its sentence ("killed", "resolution")
// param source: part of the cited source's name ("Reuters", "official")
// param publisher: part of the outlet's name
// param kind (figure|quote|relation): only claims of this kind
// column kind: figure, quote or relation
// column claim: the claim in words
// column source: who the report attributes it to
// column publisher: the outlet
// column published: when the report was published
// column article: the report's IRI
// column path: the file it was loaded from
// column text: the sentence
var kinds = { figure: FIGURES, quote: ["quote"], relation: ["relation"] };
if (params.kind && !kinds[params.kind]) throw new Error("sources: kind is figure, quote or relation, not " + params.kind);
var want = params.kind ? kinds[params.kind] : FIGURES.concat(["quote", "relation"]);
// Each day's rows of those kinds, in the order of their reports, filtered on their text
// first (a row's text becomes a JavaScript string only when asked for), then on what
// sourceRows (the prelude) makes of them: the claim in words, its source, its outlet.
var filtered = params.claim || params.source || params.publisher, n = 0;
eachDay(want, filtered && function (r) {
  return contains(r.json, params.claim) && contains(r.json, params.source) && contains(r.json, params.publisher);
}, function (batch) {
  var list = sourceRows(batch, params);
  for (var i = 0; i < list.length; i++) {
    emit(list[i]);
    if (limit && ++n >= limit) return true;
  }
});
