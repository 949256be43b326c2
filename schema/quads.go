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
	a := &x.Article
	art := ArticleIRI(a.ID)
	b := builder{label: art, published: a.Published, quads: make([]quad.Quad, 0, 16+8*len(x.Entities)+12*len(x.Figures)+7*len(x.Quotes)+9*len(x.Relations))}

	// The article.
	b.add(art, Type, NewsArticle)
	b.add(art, ContentHash, quad.String(a.ID))
	if a.Title != "" {
		b.add(art, Headline, quad.String(a.Title))
	}
	if !a.Published.IsZero() {
		b.add(art, DatePublished, quad.Time(a.Published.UTC().Truncate(time.Second)))
	}
	if a.URL != "" {
		b.add(art, URL, quad.String(a.URL))
	}
	if a.Path != "" {
		b.add(art, Path, quad.String(a.Path))
	}
	if k := a.Key(); k != "" {
		b.add(art, Key, quad.String(k))
	}
	if a.Format != "" {
		b.add(art, Format, quad.String(a.Format))
	}
	if a.Publisher != "" {
		pub := EntityOf(kg.Entity{Name: a.Publisher, Type: kg.Organization})
		b.add(art, Publisher, pub)
		b.shared(pub, Type, Organization)
		b.shared(pub, Name, quad.String(a.Publisher))
	}

	rec := ArticleRecord{Article: Short(string(art)), Title: a.Title, Publisher: a.Publisher, Path: a.Path, URL: a.URL}
	if !a.Published.IsZero() {
		rec.Published = a.Published.UTC().Format(time.RFC3339)
	}
	b.row(ArticleRow, ArticleRows.Encode(ArticleKeys{Article: rec.Article}, rec))
	// The article's rows in the buckets its names, mentions and statements fall in.
	bk := newBuckets(rec, kg.FingerprintOf(a.Body))

	// Entities, and a lookup from the names the article uses to their nodes.
	byName := make(map[string]quad.IRI, len(x.Entities))
	for _, e := range x.Entities {
		id := EntityOf(e)
		byName[e.Name] = id
		for _, al := range e.Aliases {
			if _, ok := byName[al]; !ok {
				byName[al] = id
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
		bk.names(&b, e, id)
		b.add(art, Mentions, id)
	}
	// who is a name of an entity, or words that describe a source.
	who := func(claim quad.IRI, entityPred, textPred quad.IRI, name string) {
		if name == "" {
			return
		}
		if id, ok := byName[name]; ok {
			b.add(claim, entityPred, id)
		}
		b.add(claim, textPred, quad.String(name))
	}
	sentence := func(claim quad.IRI, i int) {
		if i < 0 || i >= len(x.Sentences) {
			return
		}
		s := x.Sentences[i]
		b.add(claim, Sentence, quad.String(s.Text))
		b.add(claim, Offset, quad.Int(s.Start))
	}

	// Mentions of events, each in the bucket of the events it could be one of (see
	// derived.go); the article's row in each bucket says what it mentions there.
	events := make([]quad.IRI, len(x.Events))
	for i, ev := range x.Events {
		id := MentionIRI(ev)
		events[i] = id
		bucket := EventBucket(ev)
		b.shared(id, Type, Mention)
		b.shared(id, EventType, quad.String(ev.Type))
		b.shared(id, InBucket, bucket)
		b.add(id, Label, quad.String(ev.Label()))
		if ev.Place != "" {
			b.add(id, At, quad.String(ev.Place))
		}
		if ev.Country != "" {
			b.add(id, Country, quad.String(ev.Country))
		}
		if ev.Date != "" {
			b.add(id, On, quad.String(ev.Date))
		}
		b.add(art, Reports, id)
		bk.mention(bucket, MentionRecord{Mention: Short(string(id)), Type: ev.Type, Place: ev.Place, Country: ev.Country, Date: ev.Date, Main: ev.Main})
	}
	// The subjects of figures of no event, tracked like events (a jackpot, a market value).
	topic := func(subject string) quad.IRI {
		id := TopicMentionIRI(subject, a.Published)
		bucket := TopicBucket(subject)
		if bk.mention(bucket, MentionRecord{Mention: Short(string(id)), Type: TopicType, Subject: subject, Date: kg.DateString(a.Published)}) {
			b.shared(id, Type, Mention)
			b.shared(id, EventType, quad.String(TopicType))
			b.shared(id, InBucket, bucket)
			b.add(id, Label, quad.String(subject))
			b.add(art, Reports, id)
		}
		return id
	}

	// Figures.
	for i, f := range x.Figures {
		c := ClaimIRI(a.ID, "figure", i, f.Text)
		row := FigureRecord{Claim: Short(string(c)), Measure: f.Measure, Scope: f.Scope.String(), Value: f.Value, Unit: f.Unit,
			Qualifier: string(f.Qualifier), Source: f.Source, Place: f.Place, Date: f.Date, Phrase: f.Text,
			Superseded: f.Superseded, Correction: f.Correction, ArticleRef: rec.Ref()}
		b.add(c, Type, Figure)
		b.add(c, FromArticle, art)
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
		if f.Unit != "" {
			b.add(c, Unit, quad.String(f.Unit))
		}
		if f.Scope.Kind != kg.Whole {
			b.add(c, Scope, quad.String(f.Scope.String()))
		}
		if f.Superseded {
			b.add(c, Superseded, quad.Bool(true))
		}
		if f.Correction {
			b.add(c, Corrects, quad.Bool(true))
		}
		var mention quad.IRI
		switch {
		case f.Event >= 0 && f.Event < len(events):
			mention = events[f.Event]
		case f.Subject != "":
			mention = topic(f.Subject)
			row.Subject = f.Subject
			b.add(c, About, quad.String(f.Subject))
		}
		if mention != "" {
			b.add(c, OfMention, mention)
			row.Mention = Short(string(mention))
		}
		if f.Place != "" {
			b.add(c, At, quad.String(f.Place))
		}
		if f.Date != "" {
			b.add(c, On, quad.String(f.Date))
		}
		who(c, AttributedTo, Source, f.Source)
		b.add(c, Text, quad.String(f.Text))
		if f.Sentence >= 0 && f.Sentence < len(x.Sentences) {
			row.Text, row.Offset = x.Sentences[f.Sentence].Text, x.Sentences[f.Sentence].Start
		}
		sentence(c, f.Sentence)
		kind := FigureRows
		if row.Mention != "" {
			kind = EventFigureRows
		}
		b.row(kind.Predicate, kind.Encode(FigureKeys{Published: PublishedKey(rec), Article: rec.Article, Offset: OffsetKey(row.Offset),
			Mention: row.Mention, Measure: row.Measure}, row))
	}

	// Quotes.
	for i, q := range x.Quotes {
		c := ClaimIRI(a.ID, "quote", i, q.Text)
		row := QuoteRecord{Claim: Short(string(c)), Speaker: q.Speaker, Text: q.Text, ArticleRef: rec.Ref()}
		if q.Sentence >= 0 && q.Sentence < len(x.Sentences) {
			row.Offset = x.Sentences[q.Sentence].Start
		}
		b.row(QuoteRow, QuoteRows.Encode(QuoteKeys{Published: PublishedKey(rec), Article: rec.Article, Offset: OffsetKey(row.Offset),
			Speaker: q.Speaker}, row))
		b.add(c, Type, Quote)
		b.add(c, FromArticle, art)
		who(c, AttributedTo, Speaker, q.Speaker)
		b.add(c, Text, quad.String(q.Text))
		sentence(c, q.Sentence)
	}

	// Relations: a claim for provenance, and a direct edge labelled with the article
	// for traversal. Where a place lies is geography, not a report's claim: a direct
	// edge only.
	for i, r := range x.Relations {
		if r.Predicate == "locatedIn" {
			subj, ok1 := byName[r.Subject]
			obj, ok2 := byName[r.Object]
			if ok1 && ok2 {
				b.add(subj, PredicateIRI(r.Predicate), obj)
				continue
			}
		}
		c := ClaimIRI(a.ID, "relation", i, r.Subject+"\x00"+r.Predicate+"\x00"+r.Object)
		pred := PredicateIRI(r.Predicate)
		row := RelationRecord{Claim: Short(string(c)), Subject: r.Subject, Predicate: r.Predicate, Object: r.Object,
			Source: r.Source, ArticleRef: rec.Ref()}
		if id, ok := byName[r.Subject]; ok {
			row.SubjectID = Short(string(id))
		}
		if id, ok := byName[r.Object]; ok {
			row.ObjectID = Short(string(id))
		}
		if r.Sentence >= 0 && r.Sentence < len(x.Sentences) {
			row.Text, row.Offset = x.Sentences[r.Sentence].Text, x.Sentences[r.Sentence].Start
		}
		subjKey, objKey := row.SubjectID, row.ObjectID
		if subjKey == "" {
			subjKey = NameKey(r.Subject)
		}
		if objKey == "" {
			objKey = NameKey(r.Object)
		}
		b.row(RelationRow, RelationRows.Encode(RelationKeys{Published: PublishedKey(rec), Article: rec.Article, Offset: OffsetKey(row.Offset),
			Predicate: r.Predicate, SubjectKey: subjKey, ObjectKey: objKey, Subject: r.Subject, Object: r.Object}, row))
		if _, polar := kg.Opposites[r.Predicate]; polar && row.SubjectID != "" {
			// X accepts Y, X rejects Y: statements other reports may contradict, met by
			// the names' own nodes, so that the meeting does not depend on which report
			// the store resolved a name by first.
			bk.statement(StatementBucket(subjKey, objKey), StatementRecord{Claim: row.Claim, Predicate: r.Predicate,
				Says: r.Subject + " " + kg.PredicatePhrase(r.Predicate) + " " + r.Object, Source: r.Source, Text: row.Text, Offset: row.Offset})
		}
		b.add(c, Type, Relation)
		b.add(c, FromArticle, art)
		subj, subjOK := byName[r.Subject]
		obj, objOK := byName[r.Object]
		if subjOK {
			b.add(c, Subject, subj)
		} else {
			b.add(c, Subject, quad.String(r.Subject))
		}
		b.add(c, Predicate, pred)
		if objOK {
			b.add(c, Object, obj)
		} else {
			b.add(c, Object, quad.String(r.Object))
		}
		who(c, AttributedTo, Source, r.Source)
		sentence(c, r.Sentence)
		if subjOK {
			if objOK {
				b.add(subj, pred, obj)
			} else {
				b.add(subj, pred, quad.String(r.Object))
			}
		}
	}
	b.flushRows()
	bk.write(&b, art)
	return b.quads
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
