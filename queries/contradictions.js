// name: contradictions
// description: figures and claims that conflict across or within reports, each with why
// param event: part of the event's label
// param measure: what is counted, or a pair of opposite predicates such as accepts/rejects
// param verdict (conflict|revision): only findings of this verdict (both by default)
// param since (date): only conflicts with a report published on or after this date
// column event: the event's label, or null for claims of no event
// column eventId: the event's IRI
// column measure: what is counted, or the two opposite predicates (accepts/rejects)
// column scope: the part of the whole the two figures count (null for the whole)
// column verdict: conflict or revision
// column claims: the two claims, earlier first: value, unit, qualifier, says, source, publisher, published, article, path, text
// column why: why the two cannot both be right, in words
var seen = {};
var found = rows("conflict").map(record).filter(function (c) {
  if (seen[c.conflict]) return false;
  seen[c.conflict] = true;
  // Findings between statements (X accepts Y, X rejects Y) are of no event.
  var ev = c.event && events()[c.event];
  c.eventId = ev && ev.type !== "statement" ? c.event : null;
  c.event = c.eventId ? ev.event : null;
  if (!contains(c.event, params.event) || !contains(c.measure, params.measure)) return false;
  if (params.verdict && c.verdict !== params.verdict) return false;
  if (params.since && !c.claims.some(function (x) { return x.published && x.published.slice(0, 10) >= params.since; })) return false;
  return true;
});
found.forEach(function (c) {
  c.claims.sort(byReport);
  c.claims = c.claims.map(function (x) {
    x.path = article(x.article).path;
    return pick(x, ["value", "unit", "qualifier", "says", "source", "publisher", "published", "article", "path", "text"]);
  });
});
found.sort(function (a, b) {
  var ea = a.event || "", eb = b.event || "";
  if (ea !== eb) return ea < eb ? -1 : 1;
  if (a.measure !== b.measure) return a.measure < b.measure ? -1 : 1;
  return a.conflict < b.conflict ? -1 : 1;
});
if (limit) found = found.slice(0, limit);
found.forEach(emit);
