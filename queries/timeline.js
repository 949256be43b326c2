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
  r.event = eventOf(key(r, "mention"));
  if (!r.event) return false;
  var e = evs[r.event];
  r.date = e.date || null;
  return contains(key(r, "measure"), params.measure) && contains(e.event, params.event) && inRange(r.date, params.since, params.until);
});
list.sort(function (a, b) {
  var da = a.date || "9999", db = b.date || "9999";
  if (da !== db) return da < db ? -1 : 1;
  var ea = a.event, eb = b.event, ma = key(a, "measure"), mb = key(b, "measure");
  if (ea !== eb) return ea < eb ? -1 : 1;
  if (ma !== mb) return ma < mb ? -1 : 1;
  return byRaw(a, b);
});
kept(list, null, limit).forEach(function (f, i) {
  f.date = list[i].date;
  emit(figureRow(f));
});
