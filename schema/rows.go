package schema

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// The row index: the rows of an article's claims, packed one literal per kind and
// article, and one literal per finding, on anchor nodes.
// Cayley's kv stores index quads by subject and by object, so gathering ten properties
// of every claim costs ten lookups a claim (seconds on a corpus); the saved queries
// read the rows instead, with one prefix scan per anchor
// (g.V().has(rdf:type, kg:RowIndex).out(kg:figureRow)). The graph itself stays the
// source of truth: the rows are written from the same extraction in the same
// transaction, labelled with the same article, and go with it.
//
// A row is a few tab-separated keys, then the record in JSON: "2016-02-07T11:46:43Z
// kg:article/…	…	{…}". A query sorts, groups and filters on the keys as plain
// strings and parses the JSON only of the rows it prints (JSON.parse in Gizmo's
// JavaScript costs ~20 µs a row). The keys of each kind are listed with its predicate.

// The row index hangs on anchor nodes of class kg:RowIndex, one per kind of row and day
// of publication (kg:index/figure/2016-02-07, kg:index/figure/undated), each naming its
// kind with kg:rowKind ("figure"); a finding's row hangs on the day of the later of its
// two reports. Cayley's kv stores keep, per subject and predicate, one list of quad IDs
// that every transaction reads and rewrites whole, and a path out of a node reads every
// quad of that node whatever its predicate: anchors by kind keep a query from reading
// the rows of other kinds, and anchors by day keep each list, and so the cost of
// writing one more article, as small in a store of years as in a store of a week.
var (
	RowIndex   = quad.IRI(NS + "RowIndex")
	HasRowKind = quad.IRI(NS + "rowKind")
)

// RowAnchor is the anchor of the rows of predicate p (ArticleRow, FigureRow…) of a
// report published at t.
func RowAnchor(p quad.IRI, t time.Time) quad.IRI {
	day := "undated"
	if !t.IsZero() {
		day = t.UTC().Format("2006-01-02")
	}
	return quad.IRI(NS + "index/" + RowKindOf(p) + "/" + day)
}

// RowKindOf is the kind of row of a row predicate: "figure" for kg:figureRow.
func RowKindOf(p quad.IRI) string {
	return strings.TrimSuffix(strings.TrimPrefix(string(p), NS), "Row")
}

// AnchorQuads are the shared quads that make an anchor one: its class and its kind.
func AnchorQuads(p quad.IRI, anchor quad.IRI) []quad.Quad {
	return []quad.Quad{
		{Subject: anchor, Predicate: Type, Object: RowIndex},
		{Subject: anchor, Predicate: HasRowKind, Object: quad.String(RowKindOf(p))},
	}
}

// ConflictAnchor is the anchor of a finding's row: the day of its later report, the
// second key of the row.
func ConflictAnchor(row string) quad.IRI {
	var t time.Time
	if k := strings.SplitN(row, "\t", 3); len(k) == 3 {
		t, _ = time.Parse(time.RFC3339, k[1])
	}
	return RowAnchor(ConflictRow, t)
}

// RowKind declares one kind of row: its name (the anchor's kg:rowKind), its predicate,
// its keys (the string fields of K, in order, each named by its `key` tag) and its
// record R. It is the one definition of a row's layout: schema writes rows with
// Encode, graph reads them with Decode, and the saved queries read keys by the names
// Go generates for the prelude (see Kinds).
type RowKind[K, R any] struct {
	Name      string
	Predicate quad.IRI
	keys      []string
}

func newRowKind[K, R any](name string) *RowKind[K, R] {
	k := &RowKind[K, R]{Name: name, Predicate: quad.IRI(NS + name + "Row"), keys: keyNames(reflect.TypeFor[K]())}
	Kinds = append(Kinds, KindInfo{Name: k.Name, Predicate: k.Predicate, Keys: k.keys, Record: reflect.TypeFor[R]()})
	return k
}

// Keys are the names of the kind's keys, in the order a row writes them.
func (k *RowKind[K, R]) Keys() []string { return k.keys }

// Encode writes keys and a record as one row: the keys tab-separated, then the record
// in JSON.
func (k *RowKind[K, R]) Encode(keys K, rec R) quad.String {
	v := reflect.ValueOf(keys)
	ks := make([]string, v.NumField())
	for i := range ks {
		ks[i] = v.Field(i).String()
	}
	return Row(rec, ks...)
}

// Decode reads a row that Encode wrote.
func (k *RowKind[K, R]) Decode(row string) (K, R, error) {
	var keys K
	var rec R
	parts := strings.SplitN(row, "\t", len(k.keys)+1)
	if len(parts) != len(k.keys)+1 {
		return keys, rec, fmt.Errorf("%s row: %d keys, want %d", k.Name, len(parts)-1, len(k.keys))
	}
	v := reflect.ValueOf(&keys).Elem()
	for i := range k.keys {
		v.Field(i).SetString(parts[i])
	}
	if err := json.Unmarshal([]byte(parts[len(k.keys)]), &rec); err != nil {
		return keys, rec, fmt.Errorf("%s row: %w", k.Name, err)
	}
	return keys, rec, nil
}

