package graph

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// EventWindow is how many days apart two reports may date one event.
const EventWindow = 1

// linker decides, as each article is written, which stored entities and events its own
// are, and how its figures and claims stand against the claims of other articles.
//
// It reads the store through small indexes written with every article (a person's
// surname, an event's type and country) one key at a time, and remembers what it read
// and what it staged since, so that linking one more article costs the same whether
// the store holds ten articles or ten thousand.
type linker struct {
	s *Store

	surnames map[string][]quad.IRI // "annan" → stored people whose full name has that surname
	acronyms map[string][]quad.IRI // "AP" → stored organizations named or aliased so
	// The same for the articles staged but not yet written.
	stagedSurnames, stagedAcronyms map[string][]quad.IRI
	events                         map[string][]eventRef      // type|place → events
	figures                        map[quad.IRI][]figureRef   // event → its figure claims
	figDone                        map[quad.IRI]bool          // events whose claims were read from the store
	claims                         map[quad.IRI][]relationRef // relation claims of the staged articles, by subject
	articles                       map[quad.IRI]articleRef    // stored articles' dates and publishers

	// The resolution of the article being linked.
	cur curLinks
}

type eventRef struct {
	iri      quad.IRI
	typ      string
	places   []string  // every place its reports gave
	from, to time.Time // the days its date spans
	dated    bool
	days     bool // the span comes from full dates (2016-02-06), not a month or a year
}

// addDate widens the event's span with a date a report gives it. A full date widens a
// span of full dates; a month or a year ("a bombing in Ankara last month") only dates
// an event that has nothing more precise, so that it does not swallow the month.
func (r *eventRef) addDate(date string) {
	from, to, ok := dateRange(date)
	if !ok {
		return
	}
	days := len(date) == len("2006-01-02")
	switch {
	case !r.dated || (days && !r.days):
		r.from, r.to, r.dated, r.days = from, to, true, days
	case days == r.days:
		if from.Before(r.from) {
			r.from = from
		}
		if to.After(r.to) {
			r.to = to
		}
	}
}

type figureRef struct {
	claim   quad.IRI
	article quad.IRI
	report  kg.Report
	rec     schema.ClaimRecord
}

type relationRef struct {
	claim     quad.IRI
	article   quad.IRI
	predicate string
	object    string // the object's IRI, or its words
	publisher string
	published time.Time
	rec       schema.ClaimRecord
}

type articleRef struct {
	published time.Time
	publisher string
	rec       schema.ArticleRecord
}

func newLinker(s *Store) *linker {
	l := &linker{s: s}
	l.reset()
	return l
}

// reset forgets everything; it is read again from the store when needed.
func (l *linker) reset() {
	l.surnames = map[string][]quad.IRI{}
	l.acronyms = map[string][]quad.IRI{}
	l.stagedSurnames = map[string][]quad.IRI{}
	l.stagedAcronyms = map[string][]quad.IRI{}
	l.events = map[string][]eventRef{}
	l.figures = map[quad.IRI][]figureRef{}
	l.figDone = map[quad.IRI]bool{}
	l.claims = map[quad.IRI][]relationRef{}
	l.articles = map[quad.IRI]articleRef{}
}

// committed tells the linker that the pending articles were written.
func (l *linker) committed() {
	l.claims = map[quad.IRI][]relationRef{} // stored now: found through their edges
	// Stored now: the next lookup of a key reads them from the store.
	for k := range l.stagedSurnames {
		delete(l.surnames, k)
	}
	for k := range l.stagedAcronyms {
		delete(l.acronyms, k)
	}
	l.stagedSurnames = map[string][]quad.IRI{}
	l.stagedAcronyms = map[string][]quad.IRI{}
	if l.s.shared() {
		// Other processes may write to a shared SQL store: read it afresh.
		l.reset()
	}
}

// people returns the people whose surname is key, from the store and the staged articles.
func (l *linker) people(key string) ([]quad.IRI, error) {
	stored, err := l.storedPeople(key)
	if err != nil {
		return nil, err
	}
	out := stored
	for _, iri := range l.stagedSurnames[key] {
		out = addIRI(out, iri)
	}
	return out, nil
}

