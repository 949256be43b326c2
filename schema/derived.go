package schema

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg"
)

// The cross-report layer. An article states only what it read: its mentions of events
// (kg:mention/…), the subjects it gives figures about, and its polarity statements.
// What reports make together — which mentions are one incident (kg:event/…), which
// values several independent reports give (tallies), and where reports disagree
// (findings) — is derived: package ledger computes it from every report of a bucket,
// the set of mentions that could be one incident (violence in Belgium, one subject,
// one pair of entities), and it is written as quads labelled with the bucket. Each
// incident's derived quads all follow from its record (IncidentQuads), which the store
// keeps as the incident's row: to replace an incident's quads, graph reads the old
// record, and deletes what it stands for. The derived layer is a function of the set
// of articles, whatever order they arrived in.

// Node kinds of the derived layer and of mentions.
const (
	KindMention = "mention"
	KindBucket  = "bucket"
)

// The terms of mentions, buckets and derived nodes.
var (
	Mention     = quad.IRI(NS + "Mention")   // class of one report's mention of an event or subject
	Agreement   = quad.IRI(NS + "Agreement") // class of a tally of two or more independent reports
	Bucket      = quad.IRI(NS + "Bucket")
	Dispute     = quad.IRI(NS + "Dispute")     // class of contradicting statements about one pair of entities
	OfMention   = quad.IRI(NS + "mention")     // figure claim → the mention of its event or subject
	PartOf      = quad.IRI(NS + "partOf")      // mention → the incident it is one report of (derived)
	InBucket    = quad.IRI(NS + "bucket")      // mention or incident → its bucket
	Scope       = quad.IRI(NS + "scope")       // figure claim → its scope ("group: children")
	About       = quad.IRI(NS + "about")       // figure claim of no event → what it is about, as words
	ReportCount = quad.IRI(NS + "reportCount") // tally → how many independent reports give it
	Superseded  = quad.IRI(NS + "superseded")
	AsOf        = quad.IRI(NS + "asOf") // superseded figure claim → when the report says it was given (ISO 8601 interval)
	Corrects    = quad.IRI(NS + "corrects")
	SameAs      = quad.IRI(NS + "sameAs")      // an entity named by a short name → the entity other reports name in full (derived)
	FullNameIn  = quad.IRI(NS + "fullNameIn")  // entity → the bucket of a surname or acronym it has in full
	ShortNameIn = quad.IRI(NS + "shortNameIn") // entity → the bucket of the surname or acronym it is named by alone

	// Dirty marks a bucket whose derived layer is not yet current: the marker
	// (kg:dirty, kg:dirtyBucket, "<bucket IRI>") is written with the articles that
	// change the bucket and removed once its derived quads are written, so that a crash
	// between the two is mended by the next writer.
	Dirty       = quad.IRI(NS + "dirty")
	DirtyBucket = quad.IRI(NS + "dirtyBucket")
)

// MentionIRI is one report's mention of an event: kg:mention/<type>/<country>/<place>/<date>,
// "any" for no place more precise than the country, "undated" for no date. Reports that
// give an event the same type, place and date share the node.
func MentionIRI(ev kg.Event) quad.IRI {
	country, place := Slug(ev.Country), Slug(ev.Place)
	if country == "" {
		country = "unknown"
	}
	if place == "" || place == country {
		place = "any"
	}
	date := ev.Date
	if date == "" {
		date = "undated"
	}
	return quad.IRI(NS + KindMention + "/" + Slug(ev.Type) + "/" + country + "/" + place + "/" + date)
}

// TopicMentionIRI is a report's mention of a subject it gives figures about (a lottery
// jackpot, a company's market value): kg:mention/topic/<subject>/<day of publication>.
func TopicMentionIRI(subject string, published time.Time) quad.IRI {
	day := "undated"
	if !published.IsZero() {
		day = published.UTC().Format("2006-01-02")
	}
	return quad.IRI(NS + KindMention + "/topic/" + Slug(NameKey(subject)) + "/" + day)
}

// The types of incident that are not events: a tracked subject's story, and the
// statements about one pair of entities.
const (
	TopicType     = "topic"
	StatementType = "statement"
)

