// name: events
// description: every event and tracked subject the reports tell of, with its place, date, independent reports, outlets and measures, most reports first
// param event: part of the event's label ("Brussels", "earthquake", "Powerball")
// param type: the kind of event (earthquake, bombing, shooting…, or topic for a tracked subject)
// param since (date): only events on or after this date
// param until (date): only events on or before this date
// param min (number, default 1): the fewest independent reports an event needs to be listed
// column event: the event's label
// column eventId: the event's IRI
// column type: what happened (earthquake, bombing…), or topic for a tracked subject
// column place: the city or region most of its reports give
// column country: its country
// column date: the day most of its reports give
// column reports: how many independent reports tell of it (copies of one story count once)
// column articles: how many articles tell of it
// column outlets: the outlets that report it
// column measures: what its reports count, each with how many independent reports give it and the latest value
// column findings: how many conflicts and revisions between its reports
var min = Number(params.min || 1);
var list = [];
rows("incident").forEach(function (r) {
  var type = key(r, "type"), date = key(r, "date");
  if (type === "statement") return; // statements that contradict: see contradictions
  if (params.type && type !== params.type) return;
  if (!contains(key(r, "label"), params.event) || !inRange(date || null, params.since, params.until)) return;
  var e = record(r);
  if (e.reports < min) return;
  list.push(e);
});
list.sort(function (a, b) {
  if (a.reports !== b.reports) return b.reports - a.reports;
  var da = a.date || "~", db = b.date || "~";
  if (da !== db) return da < db ? -1 : 1;
  return a.event < b.event ? -1 : 1;
});
if (limit) list = list.slice(0, limit);
list.forEach(function (e) {
  var measures = (e.series || []).map(function (s) {
    return s.measure + (s.scope ? " (" + s.scope + ")" : "") + ": " + s.reports + " report" + (s.reports === 1 ? "" : "s") +
      ", latest " + s.latest + (s.unit ? " " + s.unit : "");
  });
  emit({ event: e.label, eventId: e.event, type: e.type, place: e.place, country: e.country, date: e.date, reports: e.reports,
    articles: e.articles.length, outlets: e.outlets, measures: measures, findings: (e.findings || []).length });
});
