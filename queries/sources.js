// name: sources
// description: which outlets and which cited sources stand behind each claim
// param claim: words of the claim or its sentence ("killed", "resolution")
// param source: part of the cited source's name ("Reuters", "official")
// param publisher: part of the outlet's name
// param kind: figure, quote or relation
var arts = articles();
var n = names();
var rows = [];
[["figure", T.Figure], ["quote", T.Quote], ["relation", T.Relation]].forEach(function (k) {
  if (params.kind && params.kind !== k[0]) return;
  g.V().has(T.type, k[1]).tag("claim").save(T.fromArticle, "article").saveOpt(kg("source"), "source")
    .saveOpt(kg("speaker"), "speaker").saveOpt(kg("text"), "text").saveOpt(kg("measure"), "measure")
    .saveOpt(kg("value"), "value").saveOpt(kg("qualifier"), "q").saveOpt(kg("subject"), "s")
    .saveOpt(kg("predicate"), "p").saveOpt(kg("object"), "o").saveOpt(kg("sentence"), "sentence")
    .saveOpt(kg("offset"), "offset").tagArray().forEach(function (r) {
      var a = arts[r.article] || article(r.article);
      var claim;
      if (k[0] === "figure") claim = (r.q ? r.q + " " : "") + num(r.value) + " " + text(r.measure);
      else if (k[0] === "quote") claim = "\u201c" + text(r.text) + "\u201d";
      else claim = (n[r.s] || text(r.s)) + " " + short(r.p).replace("kg:", "") + " " + (n[r.o] || text(r.o));
      var source = text(r.source || r.speaker);
      var row = { kind: k[0], claim: claim, source: source, publisher: a.publisher, published: a.published,
        article: a.article, path: a.path, text: text(r.sentence), offset: num(r.offset) };
      if (params.claim && !like(row.claim, params.claim) && !like(row.text, params.claim)) return;
      if (!like(row.source, params.source) || !like(row.publisher, params.publisher)) return;
      rows.push(row);
    });
});
rows.sort(byReport);
rows.forEach(function (r) { g.emit(pick(r, ["kind", "claim", "source", "publisher", "published", "article", "path", "text"])); });