// EventBucket is the bucket of an event mention: its family (or, for a type of no
// family, the type) and country (or place, where no country is known):
// kg:bucket/violence/belgium, kg:bucket/protest/france.
func EventBucket(ev kg.Event) quad.IRI {
	where := Slug(ev.Country)
	if where == "" {
		where = Slug(ev.Place)
	}
	if where == "" {
		where = "unknown"
	}
	kind := kg.FamilyOf(ev.Type).String()
	if kg.FamilyOf(ev.Type) == kg.OtherFamily {
		kind = Slug(ev.Type) // a protest and an election on one day are two things
	}
	return quad.IRI(NS + KindBucket + "/" + kind + "/" + where)
}

// TopicBucket is the bucket of a subject's figures: kg:bucket/topic/<subject>.
func TopicBucket(subject string) quad.IRI {
	return quad.IRI(NS + KindBucket + "/topic/" + Slug(NameKey(subject)))
}

// SurnameBucket is the bucket of the people whose name or surname is key: a report
// that names "Assad" alone and one that names "Bashar al-Assad" meet there.
func SurnameBucket(key string) quad.IRI { return quad.IRI(NS + KindBucket + "/surname/" + Slug(key)) }

// AcronymBucket is the bucket of the organizations named or aliased by an acronym.
func AcronymBucket(acronym string) quad.IRI {
	return quad.IRI(NS + KindBucket + "/acronym/" + Slug(strings.ReplaceAll(acronym, ".", "")))
}

