package schema

import (
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg"
)

// The terms kg writes. schema.org names articles, people, organizations and places;
// PROV-O says where a claim comes from; the kg: namespace has the rest.
var (
	// RDF and RDFS.
	Type  = quad.IRI(RDFNS + "type")
	Label = quad.IRI(RDFSNS + "label")

	// Classes.
	NewsArticle  = quad.IRI(SchemaNS + "NewsArticle")
	Person       = quad.IRI(SchemaNS + "Person")
	Organization = quad.IRI(SchemaNS + "Organization")
	Place        = quad.IRI(SchemaNS + "Place")
	Group        = quad.IRI(NS + "Group")
	Thing        = quad.IRI(SchemaNS + "Thing")
	Figure       = quad.IRI(NS + "Figure")
	Quote        = quad.IRI(NS + "Quote")
	Relation     = quad.IRI(NS + "Relation")
	Event        = quad.IRI(NS + "Event")
	Conflict     = quad.IRI(NS + "Conflict")
	Merge        = quad.IRI(NS + "Merge")

	// Articles.
	Headline      = quad.IRI(SchemaNS + "headline")
	DatePublished = quad.IRI(SchemaNS + "datePublished")
	Publisher     = quad.IRI(SchemaNS + "publisher")
	URL           = quad.IRI(SchemaNS + "url")
	Mentions      = quad.IRI(SchemaNS + "mentions")
	ContentHash   = quad.IRI(NS + "contentHash")
	Path          = quad.IRI(NS + "path")
	Key           = quad.IRI(NS + "key")
	Format        = quad.IRI(NS + "format")
	Reports       = quad.IRI(NS + "reports")

	// Entities.
	Name    = quad.IRI(SchemaNS + "name")
	Alias   = quad.IRI(SchemaNS + "alternateName")
	Country = quad.IRI(NS + "country")

	// Claims: every figure, quote and relation read in one sentence of one article.
	FromArticle  = quad.IRI(ProvNS + "wasDerivedFrom")  // claim → article
	AttributedTo = quad.IRI(ProvNS + "wasAttributedTo") // claim → the entity the article cites
	Source       = quad.IRI(NS + "source")              // claim → who the article cites, as words
	Sentence     = quad.IRI(NS + "sentence")
	Offset       = quad.IRI(NS + "offset")
	Text         = quad.IRI(NS + "text")
	Measure      = quad.IRI(NS + "measure")
	Value        = quad.IRI(NS + "value")
	Qualifier    = quad.IRI(NS + "qualifier")
	Low          = quad.IRI(NS + "low")
	High         = quad.IRI(NS + "high")
	Unit         = quad.IRI(NS + "unit")
	OfEvent      = quad.IRI(NS + "event")
	At           = quad.IRI(NS + "place")
	On           = quad.IRI(NS + "date")
	Speaker      = quad.IRI(NS + "speaker")
	Subject      = quad.IRI(NS + "subject")
	Predicate    = quad.IRI(NS + "predicate")
	Object       = quad.IRI(NS + "object")

	// Events.
	EventType = quad.IRI(NS + "eventType")

	// Cross-report findings: a conflict or agreement between two claims.
	Involves = quad.IRI(NS + "involves")
	Verdict  = quad.IRI(NS + "verdict") // "conflict", "update", "revision", "corroboration"
	Why      = quad.IRI(NS + "why")
	Tally    = quad.IRI(NS + "tally") // figure claim → the node every report of its event, measure and value points to

	// Merges: an entity name of one report taken for an entity another report named.
	Into   = quad.IRI(NS + "into")
	Method = quad.IRI(NS + "method")
)

// PredicateIRI is the IRI of a relation predicate: "rejects" → kg:rejects for the
// controlled vocabulary, "dropCaseAgainst" → kg:open/dropCaseAgainst for an open predicate
// (kg.IsOpenPredicate: read from a verb phrase, outside the vocabulary).
func PredicateIRI(p string) quad.IRI {
	if kg.IsOpenPredicate(p) {
		return quad.IRI(NS + OpenPredicates + p)
	}
	return quad.IRI(NS + p)
}

// OpenPredicates is the path under the kg: namespace where open predicates live.
const OpenPredicates = "open/"

// Terms names the terms above for people who write queries: the prelude of every kg
// query defines T from it (T.type, T.name, T.fromArticle, T.Person…), classes
// capitalised, predicates not.
var Terms = map[string]quad.IRI{
	"type":          Type,
	"label":         Label,
	"NewsArticle":   NewsArticle,
	"Person":        Person,
	"Organization":  Organization,
	"Place":         Place,
	"Group":         Group,
	"Thing":         Thing,
	"Figure":        Figure,
	"Quote":         Quote,
	"Relation":      Relation,
	"Event":         Event,
	"Conflict":      Conflict,
	"Merge":         Merge,
	"headline":      Headline,
	"datePublished": DatePublished,
	"publisher":     Publisher,
	"url":           URL,
	"mentions":      Mentions,
	"contentHash":   ContentHash,
	"path":          Path,
	"key":           Key,
	"format":        Format,
	"reports":       Reports,
	"name":          Name,
	"alias":         Alias,
	"country":       Country,
	"fromArticle":   FromArticle,
	"attributedTo":  AttributedTo,
	"source":        Source,
	"sentence":      Sentence,
	"offset":        Offset,
	"text":          Text,
	"measure":       Measure,
	"value":         Value,
	"qualifier":     Qualifier,
	"low":           Low,
	"high":          High,
	"unit":          Unit,
	"ofEvent":       OfEvent,
	"at":            At,
	"on":            On,
	"speaker":       Speaker,
	"subject":       Subject,
	"predicate":     Predicate,
	"object":        Object,
	"eventType":     EventType,
	"involves":      Involves,
	"verdict":       Verdict,
	"why":           Why,
	"tally":         Tally,
	"into":          Into,
	"method":        Method,
	"RowIndex":      RowIndex,
	"Mention":       Mention,
	"Agreement":     Agreement,
	"Bucket":        Bucket,
	"Dispute":       Dispute,
	"sameAs":        SameAs,
	"fullNameIn":    FullNameIn,
	"shortNameIn":   ShortNameIn,
	"mention":       OfMention,
	"partOf":        PartOf,
	"bucket":        InBucket,
	"scope":         Scope,
	"about":         About,
	"reportCount":   ReportCount,
	"superseded":    Superseded,
	"asOf":          AsOf,
	"corrects":      Corrects,
	"rowKind":       HasRowKind,
}
