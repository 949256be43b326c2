// The (event, report) pairs of every event two or more reports are about, one row a
// pair, for the careful reader's sample of issue 9:
//   kg query scripts/findings-events.js --limit 0 --json | harness findings events -seed NAME -n 30
// Each row names the event and the one report to judge: is the report about it?
rows("incident").forEach(function (r) {
  if (key(r, "type") === "statement" || key(r, "type") === "topic") return;
  var e = record(r);
  if (e.articles.length < 2) return;
  e.articles.forEach(function (a) {
    var path = article(a).path;
    emit({ eventId: e.event + "|" + path, event: e.label, type: e.type, reports: e.reports, articles: [path] });
  });
});
