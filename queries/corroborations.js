// name: corroborations
// description: figures that two or more reports agree on, with the reports behind them
// param event: part of the event's label
// param measure: what is counted
// param min: the fewest reports that make a corroboration (default 2)
var min = Number(params.min || 2);
var arts = articles();
// Every figure points to the tally of its event, measure, value and qualifier.
var tallies = {};
g.V().has(T.type, T.Figure).tag("claim").save(kg("tally"), "tally").save(T.fromArticle, "article")
  .save(kg("measure"), "measure").save(kg("value"), "value").saveOpt(kg("qualifier"), "qualifier")
  .saveOpt(kg("unit"), "unit").saveOpt(kg("event"), "event").saveOpt(kg("source"), "source")
  .tagArray().forEach(function (r) {
    var t = tallies[r.tally];
    if (!t) t = tallies[r.tally] = { event: eventLabel(r.event), measure: text(r.measure), value: num(r.value),
      unit: text(r.unit), qualifier: text(r.qualifier), arts: {}, sources: {} };
    t.arts[r.article] = true;
    if (r.source) t.sources[String(r.source)] = true;
  });
var rows = [];
Object.keys(tallies).forEach(function (k) {
  var t = tallies[k];
  var ids = Object.keys(t.arts);
  if (ids.length < min || !like(t.event, params.event) || !like(t.measure, params.measure)) return;
  var reps = ids.map(function (id) { return arts[id] || article(id); });
  reps.sort(byReport);
  var outlets = {};
  reps.forEach(function (a) { if (a.publisher) outlets[a.publisher] = true; });
  rows.push({ event: t.event, measure: t.measure, value: t.value, unit: t.unit, qualifier: t.qualifier, reports: reps.length,
    outlets: Object.keys(outlets).sort(), sources: Object.keys(t.sources).sort(),
    articles: reps.map(function (a) { return a.article; }), paths: reps.map(function (a) { return a.path; }),
    first: reps[0].published, last: reps[reps.length - 1].published });
});
rows.sort(function (a, b) {
  if (a.reports !== b.reports) return b.reports - a.reports;
  var ea = a.event || "", eb = b.event || "";
  if (ea !== eb) return ea < eb ? -1 : 1;
  if (a.measure !== b.measure) return a.measure < b.measure ? -1 : 1;
  return a.value - b.value;
});
rows.forEach(function (r) { g.emit(r); });
