// name: figures
// description: every figure for an event or entity, oldest report first
// param event: part of the event's label ("earthquake", "Taiwan", "2016-02-06")
// param measure: what is counted: killed, injured, missing, magnitude…
// param entity: part of the name of the source the figure is attributed to, or of the sentence
// param publisher: part of the outlet's name
// param since (date): only reports published on or after this date
// param until (date): only reports published on or before this date
// param only (events|all, default all): events keeps the figures of an event (one figure in nine)
// column event: the event's label, or null for a figure of no event
// column eventId: the event's IRI
// column measure: what is counted
// column value: the number
// column unit: USD, percent, km… or null for a count
// column qualifier: at least, more than, about, nearly, up to, fewer than; null when exact
// column source: who the report attributes the figure to; null for its own voice
// column place: where, as the report names it
// column publisher: the outlet
// column published: when the report was published (RFC 3339)
// column superseded: true for a value the report gives as replaced or reported before ("initial reports said 35"), else null
// column asOf: when the report says such an earlier value was given ("late Sunday"), an ISO 8601 interval, else null
// column article: the report's IRI
// column path: the file it was loaded from
// column title: the report's headline
// column url: the report's address
// column text: the sentence
// Figures of no event or tracked subject have no mention, and are skipped when an event is asked for.
var onlyEvents = params.only === "events";
firstRows(params.event || onlyEvents ? "eventFigure" : FIGURES, function (r) {
  return contains(key(r, "measure"), params.measure) && (!params.event || contains(eventLabel(key(r, "mention"), key(r, "article")), params.event)) &&
    inRange(day(published(key(r, "published"))), params.since, params.until) &&
    (!params.publisher || contains(r.json, params.publisher)) && (!params.entity || contains(r.json, params.entity));
}, function (f) {
  return contains(f.publisher, params.publisher) && (!params.entity || contains(f.source, params.entity) || contains(f.text, params.entity));
}, function (f) {
  emit(figureRow(f));
});
