package schema

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg"
)

// EntityOf is the node of an entity: the one its own name makes. A report names what
// it names in its own words; which names of several reports are one entity (a surname
// alone, an acronym) is derived across reports (see derived.go), never rewritten into
// a report's quads.
func EntityOf(e kg.Entity) quad.IRI { return EntityIRI(string(e.Type), e.Name) }

// EntityClass is the class of an entity type.
func EntityClass(t kg.EntityType) quad.IRI {
	switch t {
	case kg.Person:
		return Person
	case kg.Organization:
		return Organization
	case kg.Place:
		return Place
	case kg.Group:
		return Group
	}
	return Thing
}

// Quads turns an article and what was read out of it into quads. Every quad that a
// report states is labelled with the article's IRI, so the label says which report
// carries a fact and an article's quads can be found and removed together. The facts
// that make a node what it is whichever report names it — an entity's class and names,
// a person's surname, a place's country, an event's type — carry no label: they are
// shared by every report of that node, written once, and removed with the node's last
// report (see package graph). The output is deterministic.
func Quads(x *kg.Extraction) []quad.Quad {
	w := newWriter(x)
	w.article()
	w.entities()
	w.mentions()
	for i := range x.Figures {
		w.figure(i)
	}
	for i := range x.Quotes {
		w.quote(i)
	}
	for i := range x.Relations {
		w.relation(i)
	}
	w.b.flushRows()
	w.bk.write(&w.b, w.art)
	return w.b.quads
}

// writer turns one extraction into quads, part by part.
type writer struct {
	x      *kg.Extraction
	a      *kg.Article
	art    quad.IRI
	rec    ArticleRecord // what the article's own row says of it, repeated in its claims' rows
	b      builder
	bk     *buckets            // the article's rows in the buckets its names, mentions and statements fall in
	byName map[string]quad.IRI // the names the article uses → their entities
	events []quad.IRI          // the mention of each of its events
}

func newWriter(x *kg.Extraction) *writer {
	a := &x.Article
	art := ArticleIRI(a.ID)
	rec := ArticleRecord{Article: Short(string(art)), Title: a.Title, Publisher: a.Publisher, Path: a.Path, URL: a.URL}
	if !a.Published.IsZero() {
		rec.Published = a.Published.UTC().Format(time.RFC3339)
	}
	return &writer{x: x, a: a, art: art, rec: rec,
		b:      builder{label: art, published: a.Published, quads: make([]quad.Quad, 0, 16+8*len(x.Entities)+12*len(x.Figures)+7*len(x.Quotes)+9*len(x.Relations))},
		bk:     newBuckets(rec, kg.FingerprintOf(a.Body)),
		byName: make(map[string]quad.IRI, len(x.Entities)),
	}
}

// article writes the article node, its publisher and its row.
func (w *writer) article() {
	a, art, b := w.a, w.art, &w.b
	b.add(art, Type, NewsArticle)
	b.add(art, ContentHash, quad.String(a.ID))
	for _, p := range []struct {
		pred quad.IRI
		val  string
	}{{Headline, a.Title}, {URL, a.URL}, {Path, a.Path}, {Key, a.Key()}, {Format, a.Format}} {
		if p.val != "" {
			b.add(art, p.pred, quad.String(p.val))
		}
	}
	if !a.Published.IsZero() {
		b.add(art, DatePublished, quad.Time(a.Published.UTC().Truncate(time.Second)))
	}
	if a.Publisher != "" {
		pub := EntityOf(kg.Entity{Name: a.Publisher, Type: kg.Organization})
		b.add(art, Publisher, pub)
		b.shared(pub, Type, Organization)
		b.shared(pub, Name, quad.String(a.Publisher))
	}
	b.row(ArticleRow, ArticleRows.Encode(ArticleKeys{Article: w.rec.Article}, w.rec))
}