func (l *linker) storedPeople(key string) ([]quad.IRI, error) {
	if c, ok := l.surnames[key]; ok {
		return c, nil
	}
	subs, err := l.s.subjects(schema.HasSurname, quad.String(key))
	if err != nil {
		return nil, err
	}
	var out []quad.IRI
	for _, v := range subs {
		if iri, ok := v.(quad.IRI); ok {
			out = addIRI(out, iri)
		}
	}
	l.surnames[key] = out
	return out, nil
}

// organizations returns the organizations named or aliased name (an acronym).
func (l *linker) organizations(name string) ([]quad.IRI, error) {
	stored, err := l.storedOrganizations(name)
	if err != nil {
		return nil, err
	}
	out := stored
	for _, iri := range l.stagedAcronyms[name] {
		out = addIRI(out, iri)
	}
	return out, nil
}

func (l *linker) storedOrganizations(name string) ([]quad.IRI, error) {
	if c, ok := l.acronyms[name]; ok {
		return c, nil
	}
	var out []quad.IRI
	for _, p := range []quad.IRI{schema.Alias, schema.Name} {
		subs, err := l.s.subjects(p, quad.String(name))
		if err != nil {
			return nil, err
		}
		for _, v := range subs {
			if iri, ok := v.(quad.IRI); ok && strings.Contains(string(iri), "/"+schema.KindEntity+"/organization/") {
				out = addIRI(out, iri)
			}
		}
	}
	l.acronyms[name] = out
	return out, nil
}

// eventsOf returns the events of one type and place, from the store and the staged articles.
func (l *linker) eventsOf(key string) ([]eventRef, error) {
	if c, ok := l.events[key]; ok {
		return c, nil
	}
	subs, err := l.s.subjects(schema.HasEventKey, quad.String(key))
	if err != nil {
		return nil, err
	}
	var out []eventRef
	seen := map[quad.IRI]bool{}
	for _, v := range subs {
		iri, ok := v.(quad.IRI)
		if !ok || seen[iri] {
			continue
		}
		seen[iri] = true
		ref := eventRef{iri: iri, typ: l.firstString(iri, schema.EventType)}
		places, err := l.s.objects(iri, schema.At)
		if err != nil {
			return nil, err
		}
		for _, p := range places {
			ref.addPlace(stringOf(p))
		}
		// The event spans every date its reports gave it.
		dates, err := l.s.objects(iri, schema.On)
		if err != nil {
			return nil, err
		}
		for _, d := range dates {
			ref.addDate(stringOf(d))
		}
		out = append(out, ref)
	}
	l.events[key] = out
	return out, nil
}

func (l *linker) firstString(s quad.Value, p quad.IRI) string {
	vs, err := l.s.objects(s, p)
	if err != nil {
		return ""
	}
	best := ""
	for _, v := range vs {
		if str, ok := v.(quad.String); ok && (best == "" || string(str) < best) {
			best = string(str)
		}
	}
	return best
}

