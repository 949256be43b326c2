package report

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

func TestValueScale(t *testing.T) {
	for _, tc := range []struct {
		name   string
		vals   []float64
		log    bool
		lo, hi float64
	}{
		{"counts from zero", []float64{4, 9, 15}, false, 0, 20},
		{"room above the top", []float64{4, 10}, false, 0, 12},
		{"close values zoom in", []float64{6.2, 6.4}, false, 6, 6.5},
		{"one value", []float64{5.1, 5.1}, false, 4.5, 5.75},
		{"a hundredfold is linear", []float64{2, 200}, false, 0, 250},
		{"more than a hundredfold is log", []float64{2e6, 4.5e8}, true, 1e6, 1e9},
		{"zero keeps it linear", []float64{0, 5000}, false, 0, 6000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newValueScale(tc.vals, 200, 10)
			if s.log != tc.log || !near(s.lo, tc.lo) || !near(s.hi, tc.hi) {
				t.Errorf("scale = log %v [%v, %v], want log %v [%v, %v]", s.log, s.lo, s.hi, tc.log, tc.lo, tc.hi)
			}
			for _, v := range tc.vals {
				if y := s.pos(v); y > 200+1e-9 || y < 10-1e-9 {
					t.Errorf("%v is drawn at y=%v, outside the plot [10, 200]", v, y)
				}
			}
			ticks := s.ticks()
			if len(ticks) < 2 || len(ticks) > maxYTicks+1 {
				t.Errorf("%d ticks: %v", len(ticks), ticks)
			}
		})
	}
}

func near(a, b float64) bool { d := a - b; return d < 1e-9 && d > -1e-9 }

func TestTimeTicks(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range []struct {
		name   string
		lo, hi string
		first  string // the first tick's label
	}{
		{"hours", "2031-05-10T08:00:00Z", "2031-05-10T14:00:00Z", "10 May 08:00"},
		{"a day and a half", "2031-05-10T08:00:00Z", "2031-05-11T12:00:00Z", "10 May 12:00"},
		{"weeks", "2016-03-22T09:00:00Z", "2016-04-15T10:00:00Z", "28 Mar"},
		{"months", "2016-01-10T00:00:00Z", "2016-07-20T00:00:00Z", "Jan 2016"},
		{"years", "2012-05-01T00:00:00Z", "2016-07-20T00:00:00Z", "2013"},
		{"one moment", "2040-07-19T06:00:00Z", "2040-07-19T06:00:00Z", "18 Jul 18:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTimeScale(at(tc.lo), at(tc.hi), 100, 700)
			ticks := s.ticks()
			if len(ticks) == 0 || len(ticks) > maxXTicks {
				t.Fatalf("%d ticks: %v", len(ticks), ticks)
			}
			if ticks[0].Label != tc.first {
				t.Errorf("first tick %q, want %q (all: %v)", ticks[0].Label, tc.first, ticks)
			}
			for i, tk := range ticks {
				if tk.Pos < 100 || tk.Pos > 700 || (i > 0 && tk.Pos <= ticks[i-1].Pos) {
					t.Errorf("ticks out of order or outside the plot: %v", ticks)
					break
				}
			}
			if x0, x1 := s.pos(at(tc.lo)), s.pos(at(tc.hi)); x0 < 100 || x1 > 700 {
				t.Errorf("reports drawn at %v and %v, outside [100, 700]", x0, x1)
			}
		})
	}
}

func TestChooseTimeScale(t *testing.T) {
	first := time.Date(2016, 1, 23, 6, 8, 0, 0, time.UTC)
	after := func(hours ...float64) []time.Time {
		var out []time.Time
		for _, h := range hours {
			out = append(out, first.Add(time.Duration(h*float64(time.Hour))))
		}
		return out
	}
	for _, tc := range []struct {
		name   string
		times  []time.Time
		log    bool
		labels []string // some of the tick labels
	}{
		{"a burst and a straggler", after(0, 22, 23, 30, 48, 50, 60, 1400), true, []string{"23 Jan 06:08", "+2 days", "+1 month"}},
		{"evenly spread", after(0, 100, 200, 300, 400), false, []string{"25 Jan", "1 Feb"}},
		{"a short span", after(0, 1, 2, 3, 40), false, []string{"23 Jan 12:00"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := chooseTimeScale(tc.times, 100, 700)
			if s.log != tc.log {
				t.Errorf("log = %v, want %v", s.log, tc.log)
			}
			ticks := s.ticks()
			var labels []string
			for i, tk := range ticks {
				labels = append(labels, tk.Label)
				if i > 0 && tk.Pos <= ticks[i-1].Pos {
					t.Errorf("ticks out of order: %v", ticks)
				}
			}
			for _, want := range tc.labels {
				if !strings.Contains(strings.Join(labels, "|"), want) {
					t.Errorf("tick labels %q lack %q", labels, want)
				}
			}
			for i := 1; i < len(tc.times); i++ {
				if x0, x1 := s.pos(tc.times[i-1]), s.pos(tc.times[i]); x1 < x0 || x0 < 100 || x1 > 700 {
					t.Errorf("reports %d and %d drawn at %v and %v: out of order or outside [100, 700]", i-1, i, x0, x1)
				}
			}
		})
	}
}