// IsAcronym reports whether a name is an acronym: two to six capital letters, with
// dots or an ampersand ("AP", "U.N.", "AT&T").
func IsAcronym(s string) bool {
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

// StatementBucket is the bucket of the polarity statements (accepts, rejects…) one
// subject makes about one object; the ends are entity IRIs or name keys.
func StatementBucket(subject, object string) quad.IRI {
	return HashIRI(KindBucket+"/statement", subject, object)
}

// IncidentIRI is the node of an incident, the event every report of it is about:
// kg:event/<type>/<country>/<place>/<date>, as a mention is named ("any" for no place
// more precise than the country, "undated" for no date). The country keeps apart
// incidents of different buckets that share a city's name.
func IncidentIRI(typ, place, country, date string) quad.IRI {
	iri := MentionIRI(kg.Event{Type: typ, Place: place, Country: country, Date: date})
	return quad.IRI(NS + KindEvent + strings.TrimPrefix(string(iri), NS+KindMention))
}

// ConflictIRI names a finding between two claims, whichever is given first.
func ConflictIRI(a, b string) quad.IRI {
	if b < a {
		a, b = b, a
	}
	return HashIRI(KindConflict, a, b)
}

// TallyIRI names the tally of one value of one series of an incident.
func TallyIRI(event, series string, value float64, qualifier string) quad.IRI {
	return HashIRI(KindAgree, event, series, strconv.FormatFloat(value, 'g', -1, 64), qualifier)
}

// MentionsRecord is what one article says in one bucket: its mentions of events there,
// or the subject it gives figures about, or its polarity statements about one pair of
// entities. It is the article's row in the bucket, labelled with the article.
type MentionsRecord struct {
	Article     string            `json:"article"` // short IRI
	Published   string            `json:"published,omitempty"`
	Publisher   string            `json:"publisher,omitempty"`
	Fingerprint kg.Fingerprint    `json:"print,omitempty"`
	Mentions    []MentionRecord   `json:"mentions,omitempty"`
	Statements  []StatementRecord `json:"statements,omitempty"`
	Names       []NameRecord      `json:"names,omitempty"`
}

// NameRecord is an entity of a report in the bucket of a surname or an acronym: named
// by it alone (Full false: "Assad", "NFL"), or by a fuller name that has it ("Bashar
// al-Assad", the National Football League that the report also calls NFL). The store
// keeps these as quads (kg:fullNameIn, kg:shortNameIn), not rows.
type NameRecord struct {
	Entity string `json:"entity"` // short IRI
	Name   string `json:"name"`
	Full   bool   `json:"full,omitempty"`
}

// IdentityRecord is a name bucket's derived state: which entities named by a surname
// or an acronym alone are the one entity other reports name in full.
type IdentityRecord struct {
	Bucket string        `json:"bucket"`
	Merges []MergeRecord `json:"merges"`
}

// MergeRecord takes an entity for another.
type MergeRecord struct {
	From     string   `json:"from"` // short IRI of the entity named by the short name
	Into     string   `json:"into"`
	Alias    string   `json:"alias"`
	Method   string   `json:"method"`
	Articles []string `json:"articles"` // the reports that use the short name
}

// MentionRecord is one mention of an event or subject.
type MentionRecord struct {
	Mention string `json:"mention"` // short IRI
	Type    string `json:"type"`
	Place   string `json:"place,omitempty"`
	Country string `json:"country,omitempty"`
	Date    string `json:"date,omitempty"` // ISO date, partial date, or "" when the report gives none
	Main    bool   `json:"main,omitempty"`
	// LeadToll: the report's first sentences give this event's toll (a count of
	// killed or injured): it tells the event as its news ("At least 64 people were
	// killed when a bomb went off at a market in Baghdad").
	LeadToll bool   `json:"leadToll,omitempty"`
	Subject  string `json:"subject,omitempty"` // for a topic: what the figures are about
}

// StatementRecord is a polarity statement: a relation claim whose predicate has an
// opposite (accepts/rejects).
type StatementRecord struct {
	Claim     string `json:"claim"`
	Predicate string `json:"predicate"`
	Says      string `json:"says"` // "Turkey accepts the offer"
	Source    string `json:"source,omitempty"`
	Text      string `json:"text"`
	Offset    int    `json:"offset"`
}

// ClusterRecord is a bucket's derived state: which reports' mentions make which
// incident.
type ClusterRecord struct {
	Bucket    string          `json:"bucket"`
	Incidents []ClusterMember `json:"incidents"`
}

// ClusterMember is one incident of a bucket and the mentions (article, mention) it
// holds.
type ClusterMember struct {
	Event   string      `json:"event"`
	Members [][2]string `json:"members"` // (article, mention) short IRIs
}

// IncidentRecord is an incident's derived state: what it is, which reports tell of
// it, the values independent reports agree on, and the findings between its reports.
// It is the incident's row; every derived quad of the incident follows from it.
type IncidentRecord struct {
	Event    string   `json:"event"` // short IRI
	Bucket   string   `json:"bucket"`
	Label    string   `json:"label"`
	Type     string   `json:"type"`
	Place    string   `json:"place,omitempty"`
	Country  string   `json:"country,omitempty"`
	Date     string   `json:"date,omitempty"`
	Subject  string   `json:"subject,omitempty"`
	Mentions []string `json:"mentions"`
	// Articles are the reports about the incident: those whose own event it is.
	Articles []string `json:"articles"`
	// Recalled are the reports about another event that recall this one ("a bombing
	// in Ankara last month killed 29"): their figures count in its tallies, but they
	// are not reports of it.
	Recalled []string `json:"recalled,omitempty"`
	// Reports counts the independent reports about it: copies of one story count once.
	Reports int      `json:"reports"`
	Outlets []string `json:"outlets"`
	// Series are the measures its reports give figures for, each with a scope.
	Series   []SeriesRecord   `json:"series,omitempty"`
	Tallies  []TallyRecord    `json:"tallies,omitempty"`
	Findings []ConflictRecord `json:"findings,omitempty"`
}

// SeriesRecord summarises one measure and scope of an incident.
type SeriesRecord struct {
	Measure string  `json:"measure"`
	Scope   string  `json:"scope,omitempty"`
	Unit    string  `json:"unit,omitempty"`
	Figures int     `json:"figures"`
	Reports int     `json:"reports"` // independent reports
	Latest  float64 `json:"latest"`  // the value of the latest report
}

// TallyRecord is a value of one measure and scope that two or more independent
// reports give.
type TallyRecord struct {
	Tally   string `json:"tally"` // short IRI
	Measure string `json:"measure"`
	// Measures are the measures the reports gave, when they named one quantity in
	// different words of one family (Measure is then the family: kg.MeasureFamily, or
	// the one a figure's clause gave it, kg.Figure.Family).
	Measures  []string `json:"measures,omitempty"`
	Scope     string   `json:"scope,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	Value     float64  `json:"value"`
	Qualifier string   `json:"qualifier,omitempty"`
	Reports   int      `json:"reports"` // independent reports
	Outlets   []string `json:"outlets"`
	Sources   []string `json:"sources,omitempty"`
	Articles  []string `json:"articles"`
	Claims    []string `json:"claims"`
	First     string   `json:"first,omitempty"`
	Last      string   `json:"last,omitempty"`
}

// The derived kinds of row.
type (
	// MentionKeys key an article's row in a bucket.
	MentionKeys struct {
		Bucket  string `key:"bucket"` // short IRI
		Article string `key:"article"`
	}
	// ClusterKeys key a bucket's clusters.
	ClusterKeys struct {
		Bucket string `key:"bucket"`
	}
	// IdentityKeys key a name bucket's merges.
	IdentityKeys struct {
		Bucket string `key:"bucket"`
	}
	// IncidentKeys key an incident: the queries that list events read these only.
	IncidentKeys struct {
		Event string `key:"event"` // short IRI
		Date  string `key:"date"`
		Type  string `key:"type"`
		Label string `key:"label"`
	}
)

var (
	MentionRows  = newRowKind[MentionKeys, MentionsRecord]("mention")
	ClusterRows  = newRowKind[ClusterKeys, ClusterRecord]("cluster")
	IncidentRows = newRowKind[IncidentKeys, IncidentRecord]("incident")
	IdentityRows = newRowKind[IdentityKeys, IdentityRecord]("identity")
)

// BucketOfMentionRow is the bucket a mention row is written on, from its first key.
func BucketOfMentionRow(row string) quad.IRI {
	k, _, _ := strings.Cut(row, "\t")
	return quad.IRI(Full(k))
}

// ClusterQuads are the quads of a bucket's clusters, labelled with the bucket.
func ClusterQuads(rec ClusterRecord) []quad.Quad {
	bucket := quad.IRI(Full(rec.Bucket))
	lit := ClusterRows.Encode(ClusterKeys{Bucket: rec.Bucket}, rec)
	return []quad.Quad{{Subject: bucket, Predicate: ClusterRows.Predicate, Object: lit, Label: bucket}}
}

// IdentityQuads are the quads a name bucket's merges stand for, labelled with the
// bucket: an edge kg:sameAs from each short-named entity to the entity it is, a
// kg:Merge node for each report that uses the short name (the alias, the entity, how,
// and the article), and the bucket's row, beside it and on the one anchor of merges.
func IdentityQuads(rec IdentityRecord) []quad.Quad {
	if len(rec.Merges) == 0 {
		return nil
	}
	bucket := quad.IRI(Full(rec.Bucket))
	var quads []quad.Quad
	add := func(s, p, o quad.Value) {
		quads = append(quads, quad.Quad{Subject: s, Predicate: p, Object: o, Label: bucket})
	}
	for _, m := range rec.Merges {
		from, into := quad.IRI(Full(m.From)), quad.IRI(Full(m.Into))
		add(from, SameAs, into)
		for _, a := range m.Articles {
			art := quad.IRI(Full(a))
			id := HashIRI(KindMerge, ArticleIDOf(art), m.Alias, string(into))
			add(id, Type, Merge)
			add(id, Alias, quad.String(m.Alias))
			add(id, Into, into)
			add(id, Method, quad.String(m.Method))
			add(id, FromArticle, art)
		}
	}
	row := IdentityRows.Encode(IdentityKeys{Bucket: rec.Bucket}, rec)
	anchor := RowAnchor(IdentityRows.Predicate, time.Time{})
	add(bucket, IdentityRows.Predicate, row)
	add(anchor, IdentityRows.Predicate, row)
	for _, q := range AnchorQuads(IdentityRows.Predicate, anchor) {
		add(q.Subject, q.Predicate, q.Object)
	}
	return quads
}

// IncidentQuads are the quads an incident's record stands for, labelled with its
// bucket: the incident node, its mentions' edges to it, its tallies, its findings, and
// the rows of the incident and of each finding, beside their nodes and on their
// anchors, with the anchors' class and kind (each bucket states those of the anchors
// it uses, so that they go when its last row there goes).
func IncidentQuads(rec IncidentRecord) []quad.Quad {
	var quads []quad.Quad
	bucket := quad.IRI(Full(rec.Bucket))
	ev := quad.IRI(Full(rec.Event))
	add := func(s, p, o quad.Value) {
		quads = append(quads, quad.Quad{Subject: s, Predicate: p, Object: o, Label: bucket})
	}
	if rec.Type == StatementType {
		add(ev, Type, Dispute)
	} else {
		add(ev, Type, Event)
	}
	add(ev, EventType, quad.String(rec.Type))
	add(ev, Label, quad.String(rec.Label))
	add(ev, InBucket, bucket)
	if rec.Place != "" {
		add(ev, At, quad.String(rec.Place))
	}
	if rec.Country != "" {
		add(ev, Country, quad.String(rec.Country))
	}
	if rec.Date != "" {
		add(ev, On, quad.String(rec.Date))
	}
	for _, m := range rec.Mentions {
		add(quad.IRI(Full(m)), PartOf, ev)
	}
	for _, t := range rec.Tallies {
		id := quad.IRI(Full(t.Tally))
		add(id, Type, Agreement)
		add(id, OfEvent, ev)
		add(id, Measure, quad.String(t.Measure))
		add(id, Value, quad.Float(t.Value))
		if t.Qualifier != "" {
			add(id, Qualifier, quad.String(t.Qualifier))
		}
		if t.Scope != "" {
			add(id, Scope, quad.String(t.Scope))
		}
		add(id, ReportCount, quad.Int(t.Reports))
		for _, c := range t.Claims {
			add(id, Involves, quad.IRI(Full(c)))
		}
	}
	row := IncidentRows.Encode(IncidentKeys{Event: rec.Event, Date: rec.Date, Type: rec.Type, Label: rec.Label}, rec)
	anchor := RowAnchor(IncidentRows.Predicate, dayOf(rec.Date))
	add(ev, IncidentRows.Predicate, row)
	add(anchor, IncidentRows.Predicate, row)
	for _, q := range AnchorQuads(IncidentRows.Predicate, anchor) {
		add(q.Subject, q.Predicate, q.Object)
	}
	for _, f := range rec.Findings {
		quads = append(quads, findingQuads(f, ev, bucket)...)
	}
	return quads
}

// findingQuads are the quads of one finding between two claims.
func findingQuads(f ConflictRecord, ev, label quad.Value) (quads []quad.Quad) {
	id := quad.IRI(Full(f.Conflict))
	add := func(s, p, o quad.Value) {
		quads = append(quads, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	add(id, Type, Conflict)
	add(id, Verdict, quad.String(f.Verdict))
	add(id, Why, quad.String(f.Why))
	add(id, Measure, quad.String(f.Measure))
	if f.Scope != "" {
		add(id, Scope, quad.String(f.Scope))
	}
	add(id, OfEvent, ev)
	for _, c := range f.Claims {
		add(id, Involves, quad.IRI(Full(c.Claim)))
	}
	later := ""
	for _, c := range f.Claims {
		if c.Published > later {
			later = c.Published
		}
	}
	lit := ConflictRows.Encode(ConflictKeys{Conflict: f.Conflict, Published: later}, f)
	var t time.Time
	if later != "" {
		t, _ = time.Parse(time.RFC3339, later)
	}
	anchor := RowAnchor(ConflictRows.Predicate, t)
	add(id, ConflictRows.Predicate, lit)
	add(anchor, ConflictRows.Predicate, lit)
	for _, q := range AnchorQuads(ConflictRows.Predicate, anchor) {
		add(q.Subject, q.Predicate, q.Object)
	}
	return quads
}

// dayOf reads an ISO date (or the first day of a partial one) as the day of an anchor.
func dayOf(date string) time.Time {
	if sp, ok := kg.ParseDateSpan(date); ok {
		return sp.From
	}
	return time.Time{}
}

// DirtyQuad marks a bucket whose derived layer must be written again.
func DirtyQuad(bucket quad.IRI) quad.Quad {
	return quad.Quad{Subject: Dirty, Predicate: DirtyBucket, Object: quad.String(string(bucket))}
}

// SortedKeys returns a set's keys in order.
func SortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
