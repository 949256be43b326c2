package kg

import (
	"encoding/json"
	"time"
)

// The JSON Lines contract of `kg extract --json` (DESIGN.md): one ExtractionJSON per
// article. Optional values are pointers so that they print as null.

// ExtractionJSON is the contract form of an Extraction.
type ExtractionJSON struct {
	Article   ArticleJSON    `json:"article"`
	Entities  []EntityJSON   `json:"entities"`
	Relations []RelationJSON `json:"relations"`
	Quotes    []QuoteJSON    `json:"quotes"`
	Figures   []FigureJSON   `json:"figures"`
	Events    []EventJSON    `json:"events"`
}

// ArticleJSON describes the article.
type ArticleJSON struct {
	ID        string  `json:"id"`
	Path      string  `json:"path"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	Publisher *string `json:"publisher"`
	URL       *string `json:"url"`
}

// EntityJSON is one entity.
type EntityJSON struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
	Country  *string  `json:"country,omitempty"`
}

// RelationJSON is one relation; sentence is the whole sentence, text the words that carry it.
type RelationJSON struct {
	Subject   string  `json:"subject"`
	Predicate string  `json:"predicate"`
	Object    string  `json:"object"`
	Source    *string `json:"source"`
	Sentence  string  `json:"sentence"`
	Text      string  `json:"text"`
	// Open marks an open predicate (kg.IsOpenPredicate): read from a verb phrase, outside
	// the controlled vocabulary.
	Open bool `json:"open,omitempty"`
}

// QuoteJSON is one quote.
type QuoteJSON struct {
	Speaker  *string `json:"speaker"`
	Text     string  `json:"text"`
	Sentence string  `json:"sentence"`
}

// FigureJSON is one figure.
type FigureJSON struct {
	Measure   string  `json:"measure"`
	Value     float64 `json:"value"`
	Unit      *string `json:"unit"`
	Qualifier *string `json:"qualifier"`
	Scope     *string `json:"scope"` // null for the whole; "group: children", "increment"…
	Event     *string `json:"event"`
	Subject   *string `json:"subject,omitempty"` // what a figure of no event is about
	// Family is the family of measures the clause says the quantity is of beyond its
	// measure's words ("payment" for "paid $2 million in legal fees"), when it does.
	Family string `json:"family,omitempty"`
	// Correction is true when the sentence corrects an earlier figure; Superseded when
	// the report says this value was replaced.
	Correction bool    `json:"correction,omitempty"`
	Superseded bool    `json:"superseded,omitempty"`
	AsOf       *string `json:"as_of,omitempty"` // when a superseded value was given, an ISO 8601 interval
	Place      *string `json:"place"`
	Date       *string `json:"date"`
	Source     *string `json:"source"`
	Sentence   string  `json:"sentence"`
	Text       string  `json:"text"`
}

// EventJSON is one event.
type EventJSON struct {
	Label   string  `json:"label"`
	Type    string  `json:"type"`
	Place   *string `json:"place"`
	Country *string `json:"country"`
	Date    *string `json:"date"`
	Main    bool    `json:"main"`
}

// Label is the readable name of an event: "earthquake · Taiwan · 2016-02-06".
func (e Event) Label() string {
	s := e.Type
	where := e.Country
	if where == "" {
		where = e.Place
	} else if e.Place != "" && e.Place != e.Country {
		where = e.Place + ", " + e.Country
	}
	if where != "" {
		s += " · " + where
	}
	if e.Date != "" {
		s += " · " + e.Date
	}
	return s
}

// DateString is t as an ISO 8601 date, or "" for the zero time.
func DateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// JSON returns the contract form of x.
func (x *Extraction) JSON() ExtractionJSON {
	a := x.Article
	out := ExtractionJSON{
		Article: ArticleJSON{
			ID: a.ID, Path: a.Path, Title: a.Title,
			Published: opt(DateString(a.Published)), Publisher: opt(a.Publisher), URL: opt(a.URL),
		},
		Entities:  make([]EntityJSON, 0, len(x.Entities)),
		Relations: make([]RelationJSON, 0, len(x.Relations)),
		Quotes:    make([]QuoteJSON, 0, len(x.Quotes)),
		Figures:   make([]FigureJSON, 0, len(x.Figures)),
		Events:    make([]EventJSON, 0, len(x.Events)),
	}
	sentence := func(i int) string {
		if i >= 0 && i < len(x.Sentences) {
			return x.Sentences[i].Text
		}
		return ""
	}
	for _, e := range x.Entities {
		aliases := e.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		out.Entities = append(out.Entities, EntityJSON{Name: e.Name, Type: string(e.Type), Aliases: aliases, Mentions: e.Mentions, Country: opt(e.Country)})
	}
	for _, r := range x.Relations {
		out.Relations = append(out.Relations, RelationJSON{Subject: r.Subject, Predicate: r.Predicate, Object: r.Object,
			Source: opt(r.Source), Sentence: sentence(r.Sentence), Text: r.Text, Open: IsOpenPredicate(r.Predicate)})
	}
	for _, q := range x.Quotes {
		out.Quotes = append(out.Quotes, QuoteJSON{Speaker: opt(q.Speaker), Text: q.Text, Sentence: sentence(q.Sentence)})
	}
	for _, f := range x.Figures {
		var event *string
		if f.Event >= 0 && f.Event < len(x.Events) {
			event = opt(x.Events[f.Event].Label())
		}
		out.Figures = append(out.Figures, FigureJSON{Measure: f.Measure, Value: f.Value, Unit: opt(f.Unit),
			Qualifier: opt(string(f.Qualifier)), Scope: opt(f.Scope.String()), Event: event, Subject: opt(f.Subject), Family: f.Family,
			Correction: f.Correction, Superseded: f.Superseded, AsOf: opt(f.AsOf), Place: opt(f.Place), Date: opt(f.Date),
			Source: opt(f.Source), Sentence: sentence(f.Sentence), Text: f.Text})
	}
	for _, e := range x.Events {
		out.Events = append(out.Events, EventJSON{Label: e.Label(), Type: e.Type, Place: opt(e.Place),
			Country: opt(e.Country), Date: opt(e.Date), Main: e.Main})
	}
	return out
}

// MarshalJSON encodes x in the contract form.
func (x *Extraction) MarshalJSON() ([]byte, error) { return json.Marshal(x.JSON()) }