func addIRI(list []quad.IRI, v quad.IRI) []quad.IRI {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// curLinks is the resolution of one article's entities and events.
type curLinks struct {
	entities map[string]quad.IRI // entity name → node
	merges   []merge
}

type merge struct {
	alias  string
	into   quad.IRI
	method string
}

func (c *curLinks) Entity(e kg.Entity) quad.IRI {
	if iri, ok := c.entities[e.Name]; ok {
		return iri
	}
	return schema.OwnLinks{}.Entity(e)
}

// eventLinks maps events by value, as schema.Quads asks for them.
type eventLinks struct {
	*curLinks
	byEvent map[kg.Event]quad.IRI
}

func (e eventLinks) Event(ev kg.Event) quad.IRI {
	if iri, ok := e.byEvent[ev]; ok {
		return iri
	}
	return schema.OwnLinks{}.Event(ev)
}

// links resolves the article's entities and events against the store.
func (l *linker) links(x *kg.Extraction) (schema.Links, error) {
	cur := &curLinks{entities: map[string]quad.IRI{}}
	for _, e := range x.Entities {
		own := schema.OwnLinks{}.Entity(e)
		iri := own
		key := schema.NameKey(e.Name)
		switch {
		case e.Type == kg.Person && key != "" && !strings.Contains(key, " "):
			// A surname alone: the one person of that surname another report named in full.
			c, err := l.people(key)
			if err != nil {
				return nil, err
			}
			if len(c) == 1 && c[0] != own {
				iri = c[0]
				cur.merges = append(cur.merges, merge{alias: e.Name, into: iri, method: "surname of a person named in full in another report"})
			}
		case e.Type == kg.Organization && isAcronym(e.Name):
			c, err := l.organizations(e.Name)
			if err != nil {
				return nil, err
			}
			if len(c) == 1 && c[0] != own {
				iri = c[0]
				cur.merges = append(cur.merges, merge{alias: e.Name, into: iri, method: "acronym another report gives for this organization"})
			}
		}
		cur.entities[e.Name] = iri
		// What later articles of this batch must find (the store will have it once the
		// batch is written).
		if e.Type == kg.Person {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if sn := schema.Surname(n); sn != "" {
					l.stagedSurnames[sn] = addIRI(l.stagedSurnames[sn], iri)
				}
			}
		}
		if e.Type == kg.Organization {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if isAcronym(n) {
					l.stagedAcronyms[n] = addIRI(l.stagedAcronyms[n], iri)
				}
			}
		}
	}
	byEvent := make(map[kg.Event]quad.IRI, len(x.Events))
	for _, ev := range x.Events {
		iri, err := l.event(ev, x.Article.Published)
		if err != nil {
			return nil, err
		}
		byEvent[ev] = iri
	}
	l.cur = *cur
	return eventLinks{curLinks: cur, byEvent: byEvent}, nil
}

// event finds the stored event ev is, or registers it as a new one. Dates may be
// partial ("1999", "2016-03"): an event matches a stored one of the same type and
// country whose dates lie within EventWindow days of each other, the closest first. An
// undated event is taken to be of the day the article was published.
func (l *linker) event(ev kg.Event, published time.Time) (quad.IRI, error) {
	from, to, ok := dateRange(ev.Date)
	dated := ok // what the store will know of this report's date
	if !ok && !published.IsZero() {
		day := published.UTC().Truncate(24 * time.Hour)
		from, to, ok = day, day, true
	}
	k := schema.EventKey(ev)
	refs, err := l.eventsOf(k)
	if err != nil {
		return "", err
	}
	var best *eventRef
	bestGap := 0.0
	var candidates []*eventRef
	for i := range refs {
		ref := &refs[i]
		if !ref.couldBeAt(ev) {
			continue // a bombing in Ankara is not a bombing in Istanbul
		}
		candidates = append(candidates, ref)
		if !ok || !ref.dated {
			continue // no date to compare
		}
		gap := rangeGap(from, to, ref.from, ref.to)
		window := float64(EventWindow)
		if (ev.Date != "" && len(ev.Date) != len("2006-01-02")) || !ref.days {
			window = 0 // a month touches the next one: only overlapping spans match
		}
		if gap > window {
			continue
		}
		if best == nil || gap < bestGap {
			best, bestGap = ref, gap
		}
	}
	if best == nil && !ok && len(candidates) == 1 {
		// A report that dates nothing, about the one such event kg knows of.
		return candidates[0].iri, nil
	}
	if best != nil {
		// Reports date one event a day apart (time zones, "Saturday" read on Sunday):
		// the event spans every date its reports give, so the next report may match any.
		// Only a date the report gives counts (the store keeps no other: after a
		// restart the linker must know what it knew before).
		if dated {
			best.addDate(ev.Date)
		}
		best.addPlace(ev.Place)
		return best.iri, nil
	}
	iri := schema.OwnLinks{}.Event(ev)
	ref := eventRef{iri: iri, typ: ev.Type}
	if dated {
		ref.addDate(ev.Date)
	}
	ref.addPlace(ev.Place)
	l.events[k] = append(refs, ref)
	return iri, nil
}

func (r *eventRef) addPlace(p string) {
	if p == "" {
		return
	}
	for _, x := range r.places {
		if strings.EqualFold(x, p) {
			return
		}
	}
	r.places = append(r.places, p)
}

// couldBeAt reports whether ev's place fits the event: a natural disaster is wherever
// its country is; anything else happens in one city, so a report that names a city
// must name one the event's reports gave (or one of them names only the country).
func (r *eventRef) couldBeAt(ev kg.Event) bool {
	if kg.Regional(ev.Type) || ev.Place == "" || ev.Place == ev.Country {
		return true
	}
	cities := 0
	for _, p := range r.places {
		if p == ev.Country {
			continue
		}
		cities++
		if strings.EqualFold(p, ev.Place) {
			return true
		}
	}
	return cities == 0
}