// entities writes the entities the article names, each under its own name's node,
// with the names it uses for it, and puts them in their name buckets.
func (w *writer) entities() {
	b := &w.b
	for _, e := range w.x.Entities {
		id := EntityOf(e)
		w.byName[e.Name] = id
		for _, al := range e.Aliases {
			if _, ok := w.byName[al]; !ok {
				w.byName[al] = id
			}
		}
		b.shared(id, Type, EntityClass(e.Type))
		b.shared(id, Name, quad.String(e.Name))
		for _, al := range e.Aliases {
			b.add(id, Alias, quad.String(al)) // which report calls it what
		}
		if e.Country != "" {
			b.shared(id, Country, quad.String(e.Country))
		}
		w.bk.names(b, e, id)
		b.add(w.art, Mentions, id)
	}
}

// mentions writes the article's mentions of events, each in the bucket of the events
// it could be one of (see derived.go).
func (w *writer) mentions() {
	b := &w.b
	w.events = make([]quad.IRI, len(w.x.Events))
	for i, ev := range w.x.Events {
		id := MentionIRI(ev)
		w.events[i] = id
		bucket := EventBucket(ev)
		b.shared(id, Type, Mention)
		b.shared(id, EventType, quad.String(ev.Type))
		b.shared(id, InBucket, bucket)
		b.add(id, Label, quad.String(ev.Label()))
		for _, p := range []struct {
			pred quad.IRI
			val  string
		}{{At, ev.Place}, {Country, ev.Country}, {On, ev.Date}} {
			if p.val != "" {
				b.add(id, p.pred, quad.String(p.val))
			}
		}
		b.add(w.art, Reports, id)
		w.bk.mention(bucket, MentionRecord{Mention: Short(string(id)), Type: ev.Type, Place: ev.Place, Country: ev.Country, Date: ev.Date,
			Main: ev.Main, LeadToll: leadToll(w.x, i)})
	}
}

// LeadSentences is how many of an article's first sentences make its lead for
// leadToll.
const LeadSentences = 2

// leadToll reports whether one of the first LeadSentences sentences of the body gives
// a toll (killed or injured) of event i. The headline, the last sentence when the
// article has a title, is not counted: "ISIS claims Baghdad bombing that killed dozens"
// names a toll without telling it.
func leadToll(x *kg.Extraction, i int) bool {
	for _, f := range x.Figures {
		if f.Event == i && (f.Measure == "killed" || f.Measure == "injured") && f.Sentence >= 0 && f.Sentence < LeadSentences &&
			(x.Article.Title == "" || f.Sentence < len(x.Sentences)-1) {
			return true
		}
	}
	return false
}

// topic is the mention of a subject figures of no event are about, tracked like an
// event (a jackpot, a market value); it is written with the first such figure.
func (w *writer) topic(subject string) quad.IRI {
	id := TopicMentionIRI(subject, w.a.Published)
	bucket := TopicBucket(subject)
	if w.bk.mention(bucket, MentionRecord{Mention: Short(string(id)), Type: TopicType, Subject: subject, Date: kg.DateString(w.a.Published)}) {
		w.b.shared(id, Type, Mention)
		w.b.shared(id, EventType, quad.String(TopicType))
		w.b.shared(id, InBucket, bucket)
		w.b.add(id, Label, quad.String(subject))
		w.b.add(w.art, Reports, id)
	}
	return id
}

// who ties a claim to who the article attributes it to: an entity the article names,
// and always the words.
func (w *writer) who(claim quad.IRI, entityPred, textPred quad.IRI, name string) {
	if name == "" {
		return
	}
	if id, ok := w.byName[name]; ok {
		w.b.add(claim, entityPred, id)
	}
	w.b.add(claim, textPred, quad.String(name))
}

// sentence ties a claim to its sentence, and returns the sentence and where it starts.
func (w *writer) sentence(claim quad.IRI, i int) (string, int) {
	if i < 0 || i >= len(w.x.Sentences) {
		return "", 0
	}
	s := w.x.Sentences[i]
	w.b.add(claim, Sentence, quad.String(s.Text))
	w.b.add(claim, Offset, quad.Int(s.Start))
	return s.Text, s.Start
}

