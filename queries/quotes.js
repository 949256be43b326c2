// name: quotes
// description: who said what, in which report
// param speaker: part of the speaker's name or description
// param text: words the quote contains
// param publisher: part of the outlet's name
// param since: only reports published on or after this date (YYYY-MM-DD)
var arts = articles();
var rows = g.V().has(T.type, T.Quote).tag("claim").save(kg("text"), "text").save(T.fromArticle, "article")
  .saveOpt(kg("speaker"), "speaker").saveOpt(kg("offset"), "offset").tagArray().map(function (r) {
    var a = arts[r.article] || article(r.article);
    return { speaker: text(r.speaker), text: text(r.text), publisher: a.publisher, published: a.published, day: a.day,
      article: a.article, path: a.path, offset: num(r.offset) };
  }).filter(function (q) {
    return like(q.speaker, params.speaker) && like(q.text, params.text) && like(q.publisher, params.publisher) && inRange(q.day, params.since, null);
  });
rows.sort(byReport);
rows.forEach(function (q) { g.emit(pick(q, ["speaker", "text", "article", "publisher", "published", "path"])); });
