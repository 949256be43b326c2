package report

import (
	"sort"
	"time"

	"github.com/factgraph/kg"
)

// Data is everything a report shows: plain values, so that a test can build it by hand.
type Data struct {
	Totals Totals  `json:"totals"`
	Events []Event `json:"events"`
	// Disputes are findings about statements rather than an event's figures ("Turkey
	// accepts the offer" against "Turkey rejects it").
	Disputes []Dispute `json:"disputes,omitempty"`
}

// Totals are the counts the header shows.
type Totals struct {
	Events         int `json:"events"`         // events shown
	EventsFound    int `json:"eventsFound"`    // events that qualified before the cap
	Reports        int `json:"reports"`        // articles behind the figures shown
	Outlets        int `json:"outlets"`        // publishers of those articles
	Figures        int `json:"figures"`        // figure claims shown
	Conflicts      int `json:"conflicts"`      // findings with the verdict conflict
	Revisions      int `json:"revisions"`      // findings with the verdict revision
	Corroborations int `json:"corroborations"` // values two or more reports agree on
}

// Event is one event with the figures reported for it.
type Event struct {
	Label    string    `json:"label"` // "earthquake · Izmir, Turkey · 2031-05-10"
	Date     string    `json:"date,omitempty"`
	Reports  int       `json:"reports"` // articles with a figure for it
	Measures []Measure `json:"measures"`
	Entities []Entity  `json:"entities,omitempty"`
	Articles []Article `json:"articles,omitempty"` // the reports, oldest first
}

// Measure is what one chart shows: every figure of one measure and unit for an event.
type Measure struct {
	Name   string  `json:"name"`           // killed, injured, magnitude…
	Unit   string  `json:"unit,omitempty"` // USD, percent… or "" for a count
	Claims []Claim `json:"claims"`         // oldest report first
	// Findings are the conflicts and revisions among Claims.
	Findings []Finding `json:"findings,omitempty"`
	// Agreements are the values two or more reports corroborate.
	Agreements []Agreement `json:"agreements,omitempty"`
}

// Claim is one figure as one article reports it.
type Claim struct {
	Value     float64      `json:"value"`
	Qualifier kg.Qualifier `json:"qualifier,omitempty"`
	Source    string       `json:"source,omitempty"`    // whom the article cites, "" for its own voice
	Publisher string       `json:"publisher,omitempty"` // the outlet
	Published time.Time    `json:"published,omitzero"`  // zero when the article has no date
	Article   string       `json:"article"`             // short IRI
	Title     string       `json:"title,omitempty"`
	URL       string       `json:"url,omitempty"`
	Sentence  string       `json:"sentence"`
}

// Finding is a verdict between claims of one measure.
type Finding struct {
	Verdict kg.Verdict `json:"verdict"` // conflict or revision
	Why     string     `json:"why"`
	Claims  []int      `json:"claims"` // indexes into Measure.Claims
}

// Agreement is a value that several reports give.
type Agreement struct {
	Value     float64      `json:"value"`
	Qualifier kg.Qualifier `json:"qualifier,omitempty"`
	Outlets   []string     `json:"outlets,omitempty"`
	Claims    []int        `json:"claims"` // indexes into Measure.Claims
}

// Dispute is a finding between statements that are not figures of an event.
type Dispute struct {
	Verdict kg.Verdict  `json:"verdict"`
	Subject string      `json:"subject"` // what is disputed: "rejects/accepts"
	Why     string      `json:"why"`
	Claims  []Statement `json:"claims"`
}

// Statement is one side of a Dispute.
type Statement struct {
	Says      string    `json:"says"` // "Turkey accepts Greece"
	Source    string    `json:"source,omitempty"`
	Publisher string    `json:"publisher,omitempty"`
	Published time.Time `json:"published,omitzero"`
	URL       string    `json:"url,omitempty"`
	Sentence  string    `json:"sentence"`
}

// Entity is a person, organization, place or group that an event's reports name.
type Entity struct {
	Name    string `json:"name"`
	Type    string `json:"type"`    // person, organization, place, group or thing
	Reports int    `json:"reports"` // how many of the event's reports name it
}

// Article is one report of an event.
type Article struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	Publisher string    `json:"publisher,omitempty"`
	Published time.Time `json:"published,omitzero"`
	URL       string    `json:"url,omitempty"`
	Path      string    `json:"path,omitempty"`
}

// Reports counts the articles among m's claims.
func (m Measure) Reports() int {
	seen := map[string]bool{}
	for _, c := range m.Claims {
		seen[c.Article] = true
	}
	return len(seen)
}

// Standing tells, for each of m's claims, whether it stands for its report in its
// outlet's trend line and in the overview's latest values: every claim does, except
// that a report is held to its highest count of a toll, whose lower counts are parts
// of it ("at least 39 killed" and "two others died elsewhere in the city": the report
// says 39). Of equal highest counts, the first stands.
func (m Measure) Standing() []bool {
	stands := make([]bool, len(m.Claims))
	if !kg.TraitsOf(m.Name).Toll {
		for i := range stands {
			stands[i] = true
		}
		return stands
	}
	highest := map[string]int{}
	for i, c := range m.Claims {
		if j, ok := highest[c.Article]; !ok || c.Value > m.Claims[j].Value {
			highest[c.Article] = i
		}
	}
	for _, i := range highest {
		stands[i] = true
	}
	return stands
}

// Outlets lists the publishers of m's claims, the most claims first.
func (m Measure) Outlets() []string { return outlets(m.Claims) }

func outlets(claims []Claim) []string {
	n := map[string]int{}
	for _, c := range claims {
		n[c.Publisher]++
	}
	out := make([]string, 0, len(n))
	for p := range n {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if n[out[i]] != n[out[j]] {
			return n[out[i]] > n[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}
