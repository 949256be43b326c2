// name: corroborations
// description: values that two or more independent reports give for an event's measure, with the reports and outlets behind them
// param event: part of the event's label
// param measure: what is counted
// param min (number, default 2): the fewest independent reports that make a corroboration
// param outlets (number, default 1): the fewest outlets that must give the value (2: only values two outlets give, not two stories of one outlet)
// column event: the event's label
// column eventId: the event's IRI
// column measure: what is counted (the family, when reports named it in different words)
// column measures: the words the reports named it in, when they differ (null otherwise)
// column scope: the part of the whole it counts (null for the whole)
// column value: the value the reports agree on
// column unit: USD, percent… or null
// column qualifier: the hedge, or null when exact
// column reports: how many independent reports give it (copies of one story count once)
// column outlets: the outlets behind them
// column sources: who those reports attribute it to
// column articles: the reports' IRIs
// column paths: the files they were loaded from
// column first: when the first of them was published
// column last: when the last of them was published
// The store keeps, for each event, the values independent reports agree on (its
// tallies); copies of one story (a wire report carried twice) count once.
var min = Number(params.min || 2), minOutlets = Number(params.outlets || 1);
var evs = events(), list = [];
Object.keys(evs).sort().forEach(function (id) {
  var e = evs[id];
  if (!contains(e.event, params.event)) return;
  (e.rec.tallies || []).forEach(function (t) {
    if (t.reports >= min && (t.outlets || []).length >= minOutlets && contains(t.measure, params.measure)) list.push({ e: e, t: t });
  });
});
list.sort(function (a, b) {
  if (a.t.reports !== b.t.reports) return b.t.reports - a.t.reports;
  var fa = a.t.first || "~", fb = b.t.first || "~";
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.t.tally < b.t.tally ? -1 : 1;
});
if (limit) list = list.slice(0, limit);
list.forEach(function (x) {
  var t = x.t;
  emit({ event: x.e.event, eventId: x.e.id, measure: t.measure, measures: t.measures || null, scope: t.scope, value: t.value, unit: t.unit, qualifier: t.qualifier,
    reports: t.reports, outlets: t.outlets, sources: t.sources || [], articles: t.articles,
    paths: t.articles.map(function (a) { return article(a).path; }), first: t.first, last: t.last });
});
