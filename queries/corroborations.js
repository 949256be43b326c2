// name: corroborations
// description: figures that two or more reports agree on, with the reports behind them
// param event: part of the event's label
// param measure: what is counted
// param min: the fewest reports that make a corroboration (default 2)
// column event: the event's label
// column eventId: the event's IRI
// column measure: what is counted
// column value: the value the reports agree on
// column unit: USD, percent… or null
// column qualifier: the hedge, or null when exact
// column reports: how many reports give it
// column outlets: the outlets behind them
// column sources: who those reports attribute it to
// column articles: the reports' IRIs
// column paths: the files they were loaded from
// column first: when the first of them was published
// column last: when the last of them was published
// Every figure of an event points to the tally of its measure, value and qualifier.
var min = Number(params.min || 2);
var tallies = {};
rows("eventFigure").forEach(function (r) {
  var tally = key(r, "tally");
  if (!tally || !contains(key(r, "measure"), params.measure)) return;
  var t = tallies[tally] || (tallies[tally] = { rows: [], arts: {} });
  if (!t.arts[key(r, "article")]) { t.arts[key(r, "article")] = true; t.rows.push(r); }
});
var groups = [];
Object.keys(tallies).forEach(function (k) {
  var t = tallies[k];
  if (t.rows.length < min || !contains(eventLabel(key(t.rows[0], "event")), params.event)) return;
  t.rows.sort(byRaw);
  groups.push(t);
});
groups.sort(function (a, b) {
  if (a.rows.length !== b.rows.length) return b.rows.length - a.rows.length;
  return byRaw(a.rows[0], b.rows[0]);
});
if (limit) groups = groups.slice(0, limit);
groups.forEach(function (t) {
  var recs = t.rows.map(record), f = recs[0];
  var outlets = {}, sources = {};
  recs.forEach(function (r) { if (r.publisher) outlets[r.publisher] = true; if (r.source) sources[r.source] = true; });
  emit({ event: eventLabel(f.event), eventId: f.event, measure: f.measure, value: f.value, unit: f.unit || null, qualifier: f.qualifier || null,
    reports: recs.length, outlets: Object.keys(outlets).sort(), sources: Object.keys(sources).sort(),
    articles: recs.map(function (r) { return r.article; }), paths: recs.map(function (r) { return article(r.article).path; }),
    first: recs[0].published || null, last: recs[recs.length - 1].published || null });
});
