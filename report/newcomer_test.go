package report

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The report a newcomer reads (issue 12): one colour per outlet across the page,
// point labels that never overlap, each finding once, an overview first with links
// down and back, readable at phone width. testdata/newcomer.input holds two events
// that share outlets, seven findings crowded on six close points, and one finding
// given twice; its page is also a golden file (TestWriteGolden).

func newcomerPage(t *testing.T) (Data, string) {
	t.Helper()
	d := readInput(t, "testdata/newcomer.input")
	return d, render(t, d, Options{})
}

// TestOneColourPerOutlet: every swatch, point and line of an outlet has one colour
// class on the whole page, and the outlets of one event have different ones.
func TestOneColourPerOutlet(t *testing.T) {
	d, src := newcomerPage(t)
	checkPage(t, d, src)
	pal := pagePalette(d.Events)
	for _, e := range d.Events {
		seen := map[string]string{}
		for _, m := range e.Measures {
			for _, c := range m.Claims {
				cls := pal[c.Publisher]
				if o, ok := seen[cls]; ok && o != c.Publisher {
					t.Errorf("%s: %s and %s share colour %s", e.Label, o, c.Publisher, cls)
				}
				seen[cls] = c.Publisher
			}
		}
	}
	// On the page: each outlet's swatches (overview, legends, tables) have its class.
	sw := regexp.MustCompile(`<span class="sw (o\d+|onone)"></span>([^<]+?)(?: <span| ?<| ·)`)
	classes := map[string]map[string]bool{}
	for _, m := range sw.FindAllStringSubmatch(src, -1) {
		name := strings.TrimSpace(m[2])
		if classes[name] == nil {
			classes[name] = map[string]bool{}
		}
		classes[name][m[1]] = true
	}
	for _, name := range []string{"Harbor Wire", "Metro Daily", "Valley Courier", "Coastal Times"} {
		if len(classes[name]) != 1 {
			t.Errorf("%s is drawn in %v on the page, want one colour", name, classes[name])
		}
	}
	if len(classes) < 4 {
		t.Errorf("swatches found for %v only", classes)
	}
}

// TestLabelsNeverOverlap: no two finding numbers beside the rings of a chart, and no
// number and another point, overlap; each ring whose number fits somewhere has it.
func TestLabelsNeverOverlap(t *testing.T) {
	at := time.Date(2040, 5, 1, 8, 0, 0, 0, time.UTC)
	var m Measure
	for i := 0; i < 8; i++ {
		m.Claims = append(m.Claims, Claim{Value: float64(3 + i%3), Publisher: fmt.Sprint("O", i%4), Published: at.Add(time.Duration(i) * 10 * time.Minute), Article: fmt.Sprint("a", i)})
	}
	for i := 0; i < 8; i++ {
		for j := i + 1; j < 8; j += 3 {
			m.Findings = append(m.Findings, Finding{Verdict: "conflict", Claims: []int{i, j}})
		}
	}
	m.Findings = m.Findings[:maxRingLabels]
	d, _ := newcomerPage(t)
	for _, ms := range []Measure{m, d.Events[0].Measures[0]} {
		c := newChart(ms, func(i int) string { return fmt.Sprint("c", i) }, newPalette(ms.Outlets()))
		var labels []box
		labelled := 0
		for _, mk := range c.Marks {
			for _, r := range mk.Rings {
				if r.Label == "" {
					continue
				}
				labelled++
				b := labelBox(r.Label, r.LX, r.LY)
				for _, o := range labels {
					if b.overlaps(o) {
						t.Errorf("label %q at %v overlaps another at %v", r.Label, b, o)
					}
				}
				for _, other := range c.Marks {
					if other.X == mk.X && other.Y == mk.Y {
						continue
					}
					if b.overlaps(box{other.X - dotR, other.Y - dotR, other.X + dotR, other.Y + dotR}) {
						t.Errorf("label %q at %v covers the point at %.1f,%.1f", r.Label, b, other.X, other.Y)
					}
				}
				if b.X0 < 0 || b.Y0 < 0 || b.X1 > float64(c.W) || b.Y1 > float64(c.H) {
					t.Errorf("label %q at %v is outside the chart", r.Label, b)
				}
				labels = append(labels, b)
			}
		}
		if labelled == 0 {
			t.Error("no ring is labelled")
		}
	}
}

// TestEachFindingOnce: a finding given twice (one verdict about the same claims) is
// listed, numbered and counted once.
func TestEachFindingOnce(t *testing.T) {
	_, src := newcomerPage(t)
	if n := strings.Count(src, "Finding 1: Harbor Wire and Metro Daily"); n != 1 {
		t.Errorf("the finding given twice is listed %d times", n)
	}
	if n := strings.Count(src, `<span class="tag conflict">conflict `); n != 7 {
		t.Errorf("%d findings listed, want 7", n)
	}
	if !strings.Contains(src, `<span class="badge conflict">7 conflicts</span>`) {
		t.Error("the overview does not count 7 conflicts")
	}
}

