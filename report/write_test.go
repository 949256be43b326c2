package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/factgraph/kg"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// readInput reads a hand-written Data from testdata/NAME.input (JSON).
func readInput(t testing.TB, path string) Data {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var d Data
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}

func render(t testing.TB, d Data, opt Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestWriteGolden renders each testdata/NAME.input and compares the page with
// NAME.golden byte for byte (go test ./report -run Golden -update rewrites them).
func TestWriteGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.input")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no testdata/*.input (%v)", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".input")
		t.Run(name, func(t *testing.T) {
			got := render(t, readInput(t, in), Options{})
			golden := strings.TrimSuffix(in, ".input") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (run with -update if the change is intended):\n%s", name, golden, firstDiff(string(want), got))
			}
		})
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\nwant %q\ngot  %q", i+1, w, g)
		}
	}
	return "(same lines)"
}

// page is what a test reads back out of a rendered report.
type page struct {
	charts   int                 // <svg class="chart">
	legends  [][]string          // the outlets each chart's legend names
	points   []int               // the points each chart draws
	rings    map[string]int      // rings in charts by class (conflict, revision)
	text     string              // all text, spaces collapsed
	links    map[string][]string // href values by element
	problems []string            // what would reach the network or run code
}

// readPage parses a report and records its structure and anything that would make it
// less than self-contained: external scripts, styles, images, frames, fonts, URLs in CSS.
func readPage(t testing.TB, src string) page {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatalf("parse report: %v", err)
	}
	p := page{rings: map[string]int{}, links: map[string][]string{}}
	var text strings.Builder
	var walk func(n *html.Node, inLegend, inChart bool)
	walk = func(n *html.Node, inLegend, inChart bool) {
		switch n.Type {
		case html.TextNode:
			text.WriteString(n.Data)
			text.WriteByte(' ')
			if inLegend && strings.TrimSpace(n.Data) != "" {
				l := &p.legends[len(p.legends)-1]
				*l = append(*l, strings.TrimSpace(n.Data))
			}
		case html.ElementNode:
			class := attr(n, "class")
			switch n.Data {
			case "script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base", "meta":
				if n.Data != "meta" || attr(n, "http-equiv") != "" {
					p.problems = append(p.problems, "<"+n.Data+">")
				}
			case "svg":
				if hasClass(class, "chart") {
					inChart = true
					p.charts++
					p.points = append(p.points, 0)
				}
			case "ul":
				if hasClass(class, "legend") {
					p.legends = append(p.legends, nil)
					inLegend = true
				}
			case "a":
				if hasClass(class, "pt") && len(p.points) > 0 {
					p.points[len(p.points)-1]++
				}
			case "circle":
				if hasClass(class, "ring") && inChart {
					for _, c := range []string{"conflict", "revision"} {
						if hasClass(class, c) {
							p.rings[c]++
						}
					}
				}
			case "style":
				if n.FirstChild != nil && (strings.Contains(n.FirstChild.Data, "url(") || strings.Contains(n.FirstChild.Data, "@import")) {
					p.problems = append(p.problems, "<style> loads something")
				}
			}
			for _, a := range n.Attr {
				k := strings.ToLower(a.Key)
				switch {
				case k == "src" || k == "srcset" || k == "xlink:href" || k == "action" || k == "formaction":
					p.problems = append(p.problems, fmt.Sprintf("<%s %s=%q>", n.Data, k, a.Val))
				case strings.HasPrefix(k, "on"):
					p.problems = append(p.problems, fmt.Sprintf("<%s %s>", n.Data, k))
				case k == "style" && strings.Contains(a.Val, "url("):
					p.problems = append(p.problems, fmt.Sprintf("<%s style=%q>", n.Data, a.Val))
				case k == "href":
					p.links[n.Data] = append(p.links[n.Data], a.Val)
					external := !strings.HasPrefix(a.Val, "#")
					if external && (n.Data != "a" || !(strings.HasPrefix(a.Val, "https://") || strings.HasPrefix(a.Val, "http://"))) {
						p.problems = append(p.problems, fmt.Sprintf("<%s href=%q>", n.Data, a.Val))
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLegend, inChart)
		}
	}
	walk(doc, false, false)
	p.text = strings.Join(strings.Fields(text.String()), " ")
	return p
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(classes, c string) bool {
	for _, f := range strings.Fields(classes) {
		if f == c {
			return true
		}
	}
	return false
}

// checkPage tests what every report must be: self-contained, one chart per measure
// that two or more reports give, each chart's legend naming its outlets, each finding's
// why and each claim's sentence in the text.
func checkPage(t *testing.T, d Data, src string) page {
	t.Helper()
	p := readPage(t, src)
	for _, pr := range p.problems {
		t.Errorf("not self-contained or not inert: %s", pr)
	}
	var charted []Measure
	for _, e := range d.Events {
		for _, m := range e.Measures {
			if m.Reports() >= 2 {
				charted = append(charted, m)
			}
			for _, c := range m.Claims {
				if !strings.Contains(p.text, strings.Join(strings.Fields(c.Sentence), " ")) {
					t.Errorf("sentence %q is not on the page", c.Sentence)
				}
			}
			for _, f := range m.Findings {
				if !strings.Contains(p.text, f.Why) {
					t.Errorf("%s's why %q is not on the page", f.Verdict, f.Why)
				}
			}
		}
		if !strings.Contains(p.text, e.Label) {
			t.Errorf("event %q is not on the page", e.Label)
		}
	}
	for _, dsp := range d.Disputes {
		if !strings.Contains(p.text, dsp.Why) {
			t.Errorf("dispute's why %q is not on the page", dsp.Why)
		}
	}
	if p.charts != len(charted) || len(p.legends) != len(charted) {
		t.Fatalf("%d charts and %d legends, want one each for the %d measures two or more reports give", p.charts, len(p.legends), len(charted))
	}
	for i, m := range charted {
		if p.points[i] != len(m.Claims) {
			t.Errorf("chart of %s draws %d points, want %d (one per claim)", m.Name, p.points[i], len(m.Claims))
		}
		legend := map[string]bool{}
		for _, name := range p.legends[i] {
			legend[name] = true
		}
		for _, o := range m.Outlets() {
			if !legend[outletName(o)] {
				t.Errorf("legend of %s %v does not name %q", m.Name, p.legends[i], outletName(o))
			}
		}
		if len(p.legends[i]) != len(m.Outlets()) {
			t.Errorf("legend of %s names %v, want the %d outlets %v", m.Name, p.legends[i], len(m.Outlets()), m.Outlets())
		}
	}
	return p
}

func TestWriteInputs(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*.input")
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			d := readInput(t, in)
			checkPage(t, d, render(t, d, Options{}))
		})
	}
}

