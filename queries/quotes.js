// name: quotes
// description: who said what, in which report
// param speaker: part of the speaker's name or description
// param text: words the quote contains
// param publisher: part of the outlet's name
// param since: only reports published on or after this date (YYYY-MM-DD)
firstRows("quote", function (r) {
  return contains(key(r, "speaker"), params.speaker) && contains(r.json, params.text) && contains(r.json, params.publisher) &&
    inRange(day(published(key(r, "published"))), params.since, null);
}, function (q) { return contains(q.text, params.text) && contains(q.publisher, params.publisher); }).forEach(function (q) {
  q.path = article(q.article).path;
  g.emit(pick(q, ["speaker", "text", "article", "publisher", "published", "path"]));
});
