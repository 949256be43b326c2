package extraction

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// readInput reads a testdata report: headline, publication date, blank line, body.
func readInput(t testing.TB, path string) kg.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(string(b), "\n", 3)
	if len(lines) < 3 {
		t.Fatalf("%s: want headline, date and body", path)
	}
	pub, err := time.Parse("2006-01-02", strings.TrimSpace(lines[1]))
	if err != nil {
		t.Fatalf("%s: date: %v", path, err)
	}
	a := kg.Article{Title: lines[0], Body: strings.TrimSpace(lines[2]), Published: pub, Path: filepath.Base(path)}
	a.Identify()
	return a
}

func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.input")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".input")
		t.Run(name, func(t *testing.T) {
			x := mustExtract(t, readInput(t, in))
			got, err := json.MarshalIndent(x.JSON(), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, ".input") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\n%s", golden, got)
			}
		})
	}
}

// mustExtract extracts a, failing the test when a stage is lost.
func mustExtract(t testing.TB, a kg.Article) *kg.Extraction {
	t.Helper()
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// hasRelation reports whether x states subject s, predicate p, object o.
func hasRelation(x *kg.Extraction, s, p, o string) bool {
	return slices.ContainsFunc(x.Relations, func(r kg.Relation) bool {
		return r.Subject == s && r.Predicate == p && r.Object == o
	})
}

// findFigure returns the first figure with measure and value.
// figureSource is a figure's value and the source a test wants for it ("" for none).
type figureSource struct {
	value  float64
	source string
}

// wantFigureSources checks that x holds a figure of each value, and that every figure of
// that value has the wanted source.
func wantFigureSources(t *testing.T, x *kg.Extraction, wants []figureSource) {
	t.Helper()
	for _, want := range wants {
		found := false
		for _, f := range x.Figures {
			if f.Value == want.value {
				found = true
				if f.Source != want.source {
					t.Errorf("%v: source %q, want %q", want.value, f.Source, want.source)
				}
			}
		}
		if !found {
			t.Errorf("no figure %v; figures: %+v", want.value, x.Figures)
		}
	}
}

func findFigure(x *kg.Extraction, measure string, v float64) *kg.Figure {
	for i := range x.Figures {
		if x.Figures[i].Measure == measure && x.Figures[i].Value == v {
			return &x.Figures[i]
		}
	}
	return nil
}

func TestFigures(t *testing.T) {
	x := mustExtract(t, readInput(t, "testdata/figures-qualifiers.input"))
	tests := []struct {
		measure string
		value   float64
		qual    kg.Qualifier
		source  string
	}{
		{"killed", 14, kg.AtLeast, "fire agency"},
		{"injured", 200, kg.MoreThan, "fire agency"},
		{"displaced", 3000, kg.About, "Red Cross"},
		{"missing", 40, kg.Nearly, "Red Cross"},
		{"killed", 52, kg.Exact, "Peru government"},
		{"damage", 1.5e9, kg.Exact, "Peru government"},
	}
	for _, tt := range tests {
		t.Run(tt.measure, func(t *testing.T) {
			f := findFigure(x, tt.measure, tt.value)
			if f == nil {
				t.Fatalf("no figure %s %v in %+v", tt.measure, tt.value, x.Figures)
			}
			if f.Qualifier != tt.qual {
				t.Errorf("qualifier = %q, want %q", f.Qualifier, tt.qual)
			}
			if !strings.Contains(f.Source, tt.source) {
				t.Errorf("source = %q, want %q", f.Source, tt.source)
			}
		})
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 45, 12, 2010, 4, 2009:
			t.Errorf("not a figure (age, storeys, year or clock time): %+v", f)
		}
	}
	if len(x.Events) == 0 || x.Events[0].Type != "flood" || x.Events[0].Date != "2015-06-06" {
		t.Errorf("main event = %+v, want a flood on 2015-06-06 (Saturday before publication)", x.Events)
	}
}

func TestQuoteSpeakers(t *testing.T) {
	x := mustExtract(t, readInput(t, "testdata/quotes-speakers.input"))
	want := map[string]string{
		"We have cut nothing that matters": "Karel Dostan",
		"Every school stays open":          "Karel Dostan",
		"It is a disgrace":                 "Mira Holt",
		"The votes are there":              "a senior ministry official",
	}
	for text, speaker := range want {
		t.Run(speaker, func(t *testing.T) {
			for _, q := range x.Quotes {
				if strings.Contains(q.Text, text) {
					if q.Speaker != speaker {
						t.Errorf("speaker of %q = %q, want %q", text, q.Speaker, speaker)
					}
					return
				}
			}
			t.Errorf("quote %q not found in %+v", text, x.Quotes)
		})
	}
}

func TestRelations(t *testing.T) {
	x := mustExtract(t, readInput(t, "testdata/roles-relations.input"))
	want := []kg.Relation{
		{Subject: "Ivo Marsh", Predicate: "headOf", Object: "Borland National Council"},
		{Subject: "Anna Petrov", Predicate: "envoyOf", Object: "United Nations"},
		{Subject: "Jan Kolar", Predicate: "spokesmanOf", Object: "Borland Foreign Ministry"},
		{Subject: "Ivo Marsh", Predicate: "spokeTo", Object: "Associated Press"},
		{Subject: "Venezuelan opposition", Predicate: "rejects", Object: "Anna Petrov"},
	}
	for _, w := range want {
		t.Run(w.Subject+" "+w.Predicate, func(t *testing.T) {
			for _, r := range x.Relations {
				if r.Subject == w.Subject && r.Predicate == w.Predicate && r.Object == w.Object {
					return
				}
			}
			t.Errorf("missing %s %s %s in %+v", w.Subject, w.Predicate, w.Object, x.Relations)
		})
	}
	for _, r := range x.Relations {
		if !kg.IsPredicate(r.Predicate) {
			t.Errorf("predicate %q is not in the predicate vocabulary", r.Predicate)
		}
	}
}