// TestMarks checks that each qualifier is drawn as what it allows.
func TestMarks(t *testing.T) {
	base := time.Date(2040, 3, 2, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		q     kg.Qualifier
		open  bool
		bar   bool
		arrow int // -1 up, +1 down, 0 none
	}{
		{kg.Exact, false, false, 0},
		{kg.AtLeast, false, false, -1},
		{kg.MoreThan, true, false, -1},
		{kg.About, false, true, 0},
		{kg.Nearly, false, true, 0},
		{kg.UpTo, false, false, +1},
		{kg.FewerThan, true, false, +1},
	} {
		t.Run(fmt.Sprintf("%q", tc.q), func(t *testing.T) {
			m := Measure{Name: "killed", Claims: []Claim{
				{Value: 20, Qualifier: tc.q, Publisher: "A", Published: base, Article: "a"},
				{Value: 40, Publisher: "B", Published: base.Add(24 * time.Hour), Article: "b"},
			}}
			c := newChart(m, func(i int) string { return fmt.Sprint("c", i) }, newPalette(m.Outlets()))
			var mk mark
			for _, x := range c.Marks {
				if x.Href == "#c0" {
					mk = x
				}
			}
			if mk.Open != tc.open || (mk.Bar != "") != tc.bar {
				t.Errorf("open %v, bar %q; want open %v, bar %v", mk.Open, mk.Bar, tc.open, tc.bar)
			}
			dir := 0
			if mk.Head != "" {
				var x, y float64
				fmt.Sscanf(strings.SplitN(mk.Head, "L", 3)[1], "%g %g", &x, &y) // the tip
				if y < mk.Y {
					dir = -1
				} else {
					dir = +1
				}
			}
			if dir != tc.arrow {
				t.Errorf("arrow direction %d, want %d (head %q at y=%v)", dir, tc.arrow, mk.Head, mk.Y)
			}
			if !strings.Contains(mk.Title, string(tc.q)) || !strings.Contains(mk.Title, "killed") {
				t.Errorf("tooltip %q does not say %q killed", mk.Title, tc.q)
			}
		})
	}
}

func TestChartFindingsAndDodge(t *testing.T) {
	at := time.Date(2040, 3, 2, 9, 0, 0, 0, time.UTC)
	m := Measure{Name: "killed", Claims: []Claim{
		{Value: 12, Publisher: "A", Published: at, Article: "a"},
		{Value: 12, Publisher: "B", Published: at, Article: "b"}, // same place as the first
		{Value: 15, Publisher: "C", Published: at.Add(time.Hour), Article: "c"},
		{Value: 9, Article: "d"}, // no outlet, no date
	},
		Findings: []Finding{
			{Verdict: "conflict", Claims: []int{0, 2}},
			{Verdict: "conflict", Claims: []int{0, 3}},
			{Verdict: "revision", Claims: []int{0, 2}},
		},
		Agreements: []Agreement{{Value: 12, Claims: []int{0, 1}}},
	}
	c := newChart(m, func(i int) string { return fmt.Sprint("c", i) }, newPalette(m.Outlets()))
	by := map[string]mark{}
	for _, mk := range c.Marks {
		by[mk.Href] = mk
	}
	if by["#c0"].X == by["#c1"].X {
		t.Error("two points at one time and value are drawn on top of each other")
	}
	rings := by["#c0"].Rings
	if len(rings) != 2 || rings[0].Class != "conflict" || rings[0].Label != "1,2" || rings[1].Class != "revision" || rings[1].Label != "3" {
		t.Errorf("rings of claim 0 = %+v, want one conflict ring labelled 1,2 and a revision ring labelled 3", rings)
	}
	if !by["#c0"].Halo || !by["#c1"].Halo || by["#c2"].Halo {
		t.Error("only the corroborated claims should have a halo")
	}
	if c.Undated == nil || !by["#c3"].Undate || by["#c3"].X < c.Undated.X0 || by["#c3"].Class != "onone" {
		t.Errorf("the undated claim of no outlet is not in the undated band in grey: %+v, band %+v", by["#c3"], c.Undated)
	}
	// Points in findings are drawn last, so that their rings lie on top.
	last := c.Marks[len(c.Marks)-1]
	if len(last.Rings) == 0 {
		t.Error("a point with rings is drawn under one without")
	}
}

func TestPalette(t *testing.T) {
	outs := []string{"", "A", "B"}
	for i := 0; i < colours; i++ {
		outs = append(outs, fmt.Sprint("X", i))
	}
	p := newPalette(outs)
	if p[""] != "onone" || p["A"] != "o0" || p["B"] != "o1" || p["X8"] != "o0" {
		t.Errorf("palette = %v", p)
	}
}

func TestFormat(t *testing.T) {
	for _, tc := range []struct {
		v         float64
		q         kg.Qualifier
		unit      string
		text, axe string
	}{
		{4, kg.AtLeast, "", "at least 4", "4"},
		{6.2, kg.Exact, "", "6.2", "6.2"},
		{3400, kg.Exact, "", "3,400", "3400"},
		{25000, kg.About, "", "about 25,000", "25k"},
		{2e6, kg.Exact, "USD", "2 million USD", "2M"},
		{1.345e9, kg.MoreThan, "EUR", "more than 1.35 billion EUR", "1.3B"},
		{0.125, kg.Exact, "percent", "0.125 percent", "0.13"},
		{-3, kg.Exact, "", "-3", "-3"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := valueText(tc.v, tc.q, tc.unit); got != tc.text {
				t.Errorf("valueText = %q, want %q", got, tc.text)
			}
			if got := compact(tc.v); got != tc.axe {
				t.Errorf("compact = %q, want %q", got, tc.axe)
			}
		})
	}
}

// BenchmarkChart lays out a chart of 200 claims.
func BenchmarkChart(b *testing.B) {
	m := bigData(1, 1, 200).Events[0].Measures[0]
	pal := newPalette(m.Outlets())
	id := func(i int) string { return fmt.Sprint("c", i) }
	for b.Loop() {
		newChart(m, id, pal)
	}
}