// figure writes the i-th figure: its claim, the mention of its event or subject, and
// its row (a tracked figure's row apart from the others').
func (w *writer) figure(i int) {
	f, b := w.x.Figures[i], &w.b
	c := ClaimIRI(w.a.ID, "figure", i, f.Text)
	row := FigureRecord{Claim: Short(string(c)), Measure: f.Measure, Family: f.Family, Scope: f.Scope.String(), Value: f.Value, Unit: f.Unit,
		Qualifier: string(f.Qualifier), Source: f.Source, Place: f.Place, Date: f.Date, Phrase: f.Text,
		Superseded: f.Superseded, AsOf: f.AsOf, Correction: f.Correction, ArticleRef: w.rec.Ref()}
	b.add(c, Type, Figure)
	b.add(c, FromArticle, w.art)
	b.add(c, Measure, quad.String(f.Measure))
	b.add(c, Value, quad.Float(f.Value))
	if f.Qualifier != kg.Exact {
		b.add(c, Qualifier, quad.String(string(f.Qualifier)))
	}
	if iv := f.Interval(); !iv.Exact() {
		// The range a hedged figure allows (an exact one is its value).
		lo := iv.Lo
		row.Low = &lo
		b.add(c, Low, quad.Float(iv.Lo))
		if !math.IsInf(iv.Hi, 1) {
			hi := iv.Hi
			row.High = &hi
			b.add(c, High, quad.Float(iv.Hi))
		}
	}
	for _, p := range []struct {
		pred quad.IRI
		val  string
	}{{Unit, f.Unit}, {Scope, f.Scope.String()}, {At, f.Place}, {On, f.Date}} {
		if p.val != "" {
			b.add(c, p.pred, quad.String(p.val))
		}
	}
	if f.Superseded {
		b.add(c, Superseded, quad.Bool(true))
	}
	if f.AsOf != "" {
		b.add(c, AsOf, quad.String(f.AsOf))
	}
	if f.Correction {
		b.add(c, Corrects, quad.Bool(true))
	}
	var mention quad.IRI
	switch {
	case f.Event >= 0 && f.Event < len(w.events):
		mention = w.events[f.Event]
	case f.Subject != "":
		mention = w.topic(f.Subject)
		row.Subject = f.Subject
		b.add(c, About, quad.String(f.Subject))
	}
	if mention != "" {
		b.add(c, OfMention, mention)
		row.Mention = Short(string(mention))
	}
	w.who(c, AttributedTo, Source, f.Source)
	b.add(c, Text, quad.String(f.Text))
	row.Text, row.Offset = w.sentence(c, f.Sentence)
	kind := FigureRows
	if row.Mention != "" {
		kind = EventFigureRows
	}
	b.row(kind.Predicate, kind.Encode(FigureKeys{Published: PublishedKey(w.rec), Article: w.rec.Article, Offset: OffsetKey(row.Offset),
		Mention: row.Mention, Measure: row.Measure}, row))
}

// quote writes the i-th quote and its row.
func (w *writer) quote(i int) {
	q := w.x.Quotes[i]
	c := ClaimIRI(w.a.ID, "quote", i, q.Text)
	row := QuoteRecord{Claim: Short(string(c)), Speaker: q.Speaker, Text: q.Text, ArticleRef: w.rec.Ref()}
	w.b.add(c, Type, Quote)
	w.b.add(c, FromArticle, w.art)
	w.who(c, AttributedTo, Speaker, q.Speaker)
	w.b.add(c, Text, quad.String(q.Text))
	_, row.Offset = w.sentence(c, q.Sentence)
	w.b.row(QuoteRow, QuoteRows.Encode(QuoteKeys{Published: PublishedKey(w.rec), Article: w.rec.Article, Offset: OffsetKey(row.Offset),
		Speaker: q.Speaker}, row))
}