// dateRange reads an ISO date, or a partial one ("1999", "1999-09"), as the days it spans.
func dateRange(s string) (from, to time.Time, ok bool) {
	sp, ok := kg.ParseDateSpan(s)
	return sp.From, sp.To, ok
}

// rangeGap is how many days lie between two ranges of days (0 when they overlap).
func rangeGap(af, at, bf, bt time.Time) float64 {
	return kg.DateSpan{From: af, To: at}.Gap(kg.DateSpan{From: bf, To: bt})
}

// link returns the quads that tie the article to other reports: the merges of its
// entity names into entities other reports named, the tallies that group equal
// figures, and the findings (conflicts, revisions) between its figures and claims and
// those of the articles already stored or staged.
func (l *linker) link(x *kg.Extraction, links schema.Links) ([]quad.Quad, error) {
	a := &x.Article
	art := schema.ArticleIRI(a.ID)
	var out []quad.Quad
	add := func(s, p, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: art})
	}

	for _, m := range l.cur.merges {
		id := schema.HashIRI(schema.KindMerge, a.ID, m.alias, string(m.into))
		add(id, schema.Type, schema.Merge)
		add(id, schema.Alias, quad.String(m.alias))
		add(id, schema.Into, m.into)
		add(id, schema.Method, quad.String(m.method))
		add(id, schema.FromArticle, art)
	}

	artRec := schema.ArticleRecord{Article: schema.Short(string(art)), Title: a.Title, Publisher: a.Publisher, Path: a.Path, URL: a.URL}
	if !a.Published.IsZero() {
		artRec.Published = a.Published.UTC().Format(time.RFC3339)
	}
	sentence := func(i int) (string, int) {
		if i >= 0 && i < len(x.Sentences) {
			return x.Sentences[i].Text, x.Sentences[i].Start
		}
		return "", 0
	}

	// Figures: judge each against the other reports of its event.
	for i, f := range x.Figures {
		if f.Event < 0 || f.Event >= len(x.Events) {
			continue
		}
		ev := links.Event(x.Events[f.Event])
		claim := schema.ClaimIRI(a.ID, "figure", i, f.Text)
		rep := kg.Report{Article: a.ID, Published: a.Published, Publisher: a.Publisher, Source: f.Source,
			Measure: f.Measure, Value: f.Value, Qualifier: f.Qualifier, Unit: f.Unit}
		text, offset := sentence(f.Sentence)
		me := figureRef{claim: claim, article: art, report: rep, rec: claimRecord(claim, rep, text, offset, artRec)}
		others, err := l.figuresOf(ev)
		if err != nil {
			return nil, err
		}
		for _, o := range others {
			if o.report.Measure != f.Measure {
				continue
			}
			verdict, why := kg.Judge(o.report, rep)
			if verdict != kg.Conflict && verdict != kg.Revision {
				continue
			}
			label := laterOf(o.article, o.report.Published, art, a.Published)
			out = append(out, finding(label, verdict, why, ev, f.Measure, o.rec, me.rec)...)
		}
		l.figures[ev] = append(l.figures[ev], me)
	}

	// Relations that contradict in polarity: X accepts Y / X rejects Y.
	for i, r := range x.Relations {
		opp, ok := kg.Opposites[r.Predicate]
		if !ok {
			continue
		}
		subj, ok := l.cur.entities[r.Subject]
		if !ok {
			continue
		}
		obj := schema.NameKey(r.Object)
		if iri, ok := l.cur.entities[r.Object]; ok {
			obj = string(iri)
		}
		claim := schema.ClaimIRI(a.ID, "relation", i, r.Subject+"\x00"+r.Predicate+"\x00"+r.Object)
		text, offset := sentence(r.Sentence)
		rec := schema.ClaimRecord{Claim: schema.Short(string(claim)), Source: r.Source, Text: text, Offset: offset,
			Says: r.Subject + " " + humanPredicate(r.Predicate) + " " + r.Object, ArticleRecord: artRec}
		others, err := l.opposed(subj, opp, obj)
		if err != nil {
			return nil, err
		}
		for _, o := range others {
			why := fmt.Sprintf("%s says %s %s %s; %s says %s %s it.", outletName(o.publisher), r.Subject,
				humanPredicate(o.predicate), r.Object, outletName(a.Publisher), r.Subject, humanPredicate(r.Predicate))
			label := laterOf(o.article, o.published, art, a.Published)
			out = append(out, finding(label, kg.Conflict, why, nil, r.Predicate+"/"+o.predicate, o.rec, rec)...)
		}
		l.claims[subj] = append(l.claims[subj], relationRef{claim: claim, article: art, predicate: r.Predicate, object: obj,
			publisher: a.Publisher, published: a.Published, rec: rec})
	}
	return out, nil
}