// keyNames reads the `key` tags of a struct of string fields.
func keyNames(t reflect.Type) []string {
	out := make([]string, t.NumField())
	for i := range out {
		f := t.Field(i)
		if f.Type.Kind() != reflect.String || f.Tag.Get("key") == "" {
			panic("schema: row key " + t.Name() + "." + f.Name + " is not a string field with a key tag")
		}
		out[i] = f.Tag.Get("key")
	}
	return out
}

// KindInfo describes a kind of row for those who read rows without Go's types: the
// prelude of the saved queries, and the documentation.
type KindInfo struct {
	Name      string
	Predicate quad.IRI
	Keys      []string
	Record    reflect.Type
}

// Kinds lists every kind of row, in the order they are declared below.
var Kinds []KindInfo

// The keys of each kind of row.
type (
	// ArticleKeys key an article's own row.
	ArticleKeys struct {
		Article string `key:"article"` // short IRI
	}
	// ClaimKeys are the first keys of every claim row: they order claims by report.
	ClaimKeys struct {
		Published string `key:"published"` // RFC 3339, or NoDate
		Article   string `key:"article"`
		Offset    string `key:"offset"` // OffsetKey of the sentence
	}
	// FigureKeys key a figure.
	FigureKeys struct {
		Published string `key:"published"`
		Article   string `key:"article"`
		Offset    string `key:"offset"`
		// Mention is the short IRI of the mention of the figure's event or subject (it
		// is part of an incident, which the incident rows name), or "".
		Mention string `key:"mention"`
		Measure string `key:"measure"`
	}
	// QuoteKeys key a quote.
	QuoteKeys struct {
		Published string `key:"published"`
		Article   string `key:"article"`
		Offset    string `key:"offset"`
		Speaker   string `key:"speaker"`
	}
	// RelationKeys key a relation: its ends by key (an entity's short IRI, or the
	// name key of words) and by name.
	RelationKeys struct {
		Published  string `key:"published"`
		Article    string `key:"article"`
		Offset     string `key:"offset"`
		Predicate  string `key:"predicate"`
		SubjectKey string `key:"subjectKey"`
		ObjectKey  string `key:"objectKey"`
		Subject    string `key:"subject"`
		Object     string `key:"object"`
	}
	// ConflictKeys key a finding.
	ConflictKeys struct {
		Conflict  string `key:"conflict"`  // short IRI
		Published string `key:"published"` // of the later report
	}
)

// The kinds of row.
var (
	ArticleRows = newRowKind[ArticleKeys, ArticleRecord]("article")
	FigureRows  = newRowKind[FigureKeys, FigureRecord]("figure") // a figure of nothing tracked
	// A figure of an event or of a tracked subject: the figures that reports are
	// compared on. The queries that follow events read these only.
	EventFigureRows = newRowKind[FigureKeys, FigureRecord]("eventFigure")
	QuoteRows       = newRowKind[QuoteKeys, QuoteRecord]("quote")
	RelationRows    = newRowKind[RelationKeys, RelationRecord]("relation")
	ConflictRows    = newRowKind[ConflictKeys, ConflictRecord]("conflict")
)

// The row predicates, one per kind of row.
var (
	ArticleRow     = ArticleRows.Predicate
	FigureRow      = FigureRows.Predicate
	EventFigureRow = EventFigureRows.Predicate
	QuoteRow       = QuoteRows.Predicate
	RelationRow    = RelationRows.Predicate
	ConflictRow    = ConflictRows.Predicate
)

// rowKinds are the kinds of row an article writes on day anchors, in the order it
// writes them.
var rowKinds = []quad.IRI{ArticleRow, EventFigureRow, FigureRow, QuoteRow, RelationRow}

// RowPredicates are the predicates of the rows an article writes. Each row is written
// twice: on its anchor for the queries, and on the article so that it is found and
// removed with it (ArticleRowAnchor finds the anchor of the article's copy).
var RowPredicates = func() map[quad.IRI]bool {
	m := map[quad.IRI]bool{MentionRows.Predicate: true}
	for _, p := range rowKinds {
		m[p] = true
	}
	return m
}()

// ArticleRowAnchor is where the other copy of an article's row lies: the day anchor of
// its kind, or for a mention row the bucket it names.
func ArticleRowAnchor(p quad.IRI, row string, published time.Time) quad.IRI {
	if p == MentionRows.Predicate {
		return BucketOfMentionRow(row)
	}
	return RowAnchor(p, published)
}

// Pack joins an article's rows of one kind into the one literal that carries them, a row
// a line (a row's JSON escapes its newlines, and Row drops them from keys). Cayley
// fetches each literal of a path on its own, two bolt lookups apiece: an article's 4
// figures packed in one literal are read in a quarter of the lookups, which is most of
// what a saved query spends on the whole corpus. Findings are rows of their own, one a
// literal, as the linker writes them one at a time.
func Pack(rows []string) quad.String { return quad.String(strings.Join(rows, "\n")) }