// relation writes the i-th relation: a claim for provenance, its row, and a direct
// edge labelled with the article for traversal. Where a place lies is geography, not
// a report's claim: a direct edge only.
func (w *writer) relation(i int) {
	r, b := w.x.Relations[i], &w.b
	subj, subjOK := w.byName[r.Subject]
	obj, objOK := w.byName[r.Object]
	pred := PredicateIRI(r.Predicate)
	if r.Predicate == "locatedIn" && subjOK && objOK {
		b.add(subj, pred, obj)
		return
	}
	c := ClaimIRI(w.a.ID, "relation", i, r.Subject+"\x00"+r.Predicate+"\x00"+r.Object)
	row := RelationRecord{Claim: Short(string(c)), Subject: r.Subject, Predicate: r.Predicate, Object: r.Object,
		Source: r.Source, ArticleRef: w.rec.Ref()}
	subjKey, objKey := NameKey(r.Subject), NameKey(r.Object)
	if subjOK {
		row.SubjectID = Short(string(subj))
		subjKey = row.SubjectID
	}
	if objOK {
		row.ObjectID = Short(string(obj))
		objKey = row.ObjectID
	}
	b.add(c, Type, Relation)
	b.add(c, FromArticle, w.art)
	b.add(c, Subject, entityOr(subj, subjOK, r.Subject))
	b.add(c, Predicate, pred)
	b.add(c, Object, entityOr(obj, objOK, r.Object))
	w.who(c, AttributedTo, Source, r.Source)
	row.Text, row.Offset = w.sentence(c, r.Sentence)
	if subjOK {
		b.add(subj, pred, entityOr(obj, objOK, r.Object))
	}
	b.row(RelationRow, RelationRows.Encode(RelationKeys{Published: PublishedKey(w.rec), Article: w.rec.Article, Offset: OffsetKey(row.Offset),
		Predicate: r.Predicate, SubjectKey: subjKey, ObjectKey: objKey, Subject: r.Subject, Object: r.Object}, row))
	if _, polar := kg.Opposites[r.Predicate]; polar && subjOK {
		// X accepts Y, X rejects Y: statements other reports may contradict.
		w.bk.statement(StatementBucket(subjKey, objKey), StatementRecord{Claim: row.Claim, Predicate: r.Predicate,
			Says: r.Subject + " " + kg.PredicatePhrase(r.Predicate) + " " + r.Object, Source: r.Source, Text: row.Text, Offset: row.Offset})
	}
}

// entityOr is an entity's node, or the words that name something that is not one.
func entityOr(id quad.IRI, ok bool, words string) quad.Value {
	if ok {
		return id
	}
	return quad.String(words)
}

// ClaimIRI names the i-th claim of a kind in an article.
func ClaimIRI(articleID, kind string, i int, text string) quad.IRI {
	return HashIRI(KindClaim, articleID, kind, strconv.Itoa(i), text)
}

type builder struct {
	label     quad.Value
	published time.Time // the article's, which places its rows in the row index
	quads     []quad.Quad
	seen      map[[3]string]bool
	rows      map[quad.IRI][]string // the article's rows of each kind, until flushRows
	rowSeen   map[string]bool
}

// row keeps a row of the row index until flushRows packs the article's rows.
func (b *builder) row(p quad.IRI, lit quad.String) {
	if b.rows == nil {
		b.rows = make(map[quad.IRI][]string, len(rowKinds))
		b.rowSeen = map[string]bool{}
	}
	k := string(p) + "\x00" + string(lit)
	if b.rowSeen[k] {
		return
	}
	b.rowSeen[k] = true
	b.rows[p] = append(b.rows[p], string(lit))
}

// flushRows writes the article's rows of each kind as one literal (see Pack), on the
// anchor for the queries and on the article itself, so that removing the article finds
// its rows without scanning the index.
func (b *builder) flushRows() {
	for _, p := range rowKinds {
		rs := b.rows[p]
		if len(rs) == 0 {
			continue
		}
		lit := Pack(rs)
		anchor := RowAnchor(p, b.published)
		for _, q := range AnchorQuads(p, anchor) {
			b.shared(q.Subject, q.Predicate, q.Object)
		}
		b.add(anchor, p, lit)
		b.add(b.label, p, lit)
	}
}