func outletName(p string) string {
	if p == "" {
		return "One report"
	}
	return p
}

// opposed returns the relation claims that say subj opp obj: those of the articles
// staged in this batch, and those of stored articles, found through the direct edges
// subj —opp→ obj (one index lookup; the claims are read only when there is an edge).
func (l *linker) opposed(subj quad.IRI, opp, obj string) ([]relationRef, error) {
	var out []relationRef
	for _, r := range l.claims[subj] {
		if r.predicate == opp && r.object == obj {
			out = append(out, r)
		}
	}
	edges, err := l.s.quadsWith(subj, schema.PredicateIRI(opp))
	if err != nil {
		return nil, err
	}
	seen := map[quad.IRI]bool{}
	for _, e := range edges {
		art, ok := e.Label.(quad.IRI)
		if !ok || seen[art] || objectKey(e.Object) != obj {
			continue
		}
		seen[art] = true
		claims, err := l.s.subjects(schema.FromArticle, art)
		if err != nil {
			return nil, err
		}
		for _, c := range claims {
			iri, ok := c.(quad.IRI)
			if !ok {
				continue
			}
			ref, err := l.readRelation(subj, iri)
			if err != nil {
				return nil, err
			}
			if ref != nil && ref.predicate == opp && ref.object == obj {
				out = append(out, *ref)
			}
		}
	}
	return out, nil
}

// objectKey is how a relation's object is compared: an entity by its IRI, words by
// their name key.
func objectKey(v quad.Value) string {
	if o, ok := v.(quad.IRI); ok {
		return string(o)
	}
	return schema.NameKey(stringOf(v))
}

// readRelation reads a stored relation claim about subj, or nil when iri is not one.
func (l *linker) readRelation(subj, iri quad.IRI) (*relationRef, error) {
	qs, err := l.s.quadsAbout(iri)
	if err != nil {
		return nil, err
	}
	ref := relationRef{claim: iri, rec: schema.ClaimRecord{Claim: schema.Short(string(iri))}}
	objectWords := ""
	isRelation, aboutSubj := false, false
	for _, q := range qs {
		switch q.Predicate {
		case schema.Type:
			isRelation = isRelation || q.Object == schema.Relation
		case schema.Subject:
			aboutSubj = q.Object == subj
		case schema.Predicate:
			if p, ok := q.Object.(quad.IRI); ok {
				ref.predicate = strings.TrimPrefix(string(p), schema.NS)
			}
		case schema.Object:
			ref.object = objectKey(q.Object)
			if o, ok := q.Object.(quad.IRI); ok {
				objectWords = l.firstString(o, schema.Name)
			} else {
				objectWords = stringOf(q.Object)
			}
		case schema.FromArticle:
			ref.article, _ = q.Object.(quad.IRI)
		case schema.Source:
			ref.rec.Source = stringOf(q.Object)
		case schema.Sentence:
			ref.rec.Text = stringOf(q.Object)
		case schema.Offset:
			if n, ok := q.Object.(quad.Int); ok {
				ref.rec.Offset = int(n)
			}
		}
	}
	if !isRelation || !aboutSubj || ref.article == "" {
		return nil, nil
	}
	art, err := l.article(ref.article)
	if err != nil {
		return nil, err
	}
	ref.publisher = art.publisher
	ref.published = art.published
	ref.rec.ArticleRecord = art.rec
	ref.rec.Says = l.firstString(subj, schema.Name) + " " + humanPredicate(ref.predicate) + " " + objectWords
	return &ref, nil
}

