// name: event-entities
// description: each event with figures, the reports that give them and the entities those reports name, most reports first
// param event: part of the event's label
// param measure: count only figures of this measure (part of its name)
// param reports (number, default 1): the fewest reports an event needs to be listed
// param mentions (number, default 1): the fewest of its reports that must name an entity for it to be listed
// column event: the event's label
// column eventId: the event's IRI
// column date: the event's date
// column reports: how many reports give a figure for it
// column articles: those reports: article, title, publisher, published, url, path
// column entities: the entities they name: entity, name, type, reports
// An event's reports are the articles with a figure for it; its entities are those the reports mention
// (schema:mentions), each with how many of the reports name it. Events with as many
// reports come in the order of their labels.
var minReports = Number(params.reports || 1), minMentions = Number(params.mentions || 1);
var evs = events();
var byEvent = {};
rows("eventFigure").forEach(function (r) {
  var ev = eventOf(key(r, "mention"), key(r, "article"));
  if (!ev || !contains(key(r, "measure"), params.measure)) return;
  var e = byEvent[ev];
  if (!e) {
    var label = eventLabel(ev);
    if (!contains(label, params.event)) { byEvent[ev] = null; return; }
    e = byEvent[ev] = { id: ev, label: label, arts: {}, n: 0 };
  }
  if (e && !e.arts[key(r, "article")]) { e.arts[key(r, "article")] = true; e.n++; }
});
var list = Object.keys(byEvent).map(function (k) { return byEvent[k]; }).filter(function (e) { return e && e.n >= minReports; });
sortBy(list, ["-n", "label", "id"]);
if (limit) list = list.slice(0, limit);

// Who each report mentions, in one walk over the reports of every listed event.
var arts = {};
list.forEach(function (e) { Object.keys(e.arts).forEach(function (a) { arts[a] = true; }); });
var artIRIs = Object.keys(arts).map(function (s) { return nodeOf(s); });
// One path a node (canonicalOut, as outOf): Gizmo reads g.V(a).out(p) by a's index prefix, but
// g.V(a, b, …).out(p) by scanning every quad of p.
var mentions = canonicalOut(artIRIs, T.mentions);
var ents = {};
Object.keys(mentions).forEach(function (a) { mentions[a].forEach(function (e) { ents[e] = true; }); });
var entIRIs = Object.keys(ents).map(function (s) { return nodeOf(s); });
var entName = longestOf(entIRIs, T.name);
var tally = entityTally(mentions, entName);

list.forEach(function (e) {
  var ids = Object.keys(e.arts).sort();
  var reports = ids.map(function (id) {
    return pick(article(id), ["article", "title", "publisher", "published", "url", "path"]);
  });
  var ev = evs[e.id] || {};
  emit({ event: e.label, eventId: e.id, date: ev.date || null, reports: e.n, articles: reports, entities: tally(ids, minMentions) });
});