func TestDebrisAndDateline(t *testing.T) {
	x := mustExtract(t, readInput(t, "testdata/debris-dateline.input"))
	for _, f := range x.Figures {
		if f.Value == 20 || f.Value == 12 {
			t.Errorf("distance read as a figure: %+v", f)
		}
	}
	if f := findFigure(x, "magnitude", 6.1); f == nil || f.Source != "U.S. Geological Survey" {
		t.Errorf("magnitude figure = %+v, want 6.1 from the U.S. Geological Survey", f)
	}
	if f := findFigure(x, "depth", 10); f == nil || f.Unit != "km" {
		t.Errorf("depth figure = %+v, want 10 km", f)
	}
	names := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		names[e.Name] = e.Type
	}
	for name, typ := range map[string]kg.EntityType{"Tainan": kg.Place, "Taiwan": kg.Place, "Lena Ortiz": kg.Person, "Paul Green": kg.Person} {
		if names[name] != typ {
			t.Errorf("entity %s = %q, want %s (entities %v)", name, names[name], typ, names)
		}
	}
	for name := range names {
		if strings.Contains(name, "Continue") || strings.Contains(name, "Sign") || name == "Photo" {
			t.Errorf("page furniture read as entity %q", name)
		}
	}
}

func TestHeadlineFigure(t *testing.T) {
	x := mustExtract(t, readInput(t, "testdata/headline-figure.input"))
	f := findFigure(x, "killed", 31)
	if f == nil {
		t.Fatalf("headline toll missing: %+v", x.Figures)
	}
	last := len(x.Sentences) - 1
	if f.Sentence != last || x.Sentences[last].Start != -1 {
		t.Errorf("headline figure sentence = %d (%+v), want the last sentence with Start -1", f.Sentence, x.Sentences[last])
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, body string
		want       int
	}{
		{"abbreviations", "Gen. Anton Charliyan met U.S. officials at 4 a.m. on Feb. 6 at Apple Inc. headquarters. Then he left.", 2},
		{"initialism ends sentence", "The envoy flew to the U.S. The talks begin Monday.", 2},
		{"quote closes sentence", `"We will win." He smiled.`, 2},
		{"question in quote", `"What dialogue?" he asked. Nobody answered.`, 2},
		{"paragraphs", "First line without stop\n\nSecond paragraph.", 2},
		{"stock code", "TSMC (2330.TW) said so. It fell.", 2},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.body)
			if len(got) != tt.want {
				t.Errorf("got %d sentences %+v, want %d", len(got), got, tt.want)
			}
			for _, s := range got {
				if tt.body[s.Start:s.End] != s.Text {
					t.Errorf("offsets %d:%d do not give %q", s.Start, s.End, s.Text)
				}
			}
		})
	}
}

// TestSeed checks the seed article from ../shared when it is present.
func TestSeed(t *testing.T) {
	b, err := os.ReadFile("../../shared/corpus/seed/syria-annan-talks-rejected.txt")
	if err != nil {
		t.Skip("shared corpus not present: ../shared/corpus/seed")
	}
	title, body, _ := strings.Cut(string(b), "\n")
	a := kg.Article{Title: title, Body: strings.TrimSpace(body)}
	x := mustExtract(t, a)
	want := map[string]bool{"Kofi Annan envoyOf United Nations": false, "Kofi Annan envoyOf Arab League": false}
	rejects := false
	for _, r := range x.Relations {
		k := r.Subject + " " + r.Predicate + " " + r.Object
		if _, ok := want[k]; ok {
			want[k] = true
		}
		if r.Subject == "France" && r.Predicate == "rejects" && strings.Contains(r.Object, "resolution") {
			rejects = true
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("seed: missing relation %s", k)
		}
	}
	if !rejects {
		t.Errorf("seed: missing France rejects resolution in %+v", x.Relations)
	}
	// deterministic
	y := mustExtract(t, a)
	bx, _ := json.Marshal(x.JSON())
	by, _ := json.Marshal(y.JSON())
	if !bytes.Equal(bx, by) {
		t.Error("two runs on the same article differ")
	}
}

// TestStageError checks that a stage that panics is named in the error, that the panic
// does not escape, and that a strict work lets it through.
func TestStageError(t *testing.T) {
	w := &work{}
	err := w.stage("figures", func() { panic("boom") })
	var se *StageError
	if !errors.As(err, &se) || se.Stage != "figures" || se.Panic != "boom" {
		t.Fatalf("stage error = %#v, want the figures stage and its panic", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "lost its figures") || !strings.Contains(msg, "boom") {
		t.Errorf("message %q does not say which stage was lost and why", msg)
	}
	if err := w.stage("quotes", func() {}); err != nil {
		t.Errorf("a stage that does not panic returns %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Error("a strict work recovered a panic")
		}
	}()
	(&work{strict: true}).stage("relations", func() { panic("seen") })
}
