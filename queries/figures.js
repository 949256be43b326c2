// name: figures
// description: every figure for an event or entity, oldest report first
// param event: part of the event's label ("earthquake", "Taiwan", "2016-02-06")
// param measure: what is counted: killed, injured, missing, magnitude…
// param entity: part of the name of the source the figure is attributed to, or of the sentence
// param publisher: part of the outlet's name
// param since: only reports published on or after this date (YYYY-MM-DD)
// param until: only reports published on or before this date (YYYY-MM-DD)
figures().forEach(function (f) {
  if (!like(f.event, params.event) || !like(f.measure, params.measure) || !like(f.publisher, params.publisher)) return;
  if (params.entity && !like(f.source, params.entity) && !like(f.text, params.entity)) return;
  if (!inRange(f.day, params.since, params.until)) return;
  g.emit(pick(f, ["event", "measure", "value", "unit", "qualifier", "source", "place", "publisher", "published", "article", "path", "title", "text"]));
});
