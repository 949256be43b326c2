package report

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/extraction"
	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/loaders"
	"github.com/factgraph/kg/queries"
)

// examples is the folder of invented reports: one earthquake in six formats, with
// disagreements on purpose.
const examples = "../examples"

// loadExamples reads examples/ into a memstore as kg load does: loaders, extraction,
// AddArticle (and the N-Quads file as it is).
func loadExamples(t testing.TB) *graph.Store {
	t.Helper()
	s, err := graph.Open(graph.Options{Backend: graph.Memstore})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	entries, err := os.ReadDir(examples)
	if err != nil {
		t.Fatal(err)
	}
	reg := loaders.Default()
	for _, e := range entries {
		res, err := reg.ReadFile(filepath.Join(examples, e.Name()), loaders.Options{})
		if err != nil {
			t.Fatalf("read %s: %v", e.Name(), err)
		}
		if len(res.Quads) > 0 {
			if _, err := s.AddQuads(res.Quads); err != nil {
				t.Fatal(err)
			}
		}
		for _, a := range res.Articles {
			x, err := extraction.Extract(a)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.AddArticle(x); err != nil {
				t.Fatalf("add %s: %v", a.Path, err)
			}
		}
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestGatherExamples(t *testing.T) {
	s := loadExamples(t)
	d, err := Gather(context.Background(), s.QuadStore(), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Totals.Events != 1 || d.Totals.EventsFound != 1 {
		t.Fatalf("events = %d (totals %+v), want the one earthquake", len(d.Events), d.Totals)
	}
	e := d.Events[0]
	if !strings.Contains(e.Label, "earthquake") || !strings.Contains(e.Label, "Izmir") {
		t.Errorf("event = %q, want the Izmir earthquake", e.Label)
	}
	if e.Reports != 7 || len(e.Articles) != 7 {
		t.Errorf("reports = %d, articles = %d, want the 7 example articles", e.Reports, len(e.Articles))
	}
	if e.Date != "2031-05-10" {
		t.Errorf("date = %q", e.Date)
	}
	var killed *Measure
	for i := range e.Measures {
		if e.Measures[i].Name == "killed" {
			killed = &e.Measures[i]
		}
	}
	if killed == nil {
		t.Fatalf("no killed measure among %d", len(e.Measures))
	}
	if e.Measures[0].Name != "killed" {
		t.Errorf("first measure = %q, want killed (the most reports)", e.Measures[0].Name)
	}
	// The examples disagree on purpose: a toll revised down, a report at odds with
	// itself, values that several reports give.
	verdicts := map[kg.Verdict]int{}
	for _, f := range killed.Findings {
		verdicts[f.Verdict]++
		if len(f.Claims) != 2 {
			t.Errorf("%s %q ties %d claims to points, want 2", f.Verdict, f.Why, len(f.Claims))
		}
	}
	if verdicts["conflict"] == 0 || verdicts["revision"] == 0 {
		t.Errorf("killed findings = %v, want conflicts and revisions", verdicts)
	}
	if len(killed.Agreements) == 0 {
		t.Error("no corroborated toll")
	}
	for _, a := range killed.Agreements {
		if len(a.Claims) < 2 {
			t.Errorf("agreement on %v ties %d claims", a.Value, len(a.Claims))
		}
		for _, i := range a.Claims {
			if c := killed.Claims[i]; c.Value != a.Value || c.Qualifier != a.Qualifier {
				t.Errorf("agreement on %v %q points at claim %v %q", a.Value, a.Qualifier, c.Value, c.Qualifier)
			}
		}
	}
	var undated, hedged, linked int
	for _, c := range killed.Claims {
		if c.Published.IsZero() {
			undated++
		}
		if c.Qualifier != kg.Exact {
			hedged++
		}
		if c.URL != "" {
			linked++
		}
		if c.Sentence == "" || c.Article == "" {
			t.Errorf("claim %+v has no sentence or article", c)
		}
	}
	if undated == 0 || hedged == 0 || linked == 0 {
		t.Errorf("killed: %d undated (the desk note), %d hedged, %d with URLs: want some of each", undated, hedged, linked)
	}
	names := map[string]bool{}
	for _, en := range e.Entities {
		names[en.Name] = true
	}
	if !names["AFAD"] || !names["Izmir"] {
		t.Errorf("entities %v lack AFAD or Izmir", e.Entities)
	}
	// Turkey accepts and rejects the rescue teams: a finding about statements.
	if len(d.Disputes) != 1 || !strings.Contains(d.Disputes[0].Why, "accepts") {
		t.Errorf("disputes = %+v, want Turkey's accepting and refusing", d.Disputes)
	}
	all := map[kg.Verdict]int{} // every measure's findings: the magnitudes disagree too
	for _, m := range e.Measures {
		for _, f := range m.Findings {
			all[f.Verdict]++
		}
	}
	if all["conflict"] <= verdicts["conflict"] {
		t.Errorf("findings %v: the two agencies' magnitudes (6.2 and 6.4) are not a conflict", all)
	}
	if d.Totals.Conflicts != all["conflict"]+1 || d.Totals.Revisions != all["revision"] {
		t.Errorf("totals %+v do not count the findings %v and the dispute", d.Totals, all)
	}

	// The page: self-contained, a chart per measure two reports give, every why.
	src := render(t, d, Options{})
	p := checkPage(t, d, src)
	if p.rings["conflict"] == 0 || p.rings["revision"] == 0 {
		t.Errorf("rings = %v: conflicts and revisions are not marked", p.rings)
	}
	for _, href := range p.links["a"] {
		if !strings.HasPrefix(href, "#") && !strings.HasPrefix(href, "https://") {
			t.Errorf("link %q is neither in the page nor an article's URL", href)
		}
	}
	// Same store, same bytes.
	d2, err := Gather(context.Background(), s.QuadStore(), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if again := render(t, d2, Options{}); again != src {
		t.Errorf("a second report from the same store differs:\n%s", firstDiff(src, again))
	}
}

func TestGatherSelection(t *testing.T) {
	s := loadExamples(t)
	for _, tc := range []struct {
		name     string
		sel      Selection
		err      error
		measures []string // every measure shown is one of these
	}{
		{name: "event", sel: Selection{Event: "izmir"}},
		{name: "measure", sel: Selection{Measure: "killed"}, measures: []string{"killed"}},
		{name: "no such event", sel: Selection{Event: "volcano"}, err: ErrNoEvents},
		{name: "too few reports", sel: Selection{MinReports: 8}, err: ErrNoEvents},
		{name: "just enough reports", sel: Selection{MinReports: 7, MaxEvents: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Gather(context.Background(), s.QuadStore(), tc.sel)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if tc.err != nil {
				return
			}
			if len(d.Events) != 1 {
				t.Fatalf("%d events, want 1", len(d.Events))
			}
			for _, m := range d.Events[0].Measures {
				if tc.measures != nil && m.Name != tc.measures[0] {
					t.Errorf("measure %q shown with --measure %q", m.Name, tc.sel.Measure)
				}
			}
		})
	}
}

// TestAssemble puts rows together as the saved queries print them (kg query NAME
// --json), without a store: the cap keeps the events with most reports, findings and
// agreements find their claims, statements become disputes.
func TestAssemble(t *testing.T) {
	const big, small = "flood · Riverton · 2040-03-02", "fire · Avel · 2040-04-01"
	id := func(label string) any {
		if label == "" {
			return nil
		}
		return "kg:event/" + label
	}
	fig := func(event, article, published, measure string, value any, qualifier any, text string) any {
		return map[string]any{"event": event, "eventId": id(event), "article": article, "published": published, "measure": measure,
			"value": value, "qualifier": qualifier, "unit": nil, "source": nil, "publisher": "Outlet " + article,
			"title": "T " + article, "text": text}
	}
	figures := []any{
		fig(big, "a1", "2040-03-02T09:00:00Z", "killed", int64(12), nil, "Twelve died."),
		fig(small, "b1", "2040-04-01T09:00:00Z", "killed", int64(2), nil, "Two died."),
		fig(big, "a2", "2040-03-02T10:00:00Z", "killed", 15.0, "at least", "At least 15 died."),
		fig(big, "a3", "2040-03-03T10:00:00Z", "killed", int64(12), nil, "Twelve dead."),
		fig(big, "a3", "2040-03-03T10:00:00Z", "injured", int64(30), nil, "Thirty hurt."),
		fig(small, "b2", "", "killed", int64(3), nil, "Three died."),
		fig("", "c1", "", "killed", int64(1), nil, "One died."),
	}
	side := func(article string, value any, qualifier any, text string) any {
		return map[string]any{"article": article, "value": value, "qualifier": qualifier, "unit": nil, "text": text, "publisher": "Outlet " + article}
	}
	contradictions := []any{
		map[string]any{"event": big, "eventId": id(big), "measure": "killed", "verdict": "conflict", "why": "12 against at least 15.",
			"claims": []any{side("a1", int64(12), nil, "Twelve died."), side("a2", int64(15), "at least", "At least 15 died.")}},
		// The same finding again, its claims the other way round: listed once.
		map[string]any{"event": big, "eventId": id(big), "measure": "killed", "verdict": "conflict", "why": "at least 15 against 12.",
			"claims": []any{side("a2", int64(15), "at least", "At least 15 died."), side("a1", int64(12), nil, "Twelve died.")}},
		map[string]any{"event": small, "eventId": id(small), "measure": "killed", "verdict": "conflict", "why": "not shown", "claims": []any{side("b1", int64(2), nil, "Two died.")}},
		map[string]any{"event": nil, "measure": "rejects/accepts", "verdict": "conflict", "why": "accepts against rejects",
			"claims": []any{side("a1", nil, nil, "X accepts."), side("a2", nil, nil, "X rejects.")}},
	}
	corroborations := []any{
		map[string]any{"event": big, "eventId": id(big), "measure": "killed", "value": int64(12), "qualifier": nil, "unit": nil,
			"articles": []any{"a1", "a3"}, "outlets": []any{"Outlet a1", "Outlet a3"}},
	}
	entities := []any{
		map[string]any{"event": big, "eventId": id(big), "date": "2040-03-02", "articles": []any{map[string]any{"article": "a1", "url": "https://a.example/1", "published": "2040-03-02T09:00:00Z"}},
			"entities": []any{map[string]any{"name": "Riverton", "type": "place", "reports": int64(3)}}},
	}
	var rows queryRows
	for _, d := range []struct {
		from []any
		into any
	}{{figures, &rows.figures}, {contradictions, &rows.contradictions}, {corroborations, &rows.corroborations}, {entities, &rows.events}} {
		if err := queries.Decode(d.from, d.into); err != nil {
			t.Fatal(err)
		}
	}
	d, err := assemble(Selection{MaxEvents: 1}, rows)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Events[0].Label != big || d.Totals.EventsFound != 2 {
		t.Fatalf("events %v, found %d: want the flood (3 reports) of 2", d.Events, d.Totals.EventsFound)
	}
	e := d.Events[0]
	if e.Reports != 3 || len(e.Measures) != 2 || e.Measures[0].Name != "killed" {
		t.Fatalf("flood: %d reports, measures %+v", e.Reports, e.Measures)
	}
	k := e.Measures[0]
	if len(k.Claims) != 3 || k.Claims[1].Qualifier != kg.AtLeast || k.Claims[1].Value != 15 {
		t.Errorf("killed claims = %+v", k.Claims)
	}
	if k.Claims[0].URL != "https://a.example/1" {
		t.Errorf("claim URL = %q, want the article's from event-entities", k.Claims[0].URL)
	}
	if len(k.Findings) != 1 || len(k.Findings[0].Claims) != 2 || k.Findings[0].Claims[0] != 0 || k.Findings[0].Claims[1] != 1 {
		t.Errorf("findings = %+v, want the conflict on claims 0 and 1", k.Findings)
	}
	if len(k.Agreements) != 1 || len(k.Agreements[0].Claims) != 2 || k.Agreements[0].Claims[1] != 2 {
		t.Errorf("agreements = %+v, want 12 on claims 0 and 2", k.Agreements)
	}
	if len(d.Disputes) != 1 || len(d.Disputes[0].Claims) != 2 || d.Disputes[0].Claims[0].URL != "https://a.example/1" {
		t.Errorf("disputes = %+v", d.Disputes)
	}
	if len(e.Entities) != 1 || e.Entities[0].Reports != 3 {
		t.Errorf("entities = %+v", e.Entities)
	}
	want := Totals{Events: 1, EventsFound: 2, Reports: 3, Outlets: 3, Figures: 4, Conflicts: 2, Corroborations: 1}
	if d.Totals != want {
		t.Errorf("totals = %+v, want %+v", d.Totals, want)
	}
	if e.Date != "2040-03-02" {
		t.Errorf("date = %q, want the event's from event-entities", e.Date)
	}
	if _, err := assemble(Selection{}, queryRows{}); !errors.Is(err, ErrNoEvents) {
		t.Errorf("no rows: err = %v, want ErrNoEvents", err)
	}
}

// BenchmarkGatherExamples runs the four saved queries on the examples and puts their
// rows together.
func BenchmarkGatherExamples(b *testing.B) {
	s := loadExamples(b)
	for b.Loop() {
		if _, err := Gather(context.Background(), s.QuadStore(), Selection{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGatherStore gathers a report (top 50 events of 3 or more reports) from the
// bolt store named by $KG_REPORT_DB, such as the 2016 corpus loaded by kg load:
//
//	KG_REPORT_DB=/tmp/full.db go test ./report -run - -bench GatherStore -benchtime 3x
func BenchmarkGatherStore(b *testing.B) {
	db := os.Getenv("KG_REPORT_DB")
	if db == "" {
		b.Skip("set KG_REPORT_DB to a kg store (kg load --db PATH …) to time a report on it")
	}
	s, err := graph.Open(graph.Options{Addr: db, ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var d Data
	for b.Loop() {
		if d, err = Gather(context.Background(), s.QuadStore(), Selection{MinReports: 3, MaxEvents: 50}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(d.Totals.Figures), "figures")
}
