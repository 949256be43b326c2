// name: event-reports
// description: an event's reports, drawn by kg serve's Visualize page: the event, each report (outlet and time) and the values it gives, so that reports that agree meet at one value
// view: graph
// param event (text, required): part of the event's label ("Brussels", "earthquake · Izmir"); of several, the one most reports tell of
// param measure: only figures of this measure (killed, injured…)
// column source: the event or a report, as the graph view's node: {"@id": its label}
// column target: a report or a value it gives, {"@id": its label}
// column article: the report's IRI
// column publisher: the outlet
// column published: when the report was published
var best = null;
rows("incident").forEach(function (r) {
  if (key(r, "type") === "statement" || !contains(key(r, "label"), params.event)) return;
  var e = record(r);
  if (!best || e.reports > best.reports || (e.reports === best.reports && e.label < best.label)) best = e;
});
if (best) {
  var node = graphNodes(), ev = node(best.event, best.label), byArticle = {}, order = [];
  rows("eventFigure").forEach(function (r) {
    if (eventOf(key(r, "mention"), key(r, "article")) !== best.event || !contains(key(r, "measure"), params.measure)) return;
    var a = key(r, "article");
    if (!byArticle[a]) { byArticle[a] = []; order.push(r); }
    byArticle[a].push(r);
  });
  sortRows(order);
  order.forEach(function (first) {
    var a = key(first, "article"), info = article(a);
    var when = info.published ? String(info.published).slice(0, 16).replace("T", " ") : "undated";
    var rep = node(a, (info.publisher || "unknown outlet") + ", " + when);
    emit({ source: ev, target: rep, article: a, publisher: info.publisher, published: info.published });
    var said = {};
    byArticle[a].forEach(function (r) {
      var f = record(r), v = f.measure + " " + (f.qualifier ? f.qualifier + " " : "") + f.value + (f.unit ? " " + f.unit : "");
      if (said[v]) return;
      said[v] = true;
      emit({ source: rep, target: node("value\u0000" + v, v), article: a, publisher: info.publisher, published: info.published });
    });
  });
}
