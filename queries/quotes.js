// name: quotes
// description: who said what, in which report
// param speaker: part of the speaker's name or description
// param text: words the quote contains
// param publisher: part of the outlet's name
// param since: only reports published on or after this date (YYYY-MM-DD)
// Keys: published, article, offset, speaker.
firstRows("quote", function (r) {
  return like(r.k[3], params.speaker) && like(r.json, params.text) && like(r.json, params.publisher) &&
    inRange(day(published(r.k[0])), params.since, null);
}, function (q) { return like(q.text, params.text) && like(q.publisher, params.publisher); }).forEach(function (q) {
  q.path = article(q.article).path;
  g.emit(pick(q, ["speaker", "text", "article", "publisher", "published", "path"]));
});
