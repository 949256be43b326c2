package queries

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg/extraction"
	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/loaders"
)

var update = flag.Bool("update", false, "rewrite the golden files of the cluster tests")

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name, src string
		want      Query
	}{
		{"full", "// name: figures\n// description: every figure\n// param event: part of the label\n// param measure: killed…\ng.V()",
			Query{Name: "figures", Description: "every figure", Params: []Param{{Name: "event", Description: "part of the label", Type: Text}, {Name: "measure", Description: "killed…", Type: Text}}}},
		{"name from the file", "// description: no name line\ng.V()", Query{Name: "fallback", Description: "no name line"}},
		{"header ends at code", "g.V()\n// name: late\n", Query{Name: "fallback"}},
		{"blank lines inside", "\n// name: x\n\n// description: y\n", Query{Name: "x", Description: "y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Parse("fallback", tt.src)
			got.Source = ""
			if got.Name != tt.want.Name || got.Description != tt.want.Description || len(got.Params) != len(tt.want.Params) {
				t.Fatalf("Parse = %+v, want %+v", got, tt.want)
			}
			for i := range got.Params {
				if !reflect.DeepEqual(got.Params[i], tt.want.Params[i]) {
					t.Errorf("param %d = %+v, want %+v", i, got.Params[i], tt.want.Params[i])
				}
			}
		})
	}
}

func TestSavedQueries(t *testing.T) {
	want := []string{"contradictions", "corroborations", "entity", "figures", "quotes", "relations", "sources", "timeline"}
	var names []string
	for _, q := range List() {
		names = append(names, q.Name)
		if q.Description == "" {
			t.Errorf("%s has no description", q.Name)
		}
		if len(q.Params) == 0 {
			t.Errorf("%s has no parameters", q.Name)
		}
		for _, p := range q.Problems {
			t.Errorf("%s: %s", q.Name, p)
		}
		for _, p := range q.Params {
			if p.Description == "" {
				t.Errorf("%s: parameter %s has no meaning", q.Name, p.Name)
			}
			if p.Name == "limit" {
				t.Errorf("%s: a parameter may not be called limit (kg serve reads ?limit= itself)", q.Name)
			}
		}
	}
	for _, w := range want {
		if _, err := Get(w); err != nil {
			t.Errorf("saved query %s: %v", w, err)
		}
	}
	if _, err := Get("nonesuch"); !errors.Is(err, ErrUnknownQuery) {
		t.Errorf("Get(nonesuch) = %v, want ErrUnknownQuery", err)
	}
	if len(names) < len(want) {
		t.Errorf("List() = %v", names)
	}
}

// annan is a small graph in the style of Cayley's Gizmo tests.
func annan(t *testing.T) cgraph.QuadStore {
	t.Helper()
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	kg := func(s string) quad.IRI { return quad.IRI("https://factgraph.org/kg/" + s) }
	var deltas []cgraph.Delta
	for _, q := range []quad.Quad{
		quad.Make(kg("entity/person/kofi-annan"), quad.IRI("http://schema.org/name"), quad.String("Kofi Annan"), nil),
		quad.Make(kg("entity/person/kofi-annan"), kg("envoyOf"), kg("entity/organization/united-nations"), kg("article/a")),
		quad.Make(kg("entity/person/kofi-annan"), kg("envoyOf"), kg("entity/organization/arab-league"), kg("article/a")),
		quad.Make(kg("entity/organization/united-nations"), quad.IRI("http://schema.org/name"), quad.String("United Nations"), nil),
	} {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if err := qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	return qs
}

func TestRun(t *testing.T) {
	qs := annan(t)
	ctx := context.Background()
	tests := []struct {
		name    string
		script  string
		opt     Options
		want    string // the results as JSON
		wantErr string
	}{
		{name: "short IRIs and traversal",
			script: `var r = g.V(g.IRI("kg:entity/person/kofi-annan")).out(kg("envoyOf")).toArray(); r.sort(); g.emit(r.map(short))`,
			want:   `[["kg:entity/organization/arab-league","kg:entity/organization/united-nations"]]`},
		{name: "tags",
			script: `g.V(g.IRI("kg:entity/organization/united-nations")).tag("org").out(T.name).tag("name").all()`,
			want:   `[{"id":"United Nations","name":"United Nations","org":"\u003chttps://factgraph.org/kg/entity/organization/united-nations\u003e"}]`},
		{name: "params reach the script",
			script: `g.emit(params.who + "/" + params.n)`, opt: Options{Params: map[string]string{"who": "Annan", "n": "2"}},
			want: `["Annan/2"]`},
		{name: "limit", script: `for (var i = 0; i < 10; i++) g.emit(i)`, opt: Options{Limit: 3}, want: `[0,1,2]`},
		{name: "limit reaches the script", script: `g.emit(limit)`, opt: Options{Limit: 7}, want: `[7]`},
		{name: "a final value shows when nothing is emitted", script: `g.V().has(T.name, "Kofi Annan").count()`, want: `[1]`},
		{name: "short helper", script: `g.emit(short("<https://factgraph.org/kg/article/x>"))`, want: `["kg:article/x"]`},
		{name: "syntax error", script: `g.V(.all()`, wantErr: "SyntaxError: Unexpected token . (line 1, column 5"},
		{name: "a script cannot crash kg", script: `g.V().out({}).all()`, wantErr: "cannot run out()"},
		{name: "timeout", script: `while (true) {}`, opt: Options{Timeout: 200 * time.Millisecond}, wantErr: "timed out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Run(ctx, qs, tt.script, tt.opt)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(got)
			if string(b) != tt.want {
				t.Errorf("results = %s\nwant      %s", b, tt.want)
			}
		})
	}
}