func humanPredicate(p string) string {
	if d, ok := kg.Actions[p]; ok {
		if i := strings.Index(d, " or "); i > 0 {
			return d[:i]
		}
		return d
	}
	return p
}

// laterOf is the article a finding between two of their claims is labelled with: the
// later report (by publication, then by IRI), whichever was loaded first, so that a
// store's quads do not depend on the order its articles were loaded in. The finding
// goes with either article (see unlink).
func laterOf(a quad.IRI, at time.Time, b quad.IRI, bt time.Time) quad.IRI {
	switch {
	case at.After(bt):
		return a
	case bt.After(at):
		return b
	case a > b:
		return a
	}
	return b
}

// finding writes a conflict or revision between two claims, and its row. Its node is
// named by the pair, whichever was written first.
func finding(label quad.Value, v kg.Verdict, why string, event quad.Value, measure string, a, b schema.ClaimRecord) []quad.Quad {
	pair := []string{a.Claim, b.Claim}
	sort.Strings(pair)
	id := schema.HashIRI(schema.KindConflict, pair[0], pair[1])
	mk := func(s, p, o quad.Value) quad.Quad {
		return quad.Quad{Subject: s, Predicate: p, Object: o, Label: label}
	}
	first, second := a, b
	if second.Published < first.Published || (second.Published == first.Published && second.Claim < first.Claim) {
		first, second = second, first
	}
	row := schema.ConflictRecord{Conflict: schema.Short(string(id)), Measure: measure, Verdict: string(v), Why: why,
		Claims: []schema.ClaimRecord{first, second}}
	out := []quad.Quad{
		mk(id, schema.Type, schema.Conflict),
		mk(id, schema.Verdict, quad.String(string(v))),
		mk(id, schema.Why, quad.String(why)),
		mk(id, schema.Measure, quad.String(measure)),
		mk(id, schema.Involves, quad.IRI(schema.Full(a.Claim))),
		mk(id, schema.Involves, quad.IRI(schema.Full(b.Claim))),
	}
	if event != nil {
		out = append(out, mk(id, schema.OfEvent, event))
		row.Event = schema.Short(string(event.(quad.IRI)))
	}
	lit := schema.ConflictRows.Encode(schema.ConflictKeys{Conflict: row.Conflict, Published: second.Published}, row)
	anchor := schema.ConflictAnchor(string(lit))
	out = append(out, schema.AnchorQuads(schema.ConflictRow, anchor)...)
	out = append(out, mk(anchor, schema.ConflictRow, lit), mk(id, schema.ConflictRow, lit))
	return out
}

// figuresOf returns the figure claims the store (and the staged articles) hold for an
// event.
func (l *linker) figuresOf(ev quad.IRI) ([]figureRef, error) {
	if l.figDone[ev] {
		return l.figures[ev], nil
	}
	l.figDone[ev] = true
	claims, err := l.s.subjects(schema.OfEvent, ev)
	if err != nil {
		return nil, err
	}
	staged := map[quad.IRI]bool{}
	for _, f := range l.figures[ev] {
		staged[f.claim] = true
	}
	for _, c := range claims {
		iri, ok := c.(quad.IRI)
		if !ok || staged[iri] || schema.KindOf(iri) != schema.KindClaim {
			continue
		}
		staged[iri] = true
		ref, err := l.readFigure(iri)
		if err != nil {
			return nil, err
		}
		if ref != nil {
			l.figures[ev] = append(l.figures[ev], *ref)
		}
	}
	return l.figures[ev], nil
}