// shared appends a quad without a label (see Quads).
func (b *builder) shared(s, p, o quad.Value) { b.put(s, p, o, nil) }

// add appends a quad labelled with the article.
func (b *builder) add(s, p, o quad.Value) { b.put(s, p, o, b.label) }

// put appends a quad once: the same statement twice in one article is one quad.
func (b *builder) put(s, p, o, label quad.Value) {
	if b.seen == nil {
		b.seen = make(map[[3]string]bool, cap(b.quads))
	}
	k := [3]string{s.String(), p.String(), o.String()}
	if b.seen[k] {
		return
	}
	b.seen[k] = true
	b.quads = append(b.quads, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
}

// buckets gathers an article's rows in the buckets of its mentions and statements.
type buckets struct {
	rec   ArticleRecord
	print kg.Fingerprint
	by    map[quad.IRI]*MentionsRecord
	order []quad.IRI
	seen  map[string]bool
}

func newBuckets(rec ArticleRecord, print kg.Fingerprint) *buckets {
	return &buckets{rec: rec, print: print, by: map[quad.IRI]*MentionsRecord{}, seen: map[string]bool{}}
}

func (bk *buckets) in(bucket quad.IRI) *MentionsRecord {
	r := bk.by[bucket]
	if r == nil {
		r = &MentionsRecord{Article: bk.rec.Article, Published: bk.rec.Published, Publisher: bk.rec.Publisher, Fingerprint: bk.print}
		bk.by[bucket] = r
		bk.order = append(bk.order, bucket)
	}
	return r
}

// mention adds a mention to a bucket's row, once; it reports whether it was new.
func (bk *buckets) mention(bucket quad.IRI, m MentionRecord) bool {
	if bk.seen[m.Mention] {
		return false
	}
	bk.seen[m.Mention] = true
	r := bk.in(bucket)
	r.Mentions = append(r.Mentions, m)
	return true
}

// names puts an entity in the buckets of the names other reports may give it — a
// person's surname (its own, when it is named by a surname alone), an organization's
// acronym (its own, when it is named by an acronym alone) — with one quad a bucket,
// labelled with the article: (entity, kg:fullNameIn or kg:shortNameIn, bucket).
func (bk *buckets) names(b *builder, e kg.Entity, id quad.IRI) {
	add := func(bucket quad.IRI, full bool) {
		p := ShortNameIn
		if full {
			p = FullNameIn
		}
		b.shared(bucket, Type, Bucket)
		b.add(id, p, bucket)
	}
	switch e.Type {
	case kg.Person:
		if key := NameKey(e.Name); key != "" && !strings.Contains(key, " ") {
			add(SurnameBucket(key), false)
			return
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if sn := Surname(n); sn != "" {
				add(SurnameBucket(sn), true)
			}
		}
	case kg.Organization:
		if IsAcronym(e.Name) {
			add(AcronymBucket(e.Name), false)
			return
		}
		for _, n := range e.Aliases {
			if IsAcronym(n) {
				add(AcronymBucket(n), true)
			}
		}
	}
}

func (bk *buckets) statement(bucket quad.IRI, st StatementRecord) {
	r := bk.in(bucket)
	r.Statements = append(r.Statements, st)
}

// write adds the article's row in each bucket, on the bucket (for the store's
// derivations) and on the article (to be removed with it).
func (bk *buckets) write(b *builder, art quad.IRI) {
	for _, bucket := range bk.order {
		r := bk.by[bucket]
		if len(r.Mentions) == 0 {
			r.Fingerprint = "" // statements are not compared story by story
		}
		lit := MentionRows.Encode(MentionKeys{Bucket: Short(string(bucket)), Article: bk.rec.Article}, *r)
		b.shared(bucket, Type, Bucket)
		b.add(bucket, MentionRows.Predicate, lit)
		b.add(art, MentionRows.Predicate, lit)
	}
}
