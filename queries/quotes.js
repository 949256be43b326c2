// name: quotes
// description: who said what, in which report
// param speaker: part of the speaker's name or description
// param text: words the quote contains
// param publisher: part of the outlet's name
// param since (date): only reports published on or after this date
// column speaker: who said it
// column text: the quoted words
// column article: the report's IRI
// column publisher: the outlet
// column published: when the report was published
// column path: the file it was loaded from
firstRows("quote", function (r) {
  return contains(key(r, "speaker"), params.speaker) && contains(r.json, params.text) && contains(r.json, params.publisher) &&
    inRange(day(published(key(r, "published"))), params.since, null);
}, function (q) { return contains(q.text, params.text) && contains(q.publisher, params.publisher); }, function (q) {
  q.path = article(q.article).path;
  emit(q);
});