// readFigure reads a stored figure claim.
func (l *linker) readFigure(claim quad.IRI) (*figureRef, error) {
	f := figureRef{claim: claim}
	err := l.s.eachMatch(match{quad.Subject: claim}, func(q quad.Quad) bool {
		switch q.Predicate {
		case schema.FromArticle:
			f.article, _ = q.Object.(quad.IRI)
		case schema.Measure:
			f.report.Measure = stringOf(q.Object)
		case schema.Value:
			if v, ok := q.Object.(quad.Float); ok {
				f.report.Value = float64(v)
			}
		case schema.Qualifier:
			f.report.Qualifier = kg.Qualifier(stringOf(q.Object))
		case schema.Unit:
			f.report.Unit = stringOf(q.Object)
		case schema.Source:
			f.report.Source = stringOf(q.Object)
		case schema.Sentence:
			f.rec.Text = stringOf(q.Object)
		case schema.Offset:
			if n, ok := q.Object.(quad.Int); ok {
				f.rec.Offset = int(n)
			}
		}
		return true
	})
	if err != nil || f.article == "" {
		return nil, err
	}
	art, err := l.article(f.article)
	if err != nil {
		return nil, err
	}
	f.report.Article = schema.ArticleIDOf(f.article)
	f.report.Published = art.published
	f.report.Publisher = art.publisher
	f.rec = claimRecord(claim, f.report, f.rec.Text, f.rec.Offset, art.rec)
	return &f, nil
}

func (l *linker) article(iri quad.IRI) (articleRef, error) {
	if a, ok := l.articles[iri]; ok {
		return a, nil
	}
	// The article's row says all the linker needs, in one index lookup; reading the
	// article's quads would read its mentions and its rows too.
	rows, err := l.s.objects(iri, schema.ArticleRow)
	if err != nil {
		return articleRef{}, err
	}
	for _, r := range rows {
		var a articleRef
		var err error
		if _, a.rec, err = schema.ArticleRows.Decode(stringOf(r)); err != nil {
			continue
		}
		if a.rec.Published != "" {
			if t, err := time.Parse(time.RFC3339, a.rec.Published); err == nil {
				a.published = t
			}
		}
		a.publisher = a.rec.Publisher
		l.articles[iri] = a
		return a, nil
	}
	var a articleRef
	var pub quad.Value
	a.rec.Article = schema.Short(string(iri))
	err = l.s.eachMatch(match{quad.Subject: iri}, func(q quad.Quad) bool {
		switch q.Predicate {
		case schema.DatePublished:
			if t, ok := q.Object.(quad.Time); ok {
				a.published = time.Time(t)
				a.rec.Published = a.published.UTC().Format(time.RFC3339)
			}
		case schema.Publisher:
			pub = q.Object
		case schema.Headline:
			a.rec.Title = stringOf(q.Object)
		case schema.Path:
			a.rec.Path = stringOf(q.Object)
		case schema.URL:
			a.rec.URL = stringOf(q.Object)
		}
		return true
	})
	if err != nil {
		return a, err
	}
	if pub != nil {
		a.publisher = l.firstString(pub, schema.Name)
		a.rec.Publisher = a.publisher
	}
	l.articles[iri] = a
	return a, nil
}

// claimRecord is the row of one side of a finding about a figure.
func claimRecord(claim quad.IRI, r kg.Report, sentence string, offset int, art schema.ArticleRecord) schema.ClaimRecord {
	v := r.Value
	return schema.ClaimRecord{Claim: schema.Short(string(claim)), Value: &v, Unit: r.Unit, Qualifier: string(r.Qualifier),
		Source: r.Source, Text: sentence, Offset: offset, ArticleRecord: art}
}

func stringOf(v quad.Value) string {
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	if v == nil {
		return ""
	}
	return v.String()
}

// unlink returns the stored findings that involve the claims of a removed article, to
// be removed with it.
func (l *linker) unlink(article quad.IRI, quads []quad.Quad) ([]quad.Quad, error) {
	var out []quad.Quad
	seen := map[quad.Value]bool{}
	for _, q := range quads {
		if q.Predicate != schema.FromArticle || q.Object != article {
			continue
		}
		finds, err := l.s.subjects(schema.Involves, q.Subject)
		if err != nil {
			return nil, err
		}
		for _, f := range finds {
			if seen[f] {
				continue
			}
			seen[f] = true
			fq, err := l.s.quadsAbout(f)
			if err != nil {
				return nil, err
			}
			for _, x := range fq {
				if x.Label == article {
					continue // its own quads go with its label
				}
				out = append(out, x)
				if x.Predicate == schema.ConflictRow {
					// Its row in the index, written beside this copy.
					out = append(out, quad.Quad{Subject: schema.ConflictAnchor(stringOf(x.Object)), Predicate: x.Predicate, Object: x.Object, Label: x.Label})
				}
			}
		}
	}
	return out, nil // the store resets the linker once the removal is written
}
