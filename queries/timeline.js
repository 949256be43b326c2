// name: timeline
// description: events in date order, each with the figures reported for it
// param event: part of the event's label
// param measure: what is counted
// param since (date): only events on or after this date
// param until (date): only events on or before this date
// column date: the event's date
// column event: the event's label
// column eventId: the event's IRI
// column measure: what is counted
// column value: the number
// column unit: USD, percent… or null
// column qualifier: the hedge, or null when exact
// column source: who the report attributes it to
// column publisher: the outlet
// column published: when the report was published
// column article: the report's IRI
// column path: the file it was loaded from
var evs = events();
var list = rows("eventFigure").filter(function (r) {
  r.event = eventOf(key(r, "mention"), key(r, "article"));
  if (!r.event) return false;
  var e = evs[r.event];
  r.date = e.date || null;
  return contains(key(r, "measure"), params.measure) && contains(e.event, params.event) && inRange(r.date, params.since, params.until);
});
// In order of date (undated last), event, measure, then report (byRaw): one string a
// row holds the first four, joined by NULs (which none of them holds), so that a
// comparison compares one string, not four.
list = list.map(function (r) {
  return { c: (r.date || "9999") + "\u0000" + r.event + "\u0000" + key(r, "measure") + "\u0000" + sortKey(r), r: r };
}).sort(function (a, b) {
  if (a.c !== b.c) return a.c < b.c ? -1 : 1;
  var x = a.r.raw, y = b.r.raw;
  return x < y ? -1 : x > y ? 1 : 0;
}).map(function (x) { return x.r; });
kept(list, null, limit).forEach(function (f, i) {
  f.date = list[i].date;
  emit(figureRow(f));
});