// TestOverview: the page opens with the events, most reports first, each outlet's
// latest value of each charted measure, links down to each event and chart, and a way
// back up from each event.
func TestOverview(t *testing.T) {
	d, src := newcomerPage(t)
	p := readPage(t, src)
	over := src[strings.Index(src, `<nav aria-label="Events" class="overview">`):strings.Index(src, "</nav>")]
	for _, want := range []string{`href="#e1"`, `href="#e1-m1"`, `href="#e1-m2"`, `href="#e2"`, `href="#e2-m1"`,
		"9 <span class=\"meta\">Valley Courier", "5 <span class=\"meta\">Metro Daily", "6 <span class=\"meta\">Harbor Wire"} {
		if !strings.Contains(over, want) {
			t.Errorf("the overview lacks %q", want)
		}
	}
	if strings.Index(over, d.Events[0].Label) > strings.Index(over, d.Events[1].Label) {
		t.Error("the overview does not list the event with most reports first")
	}
	if strings.Index(src, "Overview") > strings.Index(src, `<section class="event"`) {
		t.Error("the overview does not come first")
	}
	ups := 0
	for _, h := range p.links["a"] {
		if h == "#top" {
			ups++
		}
	}
	if ups != len(d.Events)+1 || !strings.Contains(src, `id="top"`) {
		t.Errorf("%d links back to the top, want one per event and one at the end", ups)
	}
	// Latest values: of Metro Daily's killed figures (7, then 5), the overview gives 5.
	if strings.Contains(over, "7 <span class=\"meta\">Metro Daily") {
		t.Error("the overview gives an earlier value of Metro Daily")
	}
}

// TestPhoneWidth: the page says how to lay itself out on a narrow screen, its charts
// scale to the width (on a phone, wide enough to read, in a box that scrolls), no
// table can widen the page (each scrolls in a box of its own), and an event's date
// stays on one line.
func TestPhoneWidth(t *testing.T) {
	_, src := newcomerPage(t)
	if !strings.Contains(src, `<meta name="viewport" content="width=device-width, initial-scale=1">`) || !strings.Contains(src, "@media (max-width:640px)") {
		t.Error("no layout for phones")
	}
	if !strings.Contains(src, "svg.chart{display:block;width:100%;height:auto") {
		t.Error("charts do not scale to the width")
	}
	if charts, boxed := strings.Count(src, `<svg class="chart"`), strings.Count(src, `<div class="scroll"><svg class="chart"`); charts == 0 || charts != boxed {
		t.Errorf("%d charts, %d in a scrolling box (a phone draws them wider than its screen)", charts, boxed)
	}
	tables, boxed := strings.Count(src, "<table"), strings.Count(src, `<div class="scroll"><table`)
	if tables == 0 || tables != boxed {
		t.Errorf("%d tables, %d in a scrolling box", tables, boxed)
	}
	// A date in an event's heading or overview link is not broken at its hyphens.
	if !strings.Contains(src, ".nw{white-space:nowrap}") || !strings.Contains(src, `<h2><span class="num">1</span>earthquake · Port Ellis, Freedonia · <span class="nw">2040-05-01</span></h2>`) ||
		!strings.Contains(src, `class="ev">earthquake · Port Ellis, Freedonia · <span class="nw">2040-05-01</span></a>`) {
		t.Error("an event's date may break at its hyphens")
	}
	if w := regexp.MustCompile(`min-width:(\d+)px`).FindAllStringSubmatch(src, -1); len(w) > 0 {
		for _, m := range w {
			if n, _ := strconv.Atoi(m[1]); n > 320 {
				t.Errorf("min-width %dpx is wider than a phone", n)
			}
		}
	}
}

// TestTollHeldToHighest: a report that gives a toll and a part of it ("at least 39
// killed", "two others died elsewhere") is held to its highest count: the overview
// gives its outlet's latest value as 39, and the outlet's trend line passes through
// 39 alone at that report's time. A measure that is no toll keeps every value.
func TestTollHeldToHighest(t *testing.T) {
	at := time.Date(2040, 5, 1, 8, 0, 0, 0, time.UTC)
	claims := []Claim{
		{Value: 12, Publisher: "Harbor Wire", Published: at, Article: "kg:article/h1", Sentence: "At least 12 people died."},
		{Value: 39, Publisher: "Harbor Wire", Published: at.Add(24 * time.Hour), Article: "kg:article/h2", Sentence: "The quake killed at least 39 people."},
		{Value: 2, Publisher: "Harbor Wire", Published: at.Add(24 * time.Hour), Article: "kg:article/h2", Sentence: "Two others died elsewhere in the city."},
		{Value: 30, Publisher: "Metro Daily", Published: at.Add(2 * time.Hour), Article: "kg:article/m1", Sentence: "Thirty were dead."},
	}
	killed := Measure{Name: "killed", Claims: claims}
	if got := fmt.Sprint(killed.Standing()); got != "[true true false true]" {
		t.Errorf("killed: standing %s, want the part of report h2 left out", got)
	}
	pal := newPalette(killed.Outlets())
	latest := latestByOutlet(killed, pal)
	if len(latest) != 2 || latest[0].Outlet != "Harbor Wire" || latest[0].Value != "39" {
		t.Errorf("latest values %+v: want Harbor Wire's 39 first", latest)
	}
	c := newChart(killed, func(i int) string { return fmt.Sprint("c", i) }, pal)
	for _, l := range c.Lines {
		if l.Class == pal["Harbor Wire"] && strings.Count(l.Points, " ") != 1 {
			t.Errorf("Harbor Wire's line %q: want two points, one per report", l.Points)
		}
	}
	magnitude := Measure{Name: "magnitude", Claims: claims}
	if got := fmt.Sprint(magnitude.Standing()); got != "[true true true true]" {
		t.Errorf("magnitude: standing %s, want every value", got)
	}
}