// Unpack splits a literal of the row index into its rows.
func Unpack(lit string) []string { return strings.Split(lit, "\n") }

// NoDate is the published key of a row whose article has no date: it sorts after
// every date.
const NoDate = "~"

// ArticleRecord is what a row says of the article it comes from.
type ArticleRecord struct {
	Article   string `json:"article"` // short IRI: kg:article/…
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // RFC 3339, UTC
	Publisher string `json:"publisher,omitempty"`
	Path      string `json:"path,omitempty"`
	URL       string `json:"url,omitempty"`
}

// FigureRecord is a figure claim with its article.
type FigureRecord struct {
	Claim      string   `json:"claim"`
	Mention    string   `json:"mention,omitempty"` // short IRI of the mention of its event or subject
	Subject    string   `json:"subject,omitempty"` // what a figure of no event is about
	Measure    string   `json:"measure"`
	Family     string   `json:"family,omitempty"` // kg.Figure.Family
	Scope      string   `json:"scope,omitempty"`
	Superseded bool     `json:"superseded,omitempty"` // the report says the value was replaced
	AsOf       string   `json:"asOf,omitempty"`       // when the report says a superseded value was given (ISO 8601 interval)
	Correction bool     `json:"correction,omitempty"` // the sentence corrects an earlier figure
	Value      float64  `json:"value"`
	Unit       string   `json:"unit,omitempty"`
	Qualifier  string   `json:"qualifier,omitempty"`
	Low        *float64 `json:"low,omitempty"`
	High       *float64 `json:"high,omitempty"`
	Source     string   `json:"source,omitempty"`
	Place      string   `json:"place,omitempty"`
	Date       string   `json:"date,omitempty"`
	Text       string   `json:"text"`   // the sentence
	Phrase     string   `json:"phrase"` // the words that state the figure
	Offset     int      `json:"offset"`
	ArticleRef
}

// ArticleRef is what a claim's row repeats of its article; the rest is in the
// article's own row.
type ArticleRef struct {
	Article   string `json:"article"`
	Published string `json:"published,omitempty"`
	Publisher string `json:"publisher,omitempty"`
}

// Ref is the part of the record a claim row repeats.
func (a ArticleRecord) Ref() ArticleRef {
	return ArticleRef{Article: a.Article, Published: a.Published, Publisher: a.Publisher}
}

// QuoteRecord is a quote with its article.
type QuoteRecord struct {
	Claim   string `json:"claim"`
	Speaker string `json:"speaker,omitempty"`
	Text    string `json:"text"`
	Offset  int    `json:"offset"`
	ArticleRef
}

// RelationRecord is a relation claim with its article.
type RelationRecord struct {
	Claim     string `json:"claim"`
	Subject   string `json:"subject"`             // the entity's name, or the words
	SubjectID string `json:"subjectId,omitempty"` // short IRI when an entity
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	ObjectID  string `json:"objectId,omitempty"`
	Source    string `json:"source,omitempty"`
	Text      string `json:"text"` // the sentence
	Offset    int    `json:"offset"`
	ArticleRef
}

// ConflictRecord is a finding between two claims, with both claims in full.
type ConflictRecord struct {
	Conflict string        `json:"conflict"` // short IRI
	Event    string        `json:"event,omitempty"`
	Measure  string        `json:"measure"`
	Scope    string        `json:"scope,omitempty"`
	Verdict  string        `json:"verdict"`
	Why      string        `json:"why"`
	Claims   []ClaimRecord `json:"claims"`
}

// ClaimRecord is one side of a finding: a figure, or a relation ("France rejects the
// resolution").
type ClaimRecord struct {
	Claim     string   `json:"claim"`
	Value     *float64 `json:"value"`
	Unit      string   `json:"unit,omitempty"`
	Qualifier string   `json:"qualifier,omitempty"`
	Source    string   `json:"source,omitempty"`
	Says      string   `json:"says,omitempty"` // a relation, in words
	Text      string   `json:"text"`           // the sentence
	Offset    int      `json:"offset"`
	ArticleRecord
}

// Row encodes keys and a record as the literal of a row quad.
func Row(v any, keys ...string) quad.String {
	var sb strings.Builder
	for _, k := range keys {
		sb.WriteString(strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' {
				return ' '
			}
			return r
		}, k))
		sb.WriteByte('\t')
	}
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic("schema: encode row: " + err.Error()) // plain structs of strings and numbers
	}
	return quad.String(strings.TrimSuffix(sb.String(), "\n"))
}

// OffsetKey writes an offset so that offsets sort as strings: "0000123".
func OffsetKey(n int) string {
	s := strconv.Itoa(n)
	if len(s) < 7 {
		s = strings.Repeat("0", 7-len(s)) + s
	}
	return s
}

// PublishedKey is the published key of a row.
func PublishedKey(a ArticleRecord) string {
	if a.Published == "" {
		return NoDate
	}
	return a.Published
}
