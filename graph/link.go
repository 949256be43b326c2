package graph

import (
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
// It keeps what it needs in memory, loaded from the store the first time it is asked
// and kept current as articles are staged, so that linking one more article costs the
// same whether the store holds ten articles or ten thousand.
type linker struct {
	s *Store

	loaded   bool
	surnames map[string][]quad.IRI    // "annan" → people whose full name ends so
	acronyms map[string][]quad.IRI    // "ap" → organizations with that alias
	events   map[string][]eventRef    // type|country → events
	figures  map[quad.IRI][]figureRef // event → its figure claims
	figDone  map[quad.IRI]bool        // events whose claims were read from the store
	claims   map[string][]relationRef // subject|object → relation claims
	articles map[quad.IRI]articleRef  // cache of stored articles' dates and publishers

	// The resolution of the article being linked.
	cur curLinks
}

type eventRef struct {
	iri      quad.IRI
	typ      string
	place    string
	from, to time.Time // the days its date spans
	dated    bool
}

type figureRef struct {
	claim   quad.IRI
	article quad.IRI
	report  kg.Report
}

type relationRef struct {
	claim     quad.IRI
	article   quad.IRI
	predicate string
	published time.Time
	publisher string
	source    string
}

type articleRef struct {
	published time.Time
	publisher string
}

func newLinker(s *Store) *linker { return &linker{s: s} }

// reset forgets everything, to be read again from the store.
func (l *linker) reset() { l.loaded = false }

// committed tells the linker that the pending articles were written.
func (l *linker) committed() {
	if l.s.opt.Backend == Postgres || l.s.opt.Backend == Cockroach {
		// Other processes may write to a shared SQL store: read it afresh.
		l.reset()
	}
}

func (l *linker) load() error {
	if l.loaded {
		return nil
	}
	l.surnames = map[string][]quad.IRI{}
	l.acronyms = map[string][]quad.IRI{}
	l.events = map[string][]eventRef{}
	l.figures = map[quad.IRI][]figureRef{}
	l.figDone = map[quad.IRI]bool{}
	l.claims = map[string][]relationRef{}
	l.articles = map[quad.IRI]articleRef{}
	// People and organizations, for surnames and acronyms.
	for _, class := range []quad.IRI{schema.Person, schema.Organization} {
		ents, err := l.s.subjects(schema.Type, class)
		if err != nil {
			return err
		}
		seen := map[quad.Value]bool{}
		for _, e := range ents {
			iri, ok := e.(quad.IRI)
			if !ok || seen[e] {
				continue
			}
			seen[e] = true
			names, err := l.s.objects(iri, schema.Name)
			if err != nil {
				return err
			}
			aliases, err := l.s.objects(iri, schema.Alias)
			if err != nil {
				return err
			}
			var ss []string
			for _, v := range append(names, aliases...) {
				if s, ok := v.(quad.String); ok {
					ss = append(ss, string(s))
				}
			}
			l.remember(iri, class, ss)
		}
	}
	// Events.
	evs, err := l.s.subjects(schema.Type, schema.Event)
	if err != nil {
		return err
	}
	seen := map[quad.Value]bool{}
	for _, e := range evs {
		iri, ok := e.(quad.IRI)
		if !ok || seen[e] {
			continue
		}
		seen[e] = true
		ref := eventRef{iri: iri}
		ref.typ = l.firstString(iri, schema.EventType)
		country := l.firstString(iri, schema.Country)
		ref.place = l.firstString(iri, schema.At)
		ref.from, ref.to, ref.dated = dateRange(l.firstString(iri, schema.On))
		k := eventKey(ref.typ, country, ref.place)
		l.events[k] = append(l.events[k], ref)
	}
	l.loaded = true
	return nil
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

// remember indexes an entity under its surnames (people) or acronyms (organizations).
func (l *linker) remember(iri quad.IRI, class quad.IRI, names []string) {
	for _, n := range names {
		key := schema.NameKey(n)
		switch class {
		case schema.Person:
			if s := surname(n); s != "" {
				addOnce(l.surnames, s, iri)
			}
		case schema.Organization:
			if isAcronym(n) {
				addOnce(l.acronyms, key, iri)
			}
		}
	}
}

// surname is the family name of a full name, as a name key: the last word ("Kofi
// Annan" → "annan"), or the first where the given name is hyphenated in the East Asian
// order ("Lai Ching-te" → "lai", "Ma Ying-jeou" → "ma"). A single word has none.
func surname(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	if len(words) == 2 && strings.Contains(words[1], "-") && !strings.Contains(words[0], "-") {
		return schema.NameKey(words[0])
	}
	return schema.NameKey(words[len(words)-1])
}

func addOnce(m map[string][]quad.IRI, k string, v quad.IRI) {
	for _, x := range m[k] {
		if x == v {
			return
		}
	}
	m[k] = append(m[k], v)
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

func eventKey(typ, country, place string) string {
	where := country
	if where == "" {
		where = place
	}
	return strings.ToLower(typ) + "|" + strings.ToLower(where)
}

// curLinks is the resolution of one article's entities and events.
type curLinks struct {
	entities map[string]quad.IRI // entity name → node
	events   []quad.IRI          // by index of Extraction.Events
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
	if err := l.load(); err != nil {
		return nil, err
	}
	cur := &curLinks{entities: map[string]quad.IRI{}}
	for _, e := range x.Entities {
		own := schema.OwnLinks{}.Entity(e)
		iri := own
		key := schema.NameKey(e.Name)
		switch {
		case e.Type == kg.Person && !strings.Contains(key, " "):
			// A surname alone: the one stored person it can be.
			if c := l.surnames[key]; len(c) == 1 && c[0] != own {
				iri = c[0]
				cur.merges = append(cur.merges, merge{alias: e.Name, into: iri, method: "surname of a person named in full in another report"})
			}
		case e.Type == kg.Organization && isAcronym(e.Name):
			if c := l.acronyms[key]; len(c) == 1 && c[0] != own {
				iri = c[0]
				cur.merges = append(cur.merges, merge{alias: e.Name, into: iri, method: "acronym another report gives for this organization"})
			}
		}
		cur.entities[e.Name] = iri
		class := schema.EntityClass(e.Type)
		l.remember(iri, class, append([]string{e.Name}, e.Aliases...))
	}
	byEvent := make(map[kg.Event]quad.IRI, len(x.Events))
	published := x.Article.Published
	for _, ev := range x.Events {
		iri := l.event(ev, published)
		cur.events = append(cur.events, iri)
		byEvent[ev] = iri
	}
	l.cur = *cur
	return eventLinks{curLinks: cur, byEvent: byEvent}, nil
}

// event finds the stored event ev is, or registers it as a new one. Dates may be
// partial ("1999", "2016-03"): an event matches a stored one of the same type and
// country whose dates lie within EventWindow days of each other, the closest first. An
// undated event is taken to be of the day the article was published.
func (l *linker) event(ev kg.Event, published time.Time) quad.IRI {
	from, to, ok := dateRange(ev.Date)
	if !ok && !published.IsZero() {
		day := published.UTC().Truncate(24 * time.Hour)
		from, to, ok = day, day, true
	}
	k := eventKey(ev.Type, ev.Country, ev.Place)
	var best *eventRef
	bestGap := 0.0
	var candidates []*eventRef
	for i := range l.events[k] {
		ref := &l.events[k][i]
		if ev.Country != "" && ev.Place != "" && ref.place != "" && ev.Place != ev.Country && ref.place != ev.Country &&
			!strings.EqualFold(ref.place, ev.Place) && !naturalDisaster(ev.Type) {
			continue // a bombing in Ankara is not a bombing in Istanbul
		}
		candidates = append(candidates, ref)
		if !ok || !ref.dated {
			continue // no date to compare
		}
		gap := rangeGap(from, to, ref.from, ref.to)
		if gap > EventWindow {
			continue
		}
		if best == nil || gap < bestGap {
			best, bestGap = ref, gap
		}
	}
	if best == nil && !ok && len(candidates) == 1 {
		// A report that dates nothing, about the one such event kg knows of.
		return candidates[0].iri
	}
	if best != nil {
		// Reports date one event a day apart (time zones, "Saturday" read on Sunday):
		// the event spans every date its reports give, so the next report may match any.
		if from.Before(best.from) {
			best.from = from
		}
		if to.After(best.to) {
			best.to = to
		}
		return best.iri
	}
	iri := schema.OwnLinks{}.Event(ev)
	l.events[k] = append(l.events[k], eventRef{iri: iri, typ: ev.Type, place: ev.Place, from: from, to: to, dated: ok})
	return iri
}

// dateRange reads an ISO date, or a partial one ("1999", "1999-09"), as the days it spans.
func dateRange(s string) (from, to time.Time, ok bool) {
	for _, layout := range []struct {
		layout string
		years  int
		months int
		days   int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if len(s) != len(layout.layout) {
			continue
		}
		t, err := time.Parse(layout.layout, s)
		if err != nil {
			continue
		}
		return t, t.AddDate(layout.years, layout.months, layout.days).Add(-24 * time.Hour), true
	}
	return time.Time{}, time.Time{}, false
}

// rangeGap is how many days lie between two ranges of days (0 when they overlap).
func rangeGap(af, at, bf, bt time.Time) float64 {
	switch {
	case at.Before(bf):
		return bf.Sub(at).Hours() / 24
	case bt.Before(af):
		return af.Sub(bt).Hours() / 24
	}
	return 0
}

func naturalDisaster(typ string) bool {
	switch typ {
	case "earthquake", "flood", "storm", "hurricane", "typhoon", "cyclone", "tsunami", "wildfire", "landslide", "eruption", "tornado", "avalanche", "heatwave", "drought", "blizzard":
		return true
	}
	return false
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

	// Figures: tally equal values, judge against the other reports of the event.
	for i, f := range x.Figures {
		if f.Event < 0 || f.Event >= len(x.Events) {
			continue
		}
		ev := links.Event(x.Events[f.Event])
		claim := schema.ClaimIRI(a.ID, "figure", i, f.Text)
		rep := kg.Report{Article: a.ID, Published: a.Published, Publisher: a.Publisher, Source: f.Source,
			Measure: f.Measure, Value: f.Value, Qualifier: f.Qualifier, Unit: f.Unit}
		tally := schema.TallyIRI(string(ev), f.Measure, f.Unit, f.Value, string(f.Qualifier))
		add(claim, schema.Tally, tally)
		add(tally, schema.Type, schema.Agreement)
		add(tally, schema.OfEvent, ev)
		add(tally, schema.Measure, quad.String(f.Measure))
		add(tally, schema.Value, quad.Float(f.Value))
		if f.Qualifier != kg.Exact {
			add(tally, schema.Qualifier, quad.String(string(f.Qualifier)))
		}
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
			out = append(out, finding(art, verdict, why, ev, f.Measure, o.claim, claim)...)
		}
		l.figures[ev] = append(l.figures[ev], figureRef{claim: claim, article: art, report: rep})
	}

	// Relations that contradict in polarity: X accepts Y / X rejects Y.
	for i, r := range x.Relations {
		opp, ok := schema.Opposites[r.Predicate]
		if !ok {
			continue
		}
		subj := schema.NameKey(r.Subject)
		obj := schema.NameKey(r.Object)
		k := subj + "|" + obj
		claim := schema.ClaimIRI(a.ID, "relation", i, r.Subject+"\x00"+r.Predicate+"\x00"+r.Object)
		for _, o := range l.claims[k] {
			if o.predicate != opp {
				continue
			}
			why := "One report says " + r.Subject + " " + humanPredicate(o.predicate) + " " + r.Object +
				" (" + o.publisher + "); another says " + r.Subject + " " + humanPredicate(r.Predicate) + " it (" + a.Publisher + ")."
			out = append(out, finding(art, kg.Conflict, why, nil, r.Predicate+"/"+o.predicate, o.claim, claim)...)
		}
		l.claims[k] = append(l.claims[k], relationRef{claim: claim, article: art, predicate: r.Predicate,
			published: a.Published, publisher: a.Publisher, source: r.Source})
	}
	return out, nil
}

func humanPredicate(p string) string {
	if d, ok := schema.Actions[p]; ok {
		if i := strings.Index(d, " or "); i > 0 {
			return d[:i]
		}
		return d
	}
	return p
}

// finding writes a conflict or revision between two claims. Its node is named by the
// pair, whichever was written first.
func finding(label quad.Value, v kg.Verdict, why string, event quad.Value, measure string, a, b quad.IRI) []quad.Quad {
	pair := []string{string(a), string(b)}
	sort.Strings(pair)
	id := schema.HashIRI(schema.KindConflict, pair[0], pair[1])
	mk := func(s, p, o quad.Value) quad.Quad {
		return quad.Quad{Subject: s, Predicate: p, Object: o, Label: label}
	}
	out := []quad.Quad{
		mk(id, schema.Type, schema.Conflict),
		mk(id, schema.Verdict, quad.String(string(v))),
		mk(id, schema.Why, quad.String(why)),
		mk(id, schema.Measure, quad.String(measure)),
		mk(id, schema.Involves, a),
		mk(id, schema.Involves, b),
	}
	if event != nil {
		out = append(out, mk(id, schema.OfEvent, event))
	}
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
	ref, err := l.s.qs.ValueOf(claim)
	if err != nil || ref == nil {
		return nil, err
	}
	f := figureRef{claim: claim}
	err = l.s.eachQuad(quad.Subject, ref, func(q quad.Quad) bool {
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
	f.report.Article = strings.TrimPrefix(string(f.article), schema.NS+schema.KindArticle+"/")
	f.report.Published = art.published
	f.report.Publisher = art.publisher
	return &f, nil
}

func (l *linker) article(iri quad.IRI) (articleRef, error) {
	if a, ok := l.articles[iri]; ok {
		return a, nil
	}
	var a articleRef
	ref, err := l.s.qs.ValueOf(iri)
	if err != nil || ref == nil {
		return a, err
	}
	var pub quad.Value
	err = l.s.eachQuad(quad.Subject, ref, func(q quad.Quad) bool {
		switch q.Predicate {
		case schema.DatePublished:
			if t, ok := q.Object.(quad.Time); ok {
				a.published = time.Time(t)
			}
		case schema.Publisher:
			pub = q.Object
		}
		return true
	})
	if err != nil {
		return a, err
	}
	if pub != nil {
		a.publisher = l.firstString(pub, schema.Name)
	}
	l.articles[iri] = a
	return a, nil
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
// be removed with it, and forgets what the linker remembered of it.
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
				if x.Label != article { // its own quads go with its label
					out = append(out, x)
				}
			}
		}
	}
	l.forget(article)
	return out, nil
}

// forget drops what the linker remembers of a removed article's claims. Its entity
// names and events stay: they name nodes other reports may share.
func (l *linker) forget(article quad.IRI) {
	if !l.loaded {
		return
	}
	for ev, fs := range l.figures {
		kept := fs[:0]
		for _, f := range fs {
			if f.article != article {
				kept = append(kept, f)
			}
		}
		l.figures[ev] = kept
	}
	for k, cs := range l.claims {
		kept := cs[:0]
		for _, c := range cs {
			if c.article != article {
				kept = append(kept, c)
			}
		}
		l.claims[k] = kept
	}
	delete(l.articles, article)
}
