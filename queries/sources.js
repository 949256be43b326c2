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
firstRows(want, function (r) {
  if (r.kind === "eventFigure") r.kind = "figure";
  // (r.json only when asked: a row's text becomes a JavaScript string when first read.)
  return (!params.claim || contains(r.json, params.claim)) && (!params.source || contains(r.json, params.source)) &&
    (!params.publisher || contains(r.json, params.publisher));
}, function (c, r) {
  var claim;
  if (r.kind === "figure") claim = (c.qualifier ? c.qualifier + " " : "") + c.value + (c.unit ? " " + c.unit : "") + " " + c.measure;
  else if (r.kind === "quote") { claim = "\u201c" + c.text + "\u201d"; c.source = c.speaker; }
  else claim = c.subject + " " + c.predicate + " " + c.object;
  c.kind = r.kind; c.claim = claim;
  if (params.claim && !contains(claim, params.claim) && !contains(c.text, params.claim)) return false;
  return contains(c.source, params.source) && contains(c.publisher, params.publisher);
}, function (c) {
  c.path = article(c.article).path;
  emit(c);
});