// TestClusters loads each invented cluster of testdata/clusters (a rising toll, a
// same-day disagreement, a downward correction, two outlets agreeing) into a fresh
// store, through the real loaders and extraction, and compares what figures,
// contradictions and corroborations say with the golden file (go test -update
// rewrites it after a change you mean).
func TestClusters(t *testing.T) {
	dirs, err := filepath.Glob("testdata/clusters/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no clusters in testdata/clusters: %v", err)
	}
	for _, dir := range dirs {
		st, err := os.Stat(dir)
		if err != nil || !st.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			qs := loadCluster(t, dir)
			got := map[string]any{}
			for _, name := range []string{"figures", "contradictions", "corroborations"} {
				got[name] = project(name, runSaved(t, qs, name, nil))
			}
			b, _ := json.MarshalIndent(got, "", "  ")
			b = append(b, '\n')
			golden := dir + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./queries -run TestClusters -update writes it)", err)
			}
			if string(want) != string(b) {
				t.Errorf("%s differs from %s:\n%s", dir, golden, b)
			}
		})
	}
}

// TestLimitIsAPrefix: a saved query with --limit n prints the first n rows of what it
// prints without a limit, whether it reads rows day by day (figures, quotes, sources)
// or all at once; DAYS_ONE_BY_ONE = 1 makes the day-by-day reading give up after one
// day and read the rest at once.
func TestLimitIsAPrefix(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/clusters/*")
	var all []string
	for _, d := range dirs {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			all = append(all, d)
		}
	}
	all = append(all, "../examples")
	qs := loadCluster(t, all...)
	params := map[string]map[string]string{"neighbourhood": {"name": "Turkey"}, "paths": {"from": "Ayse", "to": "Greece"},
		"event-reports": {"event": "flood"}}
	for _, q := range List() {
		if q.Name == "entity" {
			continue // needs a name, and lists one entity
		}
		for _, prelude := range []string{"", "DAYS_ONE_BY_ONE = 1;\n"} {
			full, err := Run(context.Background(), qs, prelude+q.Source, Options{Params: params[q.Name]})
			if err != nil {
				t.Fatalf("%s: %v", q.Name, err)
			}
			if len(full) < 2 {
				t.Fatalf("%s gives %d rows on every fixture: too few to test its limit", q.Name, len(full))
			}
			wantAll, _ := json.Marshal(full)
			for _, n := range []int{1, 2, 3, len(full) - 1} {
				if n < 1 || n >= len(full) {
					continue
				}
				got, err := Run(context.Background(), qs, prelude+q.Source, Options{Limit: n, Params: params[q.Name]})
				if err != nil {
					t.Fatalf("%s --limit %d: %v", q.Name, n, err)
				}
				a, _ := json.Marshal(got)
				b, _ := json.Marshal(full[:n])
				if string(a) != string(b) {
					t.Errorf("%s --limit %d (%q) =\n%s\nwant the first %d of\n%s", q.Name, n, prelude, a, n, wantAll)
				}
			}
		}
	}
}

func loadCluster(t *testing.T, dirs ...string) cgraph.QuadStore {
	t.Helper()
	s, err := graph.Open(graph.Options{Backend: graph.Memstore})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	reg := loaders.Default()
	var files []string
	for _, dir := range dirs {
		fs, _ := filepath.Glob(filepath.Join(dir, "*"))
		sort.Strings(fs)
		files = append(files, fs...)
	}
	for _, f := range files {
		res, err := reg.ReadFile(f, loaders.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range res.Articles {
			x, err := extraction.Extract(a)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.AddArticle(x); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	return s.QuadStore()
}

// project keeps the fields of a row that say what a reader learns, and names articles
// runSaved runs the saved query name on qs with params and returns its rows.
func runSaved(t *testing.T, qs cgraph.QuadStore, name string, params map[string]string) []any {
	t.Helper()
	q, err := Get(name)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := Run(context.Background(), qs, q.Source, Options{Params: params})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return rows
}

// by their file so that the golden file reads well.
func project(name string, rows []any) []map[string]any {
	fields := map[string][]string{
		"figures":        {"event", "measure", "value", "qualifier", "source", "publisher", "published", "path"},
		"contradictions": {"event", "measure", "verdict", "claims", "why"},
		"corroborations": {"event", "measure", "value", "qualifier", "reports", "outlets", "paths"},
	}[name]
	out := []map[string]any{}
	for _, r := range rows {
		m, _ := r.(map[string]any)
		p := map[string]any{}
		for _, f := range fields {
			p[f] = m[f]
		}
		if claims, ok := p["claims"].([]any); ok {
			var cs []map[string]any
			for _, c := range claims {
				cm, _ := c.(map[string]any)
				cs = append(cs, map[string]any{"value": cm["value"], "qualifier": cm["qualifier"], "source": cm["source"],
					"publisher": cm["publisher"], "path": base(cm["path"])})
			}
			p["claims"] = cs
		}
		if path, ok := p["path"]; ok {
			p["path"] = base(path)
		}
		if paths, ok := p["paths"].([]any); ok {
			var ps []any
			for _, x := range paths {
				ps = append(ps, base(x))
			}
			p["paths"] = ps
		}
		out = append(out, p)
	}
	return out
}

func base(v any) any {
	if s, ok := v.(string); ok {
		return filepath.Base(s)
	}
	return v
}

// TestFiguresOfEvents: --param only=events keeps exactly the figures that name an event.
func TestFiguresOfEvents(t *testing.T) {
	qs := loadCluster(t, "testdata/clusters/rising-toll", "testdata/no-event")
	q, err := Get("figures")
	if err != nil {
		t.Fatal(err)
	}
	all, err := Run(context.Background(), qs, q.Source, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var want []any
	for _, r := range all {
		if m, ok := r.(map[string]any); ok && m["event"] != nil {
			want = append(want, r)
		}
	}
	if len(want) == 0 || len(want) == len(all) {
		t.Fatalf("fixtures give %d figures, %d of an event: need some of each", len(all), len(want))
	}
	got, err := Run(context.Background(), qs, q.Source, Options{Params: map[string]string{"only": "events"}})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(got)
	b, _ := json.Marshal(want)
	if string(a) != string(b) {
		t.Errorf("figures only=events =\n%s\nwant\n%s", a, b)
	}
	if _, err := Run(context.Background(), qs, q.Source, Options{Params: map[string]string{"only": "people"}}); err == nil {
		t.Error("figures only=people: no error")
	}
}

// TestColumns runs every saved query on a store of every invented cluster and checks
// that each row it gives has exactly the columns its header declares: what a script
// emits, the table printer and the report read by name, and none may drift apart.
func TestColumns(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/clusters/*")
	var clusters []string
	for _, d := range dirs {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			clusters = append(clusters, d)
		}
	}
	qs := loadCluster(t, append(clusters, "testdata/no-event", "testdata/statements")...)
	params := map[string]map[string]string{"entity": {"name": "Kandahar"}, "neighbourhood": {"name": "Mara Quist"},
		"paths": {"from": "United Nations", "to": "Oren Taal"}, "event-reports": {"event": "flood"}}
	for _, q := range List() {
		t.Run(q.Name, func(t *testing.T) {
			if len(q.Columns) == 0 {
				t.Fatalf("%s declares no columns (// column NAME: meaning)", q.Name)
			}
			want := map[string]bool{}
			for _, c := range q.Columns {
				if c.Description == "" {
					t.Errorf("column %s has no description", c.Name)
				}
				want[c.Name] = true
			}
			rows, err := Run(context.Background(), qs, q.Source, Options{Params: params[q.Name]})
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) == 0 {
				t.Fatalf("%s gave no rows on the clusters: nothing to check", q.Name)
			}
			for i, r := range rows {
				m, ok := r.(map[string]any)
				if !ok {
					t.Fatalf("row %d is %T, not an object", i, r)
				}
				for k := range m {
					if !want[k] {
						t.Errorf("row %d has %q, which the header does not declare", i, k)
					}
				}
				for k := range want {
					if _, ok := m[k]; !ok {
						t.Errorf("row %d lacks the declared column %q", i, k)
					}
				}
			}
		})
	}
}

// TestEntityByWord: the entity query, given a name that is no entity's whole name,
// takes the entities that hold it as a word before those where it starts a word, and
// those before the ones that merely contain it ("Annan" is not "Giannandrea").
func TestEntityByWord(t *testing.T) {
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	kg := func(s string) quad.IRI { return quad.IRI("https://factgraph.org/kg/" + s) }
	person, place := quad.IRI("http://schema.org/Person"), quad.IRI("http://schema.org/Place")
	typ, name := quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), quad.IRI("http://schema.org/name")
	var deltas []cgraph.Delta
	for _, e := range []struct {
		id, name string
		class    quad.IRI
	}{{"person/ama-annan", "Ama Annan", person}, {"person/paolo-giannandrea", "Paolo Giannandrea", person}, {"place/annandale", "Annandale", place}} {
		for _, q := range []quad.Quad{quad.Make(kg("entity/"+e.id), typ, e.class, kg("article/a")), quad.Make(kg("entity/"+e.id), name, quad.String(e.name), kg("article/a"))} {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	if err := qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	q, err := Get("entity")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, want string }{
		{"Annan", "Ama Annan"},
		{"anna", "Ama Annan|Annandale"},
		{"andrea", "Paolo Giannandrea"},
		{"Ama Annan", "Ama Annan"},
	} {
		rows, err := Run(context.Background(), qs, q.Source, Options{Params: map[string]string{"name": tt.name}})
		if err != nil {
			t.Fatalf("name=%s: %v", tt.name, err)
		}
		seen := map[string]bool{}
		var got []string
		for _, r := range rows {
			if e := r.(map[string]any)["entity"].(string); !seen[e] {
				seen[e] = true
				got = append(got, e)
			}
		}
		sort.Strings(got)
		if strings.Join(got, "|") != tt.want {
			t.Errorf("entity name=%s: %q, want %q", tt.name, strings.Join(got, "|"), tt.want)
		}
	}
}

// TestGizmoBuiltins checks that kg's prelude leaves Gizmo's own functions as Cayley
// defines them: a user's like() and iri() behave as in Cayley's web UI.
func TestGizmoBuiltins(t *testing.T) {
	qs := loadCluster(t, "testdata/statements")
	for _, script := range []string{
		`g.V().filter(like("Velland%")).all()`,
		`g.V(iri("https://factgraph.org/kg/entity/place/velland")).all()`,
	} {
		rows, err := Run(context.Background(), qs, script, Options{})
		if err != nil {
			t.Errorf("%s: %v", script, err)
			continue
		}
		if len(rows) == 0 {
			t.Errorf("%s: no results, want Velland", script)
		}
	}
}

// TestStream hands rows on as the script emits them: a caller that stops after two
// rows of a script that would emit a million stops the script there, and what it was
// given are the first two.
func TestStream(t *testing.T) {
	qs := annan(t)
	stop := errors.New("enough")
	var got []any
	err := Stream(context.Background(), qs, `for (var i = 0; i < 1000000; i++) g.emit({n: i})`, Options{Timeout: time.Minute},
		func(v any) error {
			got = append(got, v)
			if len(got) == 2 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the caller's", err)
	}
	b, _ := json.Marshal(got)
	if string(b) != `[{"n":0},{"n":1}]` {
		t.Errorf("rows = %s", b)
	}
}

// TestCorroborationOutlets: two stories of one outlet that give a value in their own
// words are two reports of it, and --param outlets=2 keeps only the values two outlets
// give (the fixture: Harbor Wire's first story and its update both give 12 killed;
// 40 rescued is Harbor Wire's and Coastal Times').
func TestCorroborationOutlets(t *testing.T) {
	qs := loadCluster(t, "testdata/clusters/one-outlet-versions")
	values := func(params map[string]string) map[string][]string {
		out := map[string][]string{}
		for _, row := range runSaved(t, qs, "corroborations", params) {
			r, ok := row.(map[string]any)
			if !ok {
				t.Fatalf("row %T, want an object", row)
			}
			var outlets []string
			for _, o := range r["outlets"].([]any) {
				outlets = append(outlets, o.(string))
			}
			out[fmt.Sprintf("%v %v", r["measure"], r["value"])] = outlets
		}
		return out
	}
	all := values(nil)
	if len(all["killed 12"]) != 1 || len(all["rescued 40"]) != 2 {
		t.Fatalf("corroborations = %v, want killed 12 from one outlet and rescued 40 from two", all)
	}
	two := values(map[string]string{"outlets": "2"})
	if _, ok := two["killed 12"]; ok || len(two) != 1 || len(two["rescued 40"]) != 2 {
		t.Errorf("corroborations with outlets=2 = %v, want only rescued 40", two)
	}
}

// TestSharedMentionNode: two undated bombings of one city twelve days apart, each
// reported by its own outlet, are two incidents, and both reports' mentions are one
// node (kg:mention/bombing/…/veltra/undated). Every figure goes to the incident that
// holds its own report's mention, in figures and timeline alike; before, each query
// gave all of them to whichever incident row it read last.
func TestSharedMentionNode(t *testing.T) {
	qs := loadCluster(t, "testdata/one-city-two-bombings")
	run := func(name string) []map[string]any {
		var out []map[string]any
		for _, r := range runSaved(t, qs, name, nil) {
			m, ok := r.(map[string]any)
			if !ok {
				t.Fatalf("%s: row %T, want an object", name, r)
			}
			out = append(out, m)
		}
		return out
	}
	outletOf := map[any]any{} // event → its one outlet
	for _, e := range run("events") {
		if o, ok := e["outlets"].([]any); ok && len(o) == 1 {
			outletOf[e["eventId"]] = o[0]
		}
	}
	if len(outletOf) != 2 {
		t.Fatalf("events with one outlet: %v, want the two bombings", outletOf)
	}
	for _, name := range []string{"figures", "timeline"} {
		seen := 0
		for _, f := range run(name) {
			ev := f["eventId"]
			if ev == nil {
				ev = f["event"]
			}
			if outletOf[ev] != f["publisher"] {
				t.Errorf("%s: %v %v from %v filed under %v (reported by %v)", name, f["measure"], f["value"], f["publisher"], ev, outletOf[ev])
			}
			seen++
		}
		if seen < 3 {
			t.Errorf("%s: %d figures, want the market's 20 and 45 and the checkpoint's 9", name, seen)
		}
	}
}

// TestCorroborationFamily: one report says Velmora Systems paid "£240 million in back
// taxes", another "a £240 million payment": one sum in two words of one family, so the
// two reports corroborate it, under the family with both words. The first report's
// £15 million fine and the second's £40 million settlement are two quantities of that
// family, not one quantity in disagreement: no contradiction.
func TestCorroborationFamily(t *testing.T) {
	qs := loadCluster(t, "testdata/clusters/one-deal-two-words")
	var found bool
	for _, row := range runSaved(t, qs, "corroborations", nil) {
		r := row.(map[string]any)
		if fmt.Sprint(r["value"]) != "240000000" {
			continue
		}
		found = true
		if r["measure"] != "payment" || fmt.Sprint(r["measures"]) != "[back taxes payment]" || fmt.Sprint(r["reports"]) != "2" {
			t.Errorf("corroboration = %v %v %v from %v reports, want payment [back taxes payment] 240000000 from 2", r["measure"], r["measures"], r["value"], r["reports"])
		}
	}
	if !found {
		t.Errorf("no corroboration of the £240 million both reports give")
	}
	if rows := runSaved(t, qs, "contradictions", nil); len(rows) != 0 {
		t.Errorf("contradictions = %v, want none (a fine and a settlement are two sums)", rows)
	}
}
