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
	return assemble(sel, figures, contradictions, corroborations, entities)
}

// assemble puts the rows of the saved queries together (see Gather).
func assemble(sel Selection, figureRows, contradictionRows, corroborationRows, entityRows []any) (Data, error) {
	// The reports of each event, with their URLs, and the entities they name.
	type extra struct {
		articles []Article
		entities []Entity
	}
	extras := map[string]*extra{}
	urls := map[string]string{}
	for _, r := range entityRows {
		m := object(r)
		label := str(m["event"])
		if extras[label] != nil {
			continue // another event node with the same label: the first has more reports
		}
		x := &extra{}
		for _, a := range list(m["articles"]) {
			am := object(a)
			art := Article{ID: str(am["article"]), Title: str(am["title"]), Publisher: str(am["publisher"]),
				Published: stamp(am["published"]), URL: str(am["url"]), Path: str(am["path"])}
			urls[art.ID] = art.URL
			x.articles = append(x.articles, art)
		}
		sort.SliceStable(x.articles, func(i, j int) bool { return earlier(x.articles[i].Published, x.articles[j].Published) })
		for _, e := range list(m["entities"]) {
			em := object(e)
			x.entities = append(x.entities, Entity{Name: str(em["name"]), Type: str(em["type"]), Reports: int(num(em["reports"]))})
		}
		extras[label] = x
	}

	// Figures, by event and by measure and unit, in the order the query gives (oldest
	// report first).
	type key struct{ measure, unit string }
	type eventAcc struct {
		Event
		arts     map[string]bool
		measures map[key]int // index into Measures
	}
	byLabel := map[string]*eventAcc{}
	var order []*eventAcc
	for _, r := range figureRows {
		m := object(r)
		label := str(m["event"])
		if label == "" {
			continue // a figure of no event: nothing to compare it with
		}
		e := byLabel[label]
		if e == nil {
			e = &eventAcc{Event: Event{Label: label}, arts: map[string]bool{}, measures: map[key]int{}}
			byLabel[label] = e
			order = append(order, e)
		}
		c := Claim{Value: num(m["value"]), Qualifier: kg.Qualifier(str(m["qualifier"])), Source: str(m["source"]),
			Publisher: str(m["publisher"]), Published: stamp(m["published"]), Article: str(m["article"]),
			Title: str(m["title"]), URL: str(m["url"]), Sentence: str(m["text"])}
		if c.URL == "" {
			c.URL = urls[c.Article]
		}
		e.arts[c.Article] = true
		k := key{str(m["measure"]), str(m["unit"])}
		i, ok := e.measures[k]
		if !ok {
			i = len(e.Measures)
			e.measures[k] = i
			e.Measures = append(e.Measures, Measure{Name: k.measure, Unit: k.unit})
		}
		e.Measures[i].Claims = append(e.Measures[i].Claims, c)
	}
	var chosen []*eventAcc
	for _, e := range order {
		e.Reports = len(e.arts)
		if e.Reports >= sel.MinReports {
			chosen = append(chosen, e)
		}
	}
	if len(chosen) == 0 {
		return Data{}, ErrNoEvents
	}
	sort.SliceStable(chosen, func(i, j int) bool {
		if chosen[i].Reports != chosen[j].Reports {
			return chosen[i].Reports > chosen[j].Reports
		}
		return chosen[i].Label < chosen[j].Label
	})
	d := Data{Totals: Totals{EventsFound: len(chosen)}}
	if sel.MaxEvents > 0 && len(chosen) > sel.MaxEvents {
		chosen = chosen[:sel.MaxEvents]
	}
	shown := map[string]*eventAcc{}
	for _, e := range chosen {
		shown[e.Label] = e
	}

	// Conflicts and revisions go to the measure they are about; findings about
	// statements become disputes.
	for _, r := range contradictionRows {
		m := object(r)
		claims := list(m["claims"])
		label := str(m["event"])
		statement := len(claims) == 0
		for _, c := range claims {
			if object(c)["value"] == nil {
				statement = true
			}
		}
		if statement {
			if label != "" && shown[label] == nil {
				continue
			}
			dsp := Dispute{Verdict: str(m["verdict"]), Subject: str(m["measure"]), Why: str(m["why"])}
			for _, c := range claims {
				cm := object(c)
				dsp.Claims = append(dsp.Claims, Statement{Says: str(cm["says"]), Source: str(cm["source"]),
					Publisher: str(cm["publisher"]), Published: stamp(cm["published"]),
					URL: urls[str(cm["article"])], Sentence: str(cm["text"])})
			}
			d.Disputes = append(d.Disputes, dsp)
			continue
		}
		e := shown[label]
		if e == nil {
			continue
		}
		i, ok := e.measures[key{str(m["measure"]), str(object(claims[0])["unit"])}]
		if !ok {
			continue
		}
		ms := &e.Measures[i]
		f := Finding{Verdict: str(m["verdict"]), Why: str(m["why"]), Claims: []int{}}
		for _, c := range claims {
			cm := object(c)
			if j := ms.find(str(cm["article"]), num(cm["value"]), kg.Qualifier(str(cm["qualifier"])), str(cm["text"])); j >= 0 {
				f.Claims = append(f.Claims, j)
			}
		}
		ms.Findings = append(ms.Findings, f)
	}
	for _, r := range corroborationRows {
		m := object(r)
		e := shown[str(m["event"])]
		if e == nil {
			continue
		}
		i, ok := e.measures[key{str(m["measure"]), str(m["unit"])}]
		if !ok {
			continue
		}
		ms := &e.Measures[i]
		a := Agreement{Value: num(m["value"]), Qualifier: kg.Qualifier(str(m["qualifier"])), Claims: []int{}}
		for _, o := range list(m["outlets"]) {
			a.Outlets = append(a.Outlets, str(o))
		}
		arts := map[string]bool{}
		for _, id := range list(m["articles"]) {
			arts[str(id)] = true
		}
		for j, c := range ms.Claims {
			if arts[c.Article] && c.Value == a.Value && c.Qualifier == a.Qualifier {
				a.Claims = append(a.Claims, j)
			}
		}
		ms.Agreements = append(ms.Agreements, a)
	}

	arts, pubs := map[string]bool{}, map[string]bool{}
	for _, e := range chosen {
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
		if x := extras[e.Label]; x != nil {
			e.Articles, e.Entities = x.articles, x.entities
		}
		for _, ms := range e.Measures {
			d.Totals.Figures += len(ms.Claims)
			for _, c := range ms.Claims {
				arts[c.Article] = true
				if c.Publisher != "" {
					pubs[c.Publisher] = true
				}
			}
			d.Totals.Corroborations += len(ms.Agreements)
			for _, f := range ms.Findings {
				d.Totals.count(f.Verdict)
			}
		}
		if e.Date == "" {
			e.Date = eventDate(e.Label)
		}
		d.Events = append(d.Events, e.Event)
	}
	for _, dsp := range d.Disputes {
		d.Totals.count(dsp.Verdict)
	}
	d.Totals.Events, d.Totals.Reports, d.Totals.Outlets = len(d.Events), len(arts), len(pubs)
	return d, nil
}

func (t *Totals) count(verdict string) {
	switch verdict {
	case "conflict":
		t.Conflicts++
	case "revision":
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

// eventDate is the date at the end of an event's label ("… · 2016-02-06"), or "".
func eventDate(label string) string {
	for i := len(label) - 1; i >= 0; i-- {
		if label[i] == ' ' {
			s := label[i+1:]
			if len(s) >= 4 && s[0] >= '0' && s[0] <= '9' {
				return s
			}
			return ""
		}
	}
	return ""
}

// Rows come back from Gizmo as plain Go values: maps, slices, strings, numbers (int64
// for whole numbers, float64 otherwise) and nil.

func object(v any) map[string]any { m, _ := v.(map[string]any); return m }

func list(v any) []any { l, _ := v.([]any); return l }

func str(v any) string { s, _ := v.(string); return s }

func num(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	case int:
		return float64(x)
	case float32:
		return float64(x)
	}
	return 0
}

// stamp reads an ISO 8601 time ("2016-02-06T03:31:06Z"); zero when absent or unreadable.
func stamp(v any) time.Time {
	s := str(v)
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
