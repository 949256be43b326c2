package report

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"golang.org/x/sync/errgroup"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/queries"
)

// ErrNoEvents is returned by Gather when no event has figures that match the selection.
var ErrNoEvents = errors.New("no event with figures matches")

// Selection says which events a report shows.
type Selection struct {
	Event      string        // part of the event's label; "" for all
	Measure    string        // part of the measure's name; "" for all
	MinReports int           // the fewest reports (articles with a figure) an event needs; 0 means 1
	MaxEvents  int           // the most events, most reports first; 0 means all
	Timeout    time.Duration // for each saved query; 0 means none
}

// The saved queries Gather runs.
const (
	figuresQuery        = "figures"
	contradictionsQuery = "contradictions"
	corroborationsQuery = "corroborations"
	entitiesQuery       = "event-entities"
)

// Gather reads a report's Data from a store: it runs the saved queries figures,
// contradictions, corroborations and event-entities (at once) and puts their rows
// together, event by event and measure by measure. It returns ErrNoEvents when no event
// qualifies.
func Gather(ctx context.Context, qs cgraph.QuadStore, sel Selection) (Data, error) {
	if sel.MinReports < 1 {
		sel.MinReports = 1
	}
	params := map[string]string{}
	if sel.Event != "" {
		params["event"] = sel.Event
	}
	if sel.Measure != "" {
		params["measure"] = sel.Measure
	}
	entityParams := map[string]string{"reports": strconv.Itoa(sel.MinReports)}
	figureParams := map[string]string{"only": "events"} // the report follows events
	for k, v := range params {
		entityParams[k] = v
		figureParams[k] = v
	}
	var figures, contradictions, corroborations, entities []any
	g, gctx := errgroup.WithContext(ctx)
	for _, r := range []struct {
		name   string
		params map[string]string
		limit  int
		out    *[]any
	}{
		{figuresQuery, figureParams, 0, &figures},
		{contradictionsQuery, params, 0, &contradictions},
		{corroborationsQuery, params, 0, &corroborations},
		{entitiesQuery, entityParams, sel.MaxEvents, &entities},
	} {
		g.Go(func() error {
			q, err := queries.Get(r.name)
			if err != nil {
				return err
			}
			rows, err := queries.Run(gctx, qs, q.Source, queries.Options{Params: r.params, Limit: r.limit, Timeout: sel.Timeout})
			if err != nil {
				return fmt.Errorf("query %s: %w", r.name, err)
			}
			*r.out = rows
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return Data{}, err
	}
	var rows queryRows
	for _, d := range []struct {
		from []any
		into any
	}{{figures, &rows.figures}, {contradictions, &rows.contradictions}, {corroborations, &rows.corroborations}, {entities, &rows.events}} {
		if err := queries.Decode(d.from, d.into); err != nil {
			return Data{}, err
		}
	}
	return assemble(sel, rows)
}

// The rows of the saved queries a report reads, by the columns their headers declare.
type (
	queryRows struct {
		figures        []figureRow
		contradictions []contradictionRow
		corroborations []corroborationRow
		events         []eventRow
	}
	figureRow struct {
		Event     string       `json:"event"`
		EventID   string       `json:"eventId"`
		Measure   string       `json:"measure"`
		Value     float64      `json:"value"`
		Unit      string       `json:"unit"`
		Qualifier kg.Qualifier `json:"qualifier"`
		Source    string       `json:"source"`
		Publisher string       `json:"publisher"`
		Published string       `json:"published"`
		Article   string       `json:"article"`
		Title     string       `json:"title"`
		URL       string       `json:"url"`
		Text      string       `json:"text"`
	}
	contradictionRow struct {
		EventID string     `json:"eventId"`
		Measure string     `json:"measure"`
		Verdict kg.Verdict `json:"verdict"`
		Why     string     `json:"why"`
		Claims  []struct {
			Value     *float64     `json:"value"`
			Unit      string       `json:"unit"`
			Qualifier kg.Qualifier `json:"qualifier"`
			Says      string       `json:"says"`
			Source    string       `json:"source"`
			Publisher string       `json:"publisher"`
			Published string       `json:"published"`
			Article   string       `json:"article"`
			Text      string       `json:"text"`
		} `json:"claims"`
	}
	corroborationRow struct {
		EventID   string       `json:"eventId"`
		Measure   string       `json:"measure"`
		Value     float64      `json:"value"`
		Unit      string       `json:"unit"`
		Qualifier kg.Qualifier `json:"qualifier"`
		Outlets   []string     `json:"outlets"`
		Articles  []string     `json:"articles"`
	}
	eventRow struct {
		Event    string `json:"event"`
		EventID  string `json:"eventId"`
		Date     string `json:"date"`
		Articles []struct {
			Article   string `json:"article"`
			Title     string `json:"title"`
			Publisher string `json:"publisher"`
			Published string `json:"published"`
			URL       string `json:"url"`
			Path      string `json:"path"`
		} `json:"articles"`
		Entities []struct {
			Name    string `json:"name"`
			Type    string `json:"type"`
			Reports int    `json:"reports"`
		} `json:"entities"`
	}
)

// assemble puts the rows of the saved queries together (see Gather), joining them by
// the event's IRI: the events with their figures by measure, the events to show, then
// the findings and agreements of each measure, and the totals.
func assemble(sel Selection, rows queryRows) (Data, error) {
	extras, urls := eventExtras(rows.events)
	order := groupFigures(rows.figures, urls)
	chosen, found := chooseEvents(sel, order)
	if len(chosen) == 0 {
		return Data{}, ErrNoEvents
	}
	shown := map[string]*eventAcc{}
	for _, e := range chosen {
		shown[e.id] = e
	}
	d := Data{Totals: Totals{EventsFound: found}}
	d.Disputes = attachFindings(rows.contradictions, shown, urls)
	attachAgreements(rows.corroborations, shown)
	for _, e := range chosen {
		e.sortMeasures()
		if x := extras[e.id]; x != nil {
			e.Articles, e.Entities, e.Date = x.articles, x.entities, x.date
		}
		d.Events = append(d.Events, e.Event)
	}
	d.Totals.add(d)
	return d, nil
}

// eventExtra is what event-entities says of an event: its date, its reports with their
// URLs, the entities they name.
type eventExtra struct {
	date     string
	articles []Article
	entities []Entity
}

// eventExtras reads the rows of event-entities, by event; urls maps each article to its
// URL.
func eventExtras(events []eventRow) (map[string]*eventExtra, map[string]string) {
	extras := map[string]*eventExtra{}
	urls := map[string]string{}
	for _, r := range events {
		x := &eventExtra{date: r.Date}
		for _, a := range r.Articles {
			art := Article{ID: a.Article, Title: a.Title, Publisher: a.Publisher, Published: stamp(a.Published), URL: a.URL, Path: a.Path}
			urls[art.ID] = art.URL
			x.articles = append(x.articles, art)
		}
		sort.SliceStable(x.articles, func(i, j int) bool { return earlier(x.articles[i].Published, x.articles[j].Published) })
		for _, e := range r.Entities {
			x.entities = append(x.entities, Entity{Name: e.Name, Type: e.Type, Reports: e.Reports})
		}
		extras[r.EventID] = x
	}
	return extras, urls
}

// measureKey names one chart: a measure in one unit.
type measureKey struct{ measure, unit string }

// eventAcc is an event being put together.
type eventAcc struct {
	Event
	id       string
	arts     map[string]bool
	measures map[measureKey]int // index into Measures
}

// groupFigures puts the figures of events by event and by measure and unit, in the
// order the query gives them (oldest report first), and returns the events in the
// order of their first figure.
func groupFigures(figures []figureRow, urls map[string]string) []*eventAcc {
	byID := map[string]*eventAcc{}
	var order []*eventAcc
	for _, m := range figures {
		if m.EventID == "" {
			continue // a figure of no event: nothing to compare it with
		}
		e := byID[m.EventID]
		if e == nil {
			e = &eventAcc{Event: Event{Label: m.Event}, id: m.EventID, arts: map[string]bool{}, measures: map[measureKey]int{}}
			byID[m.EventID] = e
			order = append(order, e)
		}
		c := Claim{Value: m.Value, Qualifier: m.Qualifier, Source: m.Source, Publisher: m.Publisher,
			Published: stamp(m.Published), Article: m.Article, Title: m.Title, URL: m.URL, Sentence: m.Text}
		if c.URL == "" {
			c.URL = urls[c.Article]
		}
		e.arts[c.Article] = true
		k := measureKey{m.Measure, m.Unit}
		i, ok := e.measures[k]
		if !ok {
			i = len(e.Measures)
			e.measures[k] = i
			e.Measures = append(e.Measures, Measure{Name: k.measure, Unit: k.unit})
		}
		e.Measures[i].Claims = append(e.Measures[i].Claims, c)
	}
	for _, e := range order {
		e.Reports = len(e.arts)
	}
	return order
}

// chooseEvents keeps the events with enough reports, most reports first (then by
// label), up to the cap; found is how many qualified before the cap.
func chooseEvents(sel Selection, order []*eventAcc) (chosen []*eventAcc, found int) {
	for _, e := range order {
		if e.Reports >= sel.MinReports {
			chosen = append(chosen, e)
		}
	}
	sort.SliceStable(chosen, func(i, j int) bool {
		if chosen[i].Reports != chosen[j].Reports {
			return chosen[i].Reports > chosen[j].Reports
		}
		return chosen[i].Label < chosen[j].Label
	})
	found = len(chosen)
	if sel.MaxEvents > 0 && len(chosen) > sel.MaxEvents {
		chosen = chosen[:sel.MaxEvents]
	}
	return chosen, found
}

// attachFindings gives conflicts and revisions to the measure they are about, each
// once (one verdict about the same claims), and returns the findings about statements
// as disputes.
func attachFindings(rows []contradictionRow, shown map[string]*eventAcc, urls map[string]string) []Dispute {
	var disputes []Dispute
	for _, m := range rows {
		statement := len(m.Claims) == 0
		for _, c := range m.Claims {
			if c.Value == nil {
				statement = true
			}
		}
		if statement {
			if m.EventID != "" && shown[m.EventID] == nil {
				continue
			}
			dsp := Dispute{Verdict: m.Verdict, Subject: m.Measure, Why: m.Why}
			for _, c := range m.Claims {
				dsp.Claims = append(dsp.Claims, Statement{Says: c.Says, Source: c.Source, Publisher: c.Publisher,
					Published: stamp(c.Published), URL: urls[c.Article], Sentence: c.Text})
			}
			disputes = append(disputes, dsp)
			continue
		}
		e := shown[m.EventID]
		if e == nil {
			continue
		}
		i, ok := e.measures[measureKey{m.Measure, m.Claims[0].Unit}]
		if !ok {
			continue
		}
		ms := &e.Measures[i]
		f := Finding{Verdict: m.Verdict, Why: m.Why, Claims: []int{}}
		for _, c := range m.Claims {
			if j := ms.find(c.Article, *c.Value, c.Qualifier, c.Text); j >= 0 {
				f.Claims = append(f.Claims, j)
			}
		}
		if !ms.hasFinding(f) {
			ms.Findings = append(ms.Findings, f)
		}
	}
	return disputes
}

// hasFinding reports whether m has a finding with f's verdict about the same claims.
func (m *Measure) hasFinding(f Finding) bool {
	return len(uniqueFindings(append(append([]Finding(nil), m.Findings...), f))) == len(m.Findings)
}

// attachAgreements gives the values independent reports agree on to their measure,
// with the claims that give them.
func attachAgreements(rows []corroborationRow, shown map[string]*eventAcc) {
	for _, m := range rows {
		e := shown[m.EventID]
		if e == nil {
			continue
		}
		i, ok := e.measures[measureKey{m.Measure, m.Unit}]
		if !ok {
			continue
		}
		ms := &e.Measures[i]
		a := Agreement{Value: m.Value, Qualifier: m.Qualifier, Outlets: m.Outlets, Claims: []int{}}
		arts := map[string]bool{}
		for _, id := range m.Articles {
			arts[id] = true
		}
		for j, c := range ms.Claims {
			if arts[c.Article] && c.Value == a.Value && c.Qualifier == a.Qualifier {
				a.Claims = append(a.Claims, j)
			}
		}
		ms.Agreements = append(ms.Agreements, a)
	}
}

// sortMeasures orders an event's measures: most reports first, then most figures, then
// by name and unit.
func (e *eventAcc) sortMeasures() {
	sort.SliceStable(e.Measures, func(i, j int) bool {
		a, b := e.Measures[i], e.Measures[j]
		if ra, rb := a.Reports(), b.Reports(); ra != rb {
			return ra > rb
		}
		if len(a.Claims) != len(b.Claims) {
			return len(a.Claims) > len(b.Claims)
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Unit < b.Unit
	})
}

// add counts what d shows.
func (t *Totals) add(d Data) {
	arts, pubs := map[string]bool{}, map[string]bool{}
	for _, e := range d.Events {
		for _, ms := range e.Measures {
			t.Figures += len(ms.Claims)
			for _, c := range ms.Claims {
				arts[c.Article] = true
				if c.Publisher != "" {
					pubs[c.Publisher] = true
				}
			}
			t.Corroborations += len(ms.Agreements)
			for _, f := range ms.Findings {
				t.count(f.Verdict)
			}
		}
	}
	for _, dsp := range d.Disputes {
		t.count(dsp.Verdict)
	}
	t.Events, t.Reports, t.Outlets = len(d.Events), len(arts), len(pubs)
}

func (t *Totals) count(v kg.Verdict) {
	switch v {
	case kg.Conflict:
		t.Conflicts++
	case kg.Revision:
		t.Revisions++
	}
}

// find returns the index of the claim an article made with this value, qualifier and
// sentence, or -1.
func (m *Measure) find(article string, value float64, q kg.Qualifier, sentence string) int {
	for i, c := range m.Claims {
		if c.Article == article && c.Value == value && c.Qualifier == q && c.Sentence == sentence {
			return i
		}
	}
	return -1
}

// stamp reads an ISO 8601 time ("2016-02-06T03:31:06Z"); zero when absent or unreadable.
func stamp(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC()
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t
	}
	return time.Time{}
}

// earlier orders times with the undated (zero) last.
func earlier(a, b time.Time) bool {
	if a.IsZero() != b.IsZero() {
		return b.IsZero()
	}
	return a.Before(b)
}
