// name: timeline
// description: events in date order, each with the figures reported for it
// param event: part of the event's label
// param measure: what is counted
// param since: only events on or after this date (YYYY-MM-DD)
// param until: only events on or before this date (YYYY-MM-DD)
// Keys: published, article, offset, event, tally, measure.
var evs = events();
var list = rows("eventFigure").filter(function (r) {
  if (!r.k[3]) return false;
  var e = evs[r.k[3]] || {};
  r.date = e.date || null;
  return like(r.k[5], params.measure) && like(e.event, params.event) && inRange(r.date, params.since, params.until);
});
list.sort(function (a, b) {
  var da = a.date || "9999", db = b.date || "9999";
  if (da !== db) return da < db ? -1 : 1;
  if (a.k[3] !== b.k[3]) return a.k[3] < b.k[3] ? -1 : 1;
  if (a.k[5] !== b.k[5]) return a.k[5] < b.k[5] ? -1 : 1;
  return byRaw(a, b);
});
kept(list, null, limit).forEach(function (f, i) {
  f.date = list[i].date;
  g.emit(pick(figureRow(f), ["date", "event", "measure", "value", "unit", "qualifier", "source", "publisher", "published", "article", "path"]));
});