func TestWriteMarksFindings(t *testing.T) {
	d := readInput(t, "testdata/flood.input")
	p := checkPage(t, d, render(t, d, Options{}))
	// flood.input: conflicts 0–2 and 7–0 (claim 0 in both: one ring), a revision 5–6.
	if p.rings["conflict"] != 3 || p.rings["revision"] != 2 {
		t.Errorf("rings = %v, want 3 conflict rings and 2 revision rings", p.rings)
	}
	for _, want := range []string{"conflict 1", "conflict 2", "revision 3", "agreed by 2", "log scale", "undated",
		"Figures only one report gives (2) · 1 at odds within their report", "conflict 1, 2", "Some 3,400 residents", "Conflicting statements"} {
		if !strings.Contains(p.text, want) {
			t.Errorf("page does not say %q", want)
		}
	}
	for _, kind := range []string{"People", "Organizations", "Groups", "Places", "Other"} {
		if !strings.Contains(p.text, kind) {
			t.Errorf("entities are not grouped under %q", kind)
		}
	}
}

func TestWriteEscapes(t *testing.T) {
	evil := `<script>alert("x")</script><img src=x onerror=alert(1)>`
	d := Data{Events: []Event{{Label: "bombing · " + evil, Reports: 2, Measures: []Measure{{Name: "killed " + evil, Claims: []Claim{
		{Value: 3, Publisher: evil, Published: time.Date(2040, 1, 2, 3, 4, 0, 0, time.UTC), Article: "a", URL: "javascript:alert(1)", Title: evil, Sentence: evil},
		{Value: 4, Publisher: "Metro Daily", Published: time.Date(2040, 1, 3, 3, 4, 0, 0, time.UTC), Article: "b", URL: `https://x.example/"><script>`, Sentence: "ok"},
	}}}, Entities: []Entity{{Name: evil, Type: "person", Reports: 2}}}}}
	src := render(t, d, Options{Title: evil})
	p := readPage(t, src)
	for _, pr := range p.problems {
		t.Errorf("text got out of its element: %s", pr)
	}
	if strings.Contains(src, "javascript:") {
		t.Error("a javascript: URL reached the page")
	}
	if !strings.Contains(p.text, `<script>alert("x")</script>`) {
		t.Error("the hostile text is not shown as text")
	}
}

