// name: timeline
// description: events in date order, each with the figures reported for it
// param event: part of the event's label
// param measure: what is counted
// param since: only events on or after this date (YYYY-MM-DD)
// param until: only events on or before this date (YYYY-MM-DD)
var evs = events();
var rows = [];
figures().forEach(function (f) {
  if (!f.eventId) return;
  var e = evs["<" + KG + f.eventId.slice(3) + ">"] || {};
  var day = e.date || null;
  if (!like(f.event, params.event) || !like(f.measure, params.measure) || !inRange(day, params.since, params.until)) return;
  rows.push({ date: day, event: f.event, measure: f.measure, value: f.value, unit: f.unit, qualifier: f.qualifier,
    source: f.source, publisher: f.publisher, published: f.published, article: f.article, path: f.path });
});
rows.sort(function (a, b) {
  var da = a.date || "9999", db = b.date || "9999";
  if (da !== db) return da < db ? -1 : 1;
  if (a.event !== b.event) return a.event < b.event ? -1 : 1;
  if (a.measure !== b.measure) return a.measure < b.measure ? -1 : 1;
  return byReport(a, b);
});
rows.forEach(function (r) { g.emit(r); });
