// name: figures
// description: every figure for an event or entity, oldest report first
// param event: part of the event's label ("earthquake", "Taiwan", "2016-02-06")
// param measure: what is counted: killed, injured, missing, magnitude…
// param entity: part of the name of the source the figure is attributed to, or of the sentence
// param publisher: part of the outlet's name
// param since: only reports published on or after this date (YYYY-MM-DD)
// param until: only reports published on or before this date (YYYY-MM-DD)
// param only: "events" keeps the figures of an event (one figure in nine)
// Figures of no event have no event key, and are skipped when an event is asked for.
if (params.only && params.only !== "events") throw new Error("figures: only takes \"events\", not " + params.only);
firstRows(params.event || params.only ? "eventFigure" : FIGURES, function (r) {
  return contains(key(r, "measure"), params.measure) && (!params.event || contains(eventLabel(key(r, "event")), params.event)) &&
    inRange(day(published(key(r, "published"))), params.since, params.until) &&
    contains(r.json, params.publisher) && contains(r.json, params.entity);
}, function (f) {
  return contains(f.publisher, params.publisher) && (!params.entity || contains(f.source, params.entity) || contains(f.text, params.entity));
}).forEach(function (f) {
  g.emit(pick(figureRow(f), ["event", "measure", "value", "unit", "qualifier", "source", "place", "publisher", "published", "article", "path", "title", "url", "text"]));
});