func TestWriteDeterministic(t *testing.T) {
	d := readInput(t, "testdata/flood.input")
	a, b := render(t, d, Options{}), render(t, d, Options{})
	if a != b {
		t.Fatalf("two renders of the same Data differ:\n%s", firstDiff(a, b))
	}
	if strings.Contains(a, "Generated") {
		t.Error("a page without a stamp says when it was generated")
	}
	stamped := render(t, d, Options{Generated: time.Date(2040, 3, 6, 7, 8, 0, 0, time.UTC)})
	if !strings.Contains(stamped, "Generated 6 Mar 2040 07:08 UTC") {
		t.Error("--stamp's time is not on the page")
	}
}

// BenchmarkWrite renders a report the size of the 2016 corpus's top 50 events.
func BenchmarkWrite(b *testing.B) {
	d := bigData(50, 4, 12)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1e6, "MB/page")
}

// bigData invents events×measures×claims figures from six outlets.
func bigData(events, measures, claims int) Data {
	outlets := []string{"Harbor Wire", "Valley Courier", "Metro Daily", "Channel 9 News", "Northfield Gazette", ""}
	qs := []string{"", "at least", "about", "more than", "nearly", "up to"}
	start := time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
	var d Data
	for e := 0; e < events; e++ {
		ev := Event{Label: fmt.Sprintf("flood · Town %d · 2040-01-%02d", e, e%28+1), Reports: claims}
		for m := 0; m < measures; m++ {
			ms := Measure{Name: fmt.Sprintf("measure%d", m)}
			for c := 0; c < claims; c++ {
				ms.Claims = append(ms.Claims, Claim{Value: float64((c*37)%50 + 1), Qualifier: kg.Qualifier(qs[c%len(qs)]),
					Publisher: outlets[c%len(outlets)], Published: start.Add(time.Duration(c*5) * time.Hour),
					Article: fmt.Sprintf("kg:article/%d-%d", e, c), URL: "https://news.example.org/a", Title: "A headline",
					Sentence: "Officials said a number of people were affected when the river rose overnight in the town."})
			}
			ms.Findings = []Finding{{Verdict: "conflict", Why: "One says this, the other that.", Claims: []int{0, 1}}}
			ms.Agreements = []Agreement{{Value: 1, Claims: []int{2, 3}}}
			ev.Measures = append(ev.Measures, ms)
		}
		for i := 0; i < 40; i++ {
			ev.Entities = append(ev.Entities, Entity{Name: fmt.Sprintf("Entity %d", i), Type: "person", Reports: 40 - i})
		}
		d.Events = append(d.Events, ev)
	}
	return d
}
