package report

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/factgraph/kg"
)

// A chart's geometry, in SVG user units.
const (
	chartW      = 880
	chartH      = 250
	padLeft     = 64
	padRight    = 18
	padTop      = 16
	padBottom   = 34
	undatedW    = 64   // the band on the right for reports with no date
	dotR        = 4.5  // a point
	ringR       = 8.5  // the ring around a point in a finding
	arrowLen    = 18.0 // the arrow of an open-ended value
	logSpan     = 100  // values spanning more than this factor get a log scale
	dodgeStep   = 6.0  // how far apart points that would overlap are moved
	maxXTicks   = 6
	maxYTicks   = 6
	chartMargin = 0.05 // of the time span, on either side
)

// chart is what the template draws for one measure.
type chart struct {
	W, H        int
	X0, X1      float64 // the plot area
	Y0, Y1      float64 // Y0 the top, Y1 the bottom
	Log         bool
	Label       string // for screen readers: "killed: 14 figures from 5 outlets"
	XTicks      []tick
	YTicks      []tick
	Undated     *band
	Lines       []line
	Marks       []mark
	AxisCaption string // "log scale" or ""
	TimeCaption string // how to read a time axis that is not linear
}

type tick struct {
	Pos   float64
	Label string
}

type band struct{ X0, X1, Mid float64 }

// line joins one outlet's points in time order.
type line struct {
	Class  string
	Points string
}

// mark is one claim drawn: a point, and what its qualifier allows.
type mark struct {
	X, Y   float64
	Class  string // the outlet's colour class
	Href   string // the claim's row in the table below
	Title  string // the tooltip
	Open   bool   // a hollow point: the value itself is excluded (more than, fewer than)
	Bar    string // path of the range of "about" and "nearly"
	Shaft  string // path of the arrow of an open-ended value
	Head   string // its arrowhead
	Halo   bool   // corroborated
	Rings  []ring
	Undate bool
}

type ring struct {
	Class  string  // conflict or revision
	Label  string  // the numbers of its findings under the chart: "1" or "1,2"
	R      float64 // radius
	LX, LY float64 // where the label starts
	nums   []int
}

// maxRingLabels is the most findings a chart numbers beside its rings.
const maxRingLabels = 12

// numbers lists up to max numbers, then how many more: "1,2,3" or "1,2,+5".
func numbers(ns []int, max int) string {
	var parts []string
	for i, n := range ns {
		if len(ns) > max && i == max-1 {
			parts = append(parts, fmt.Sprintf("+%d", len(ns)-i))
			break
		}
		parts = append(parts, strconv.Itoa(n))
	}
	return strings.Join(parts, ",")
}

// newChart lays out the claims of a measure: the axes, a mark per claim (moved
// sideways where it would cover another, ringed for each finding it is in), a trend
// line per outlet, and the numbers of the findings beside their rings where they
// cover nothing (see placeLabels).
func newChart(ms Measure, anchor func(i int) string, pal palette) chart {
	c := chart{W: chartW, H: chartH, X0: padLeft, X1: chartW - padRight, Y0: padTop, Y1: chartH - padBottom}
	c.Label = fmt.Sprintf("%s: %d figures from %d reports", measureTitle(ms), len(ms.Claims), ms.Reports())
	xs := c.timeAxis(ms.Claims)
	ys := c.valueAxis(ms.Claims)
	rings := findingRings(ms.Findings)
	halo := map[int]bool{}
	for _, a := range ms.Agreements {
		for _, i := range a.Claims {
			halo[i] = true
		}
	}
	var placed [][2]float64
	stands := ms.Standing()
	byOutlet := map[string][]int{}
	for i, cl := range ms.Claims {
		m := mark{Class: pal[cl.Publisher], Href: "#" + anchor(i), Halo: halo[i], Title: claimTitle(ms, cl)}
		if cl.Published.IsZero() {
			m.X, m.Undate = c.Undated.Mid, true
		} else {
			m.X = xs.pos(cl.Published)
		}
		m.Y = ys.pos(cl.Value)
		m.X = dodge(placed, m.X, m.Y)
		placed = append(placed, [2]float64{m.X, m.Y})
		m.drawQualifier(cl, ys)
		for k, r := range rings[i] {
			if len(ms.Findings) <= maxRingLabels {
				r.Label = numbers(r.nums, 3)
			}
			r.R = ringR + 3*float64(k)
			m.Rings = append(m.Rings, r)
		}
		c.Marks = append(c.Marks, m)
		if !m.Undate && stands[i] {
			byOutlet[cl.Publisher] = append(byOutlet[cl.Publisher], len(c.Marks)-1)
		}
	}
	c.Lines = trendLines(c.Marks, byOutlet, pal)
	placeLabels(c.Marks, float64(c.W), float64(c.H))
	// Draw the points in a finding last, so that their rings lie on top.
	sort.SliceStable(c.Marks, func(a, b int) bool { return len(c.Marks[a].Rings) < len(c.Marks[b].Rings) })
	return c
}

// timeAxis lays out the time axis of claims (a band on the right for the undated) and
// returns its scale.
func (c *chart) timeAxis(claims []Claim) timeScale {
	var times []time.Time
	undated := false
	for _, cl := range claims {
		if cl.Published.IsZero() {
			undated = true
			continue
		}
		times = append(times, cl.Published)
	}
	plotX1 := c.X1
	if undated {
		plotX1 = c.X1 - undatedW
		c.Undated = &band{X0: plotX1 + 8, X1: c.X1, Mid: (plotX1 + 8 + c.X1) / 2}
		if len(times) == 0 { // nothing is dated: the band is the whole width
			c.Undated = &band{X0: c.X0, X1: c.X1, Mid: (c.X0 + c.X1) / 2}
		}
	}
	var xs timeScale
	if len(times) > 0 {
		xs = chooseTimeScale(times, c.X0, plotX1)
		c.XTicks = xs.ticks()
		if xs.log {
			c.TimeCaption = "time since the first report, log scale"
		}
	}
	return xs
}

// valueAxis lays out the value axis of claims and returns its scale.
func (c *chart) valueAxis(claims []Claim) valueScale {
	var vals []float64
	for _, cl := range claims {
		vals = append(vals, cl.Value)
		// A hedge that bounds the value on both sides ("about 20", "nearly 650") is drawn
		// as a bar over its interval: the scale must hold it.
		if iv := kg.QualifiedInterval(cl.Value, cl.Qualifier); iv.Lo > 0 && !math.IsInf(iv.Hi, 1) && !iv.Exact() {
			vals = append(vals, iv.Lo, iv.Hi)
		}
	}
	ys := newValueScale(vals, c.Y1, c.Y0)
	c.Log = ys.log
	if ys.log {
		c.AxisCaption = "log scale"
	}
	c.YTicks = ys.ticks()
	return ys
}

// findingRings are the rings of each claim, by claim: one per verdict, with the
// numbers of its findings (as the list under the chart numbers them).
func findingRings(findings []Finding) map[int][]ring {
	rings := map[int][]ring{}
	for n, f := range findings {
		class := verdictClass(f.Verdict)
	claims:
		for _, i := range f.Claims {
			for k := range rings[i] {
				if r := &rings[i][k]; r.Class == class {
					r.nums = append(r.nums, n+1)
					continue claims
				}
			}
			rings[i] = append(rings[i], ring{Class: class, nums: []int{n + 1}})
			sort.SliceStable(rings[i], func(a, b int) bool { return rings[i][a].Class < rings[i][b].Class })
		}
	}
	return rings
}

// drawQualifier draws what a claim's qualifier allows: an open point for a bound that
// excludes the value, a bar over the range of "about" and "nearly", an arrow for an
// open end.
func (m *mark) drawQualifier(cl Claim, ys valueScale) {
	m.Open = cl.Qualifier == kg.MoreThan || cl.Qualifier == kg.FewerThan
	iv := kg.QualifiedInterval(cl.Value, cl.Qualifier)
	switch cl.Qualifier {
	case kg.About, kg.Nearly:
		m.Bar = barPath(m.X, ys.pos(iv.Hi), ys.pos(iv.Lo))
	case kg.AtLeast, kg.MoreThan:
		m.Shaft, m.Head = arrow(m.X, m.Y-dotR, -1)
	case kg.UpTo, kg.FewerThan:
		m.Shaft, m.Head = arrow(m.X, m.Y+dotR, +1)
	}
}

// trendLines join each outlet's dated points (marks, by outlet: those that stand for
// their report, see Measure.Standing) in time order, for the outlets with two or more,
// by outlet name.
func trendLines(marks []mark, byOutlet map[string][]int, pal palette) []line {
	var outs []string
	for o, idx := range byOutlet {
		if len(idx) > 1 {
			outs = append(outs, o)
		}
	}
	sort.Strings(outs)
	var lines []line
	for _, o := range outs {
		idx := byOutlet[o]
		sort.SliceStable(idx, func(a, b int) bool { return marks[idx[a]].X < marks[idx[b]].X })
		var sb strings.Builder
		for j, i := range idx {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%s,%s", f1(marks[i].X), f1(marks[i].Y))
		}
		lines = append(lines, line{Class: pal[o], Points: sb.String()})
	}
	return lines
}

// dodge returns an x near x where a point at y covers no point already placed: the
// first of x, x+d, x-d, x+2d… that is free, or x when none of the nearest are.
func dodge(placed [][2]float64, x, y float64) float64 {
	for k := 0; k <= 8; k++ {
		off := float64((k+1)/2) * dodgeStep
		if k%2 == 0 {
			off = -off
		}
		cx := x + off
		free := true
		for _, p := range placed {
			if math.Abs(p[0]-cx) < dodgeStep-0.01 && math.Abs(p[1]-y) < dodgeStep-0.01 {
				free = false
				break
			}
		}
		if free {
			return cx
		}
	}
	return x
}

func verdictClass(v kg.Verdict) string {
	if v == kg.Conflict {
		return "conflict"
	}
	return "revision"
}

// barPath is a vertical bar from y1 to y2 with caps.
func barPath(x, y1, y2 float64) string {
	const cap = 4
	return fmt.Sprintf("M%s %sH%sM%s %sV%sM%s %sH%s", f1(x-cap), f1(y1), f1(x+cap), f1(x), f1(y1), f1(y2), f1(x-cap), f1(y2), f1(x+cap))
}

// arrow is a shaft from (x, y) of arrowLen in direction dir (-1 up, +1 down) and its head.
func arrow(x, y float64, dir float64) (shaft, head string) {
	tip := y + dir*arrowLen
	shaft = fmt.Sprintf("M%s %sV%s", f1(x), f1(y), f1(tip-dir*2))
	head = fmt.Sprintf("M%s %sL%s %sL%s %s", f1(x-4), f1(tip-dir*6), f1(x), f1(tip), f1(x+4), f1(tip-dir*6))
	return shaft, head
}

// f1 writes a coordinate with one decimal.
func f1(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		s = "0"
	}
	return s
}

func claimTitle(ms Measure, c Claim) string {
	var b strings.Builder
	b.WriteString(valueText(c.Value, c.Qualifier, ms.Unit))
	b.WriteString(" ")
	b.WriteString(ms.Name)
	if c.Source != "" {
		b.WriteString(", according to ")
		b.WriteString(c.Source)
	}
	b.WriteString(" — ")
	b.WriteString(outletName(c.Publisher))
	b.WriteString(", ")
	b.WriteString(when(c.Published))
	return b.String()
}

// timeScale maps publication times to x: linearly, or as the time since the first
// report on a log scale.
type timeScale struct {
	lo, hi time.Time
	x0, x1 float64
	log    bool
}

// Reports often come in a burst and then a straggler weeks later; a linear axis would
// crowd the burst into a few pixels. A span longer than skewSpan in which more than
// half the reports come in its first tenth gets a log axis of time since the first.
const (
	skewSpan   = 72 * time.Hour
	logLead    = 12.0 // pixels before the first report on a log time axis
	minTickGap = 64.0 // pixels between labels on a log time axis
)

func chooseTimeScale(times []time.Time, x0, x1 float64) timeScale {
	lo, hi := times[0], times[0]
	for _, t := range times {
		if t.Before(lo) {
			lo = t
		}
		if t.After(hi) {
			hi = t
		}
	}
	span := hi.Sub(lo)
	if span > skewSpan && len(times) >= 4 {
		early := 0
		for _, t := range times {
			if t.Sub(lo) <= span/10 {
				early++
			}
		}
		if 2*early > len(times) {
			return timeScale{lo: lo, hi: hi, x0: x0, x1: x1, log: true}
		}
	}
	return newTimeScale(lo, hi, x0, x1)
}

func newTimeScale(lo, hi time.Time, x0, x1 float64) timeScale {
	span := hi.Sub(lo)
	if span < time.Hour {
		mid := lo.Add(span / 2)
		return timeScale{lo: mid.Add(-12 * time.Hour), hi: mid.Add(12 * time.Hour), x0: x0, x1: x1}
	}
	pad := time.Duration(float64(span) * chartMargin)
	return timeScale{lo: lo.Add(-pad), hi: hi.Add(pad), x0: x0, x1: x1}
}

func (s timeScale) pos(t time.Time) float64 {
	if s.log {
		u := math.Log1p(t.Sub(s.lo).Hours())
		top := math.Log1p(s.hi.Sub(s.lo).Hours()) * (1 + chartMargin)
		return s.x0 + logLead + (s.x1-s.x0-logLead)*u/top
	}
	return s.x0 + (s.x1-s.x0)*float64(t.Sub(s.lo))/float64(s.hi.Sub(s.lo))
}

// logSteps are the ticks of a log time axis, after the first report.
var logSteps = []struct {
	d     time.Duration
	label string
}{
	{time.Hour, "+1 h"}, {3 * time.Hour, "+3 h"}, {6 * time.Hour, "+6 h"}, {12 * time.Hour, "+12 h"},
	{24 * time.Hour, "+1 day"}, {48 * time.Hour, "+2 days"}, {96 * time.Hour, "+4 days"},
	{7 * 24 * time.Hour, "+1 week"}, {14 * 24 * time.Hour, "+2 weeks"}, {30 * 24 * time.Hour, "+1 month"},
	{61 * 24 * time.Hour, "+2 months"}, {91 * 24 * time.Hour, "+3 months"}, {182 * 24 * time.Hour, "+6 months"},
	{365 * 24 * time.Hour, "+1 year"}, {730 * 24 * time.Hour, "+2 years"},
}

func (s timeScale) logTicks() []tick {
	out := []tick{{Pos: s.pos(s.lo), Label: s.lo.UTC().Format("2 Jan 15:04")}}
	last := out[0].Pos + minTickGap*0.4 // the first label is wider
	for _, st := range logSteps {
		if st.d > s.hi.Sub(s.lo)+s.hi.Sub(s.lo)/10 {
			break
		}
		if x := s.pos(s.lo.Add(st.d)); x-last >= minTickGap {
			out = append(out, tick{Pos: x, Label: st.label})
			last = x
		}
	}
	return out
}

// A tick step on the time axis and how its labels read.
type timeStep struct {
	d      time.Duration // for steps shorter than a month
	months int
	layout string
}

var timeSteps = []timeStep{
	{d: time.Hour, layout: "2 Jan 15:04"},
	{d: 2 * time.Hour, layout: "2 Jan 15:04"},
	{d: 3 * time.Hour, layout: "2 Jan 15:04"},
	{d: 6 * time.Hour, layout: "2 Jan 15:04"},
	{d: 12 * time.Hour, layout: "2 Jan 15:04"},
	{d: 24 * time.Hour, layout: "2 Jan"},
	{d: 48 * time.Hour, layout: "2 Jan"},
	{d: 7 * 24 * time.Hour, layout: "2 Jan"},
	{d: 14 * 24 * time.Hour, layout: "2 Jan"},
	{months: 1, layout: "Jan 2006"},
	{months: 2, layout: "Jan 2006"},
	{months: 3, layout: "Jan 2006"},
	{months: 6, layout: "Jan 2006"},
	{months: 12, layout: "2006"},
	{months: 24, layout: "2006"},
	{months: 60, layout: "2006"},
	{months: 120, layout: "2006"},
}

// ticks are round times (hours, midnights, first days of months) inside the scale, at
// most maxXTicks of them.
func (s timeScale) ticks() []tick {
	if s.log {
		return s.logTicks()
	}
	for _, st := range timeSteps {
		ts := st.times(s.lo, s.hi)
		if len(ts) <= maxXTicks {
			out := make([]tick, len(ts))
			for i, t := range ts {
				out[i] = tick{Pos: s.pos(t), Label: t.Format(st.layout)}
			}
			return out
		}
	}
	return nil
}

func (st timeStep) times(lo, hi time.Time) []time.Time {
	lo, hi = lo.UTC(), hi.UTC()
	var out []time.Time
	if st.months == 0 {
		// Multiples of the step since midnight UTC of lo's day; weeks from Mondays.
		day := time.Date(lo.Year(), lo.Month(), lo.Day(), 0, 0, 0, 0, time.UTC)
		if st.d >= 7*24*time.Hour {
			day = day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
		}
		for t := day; !t.After(hi); t = t.Add(st.d) {
			if !t.Before(lo) {
				out = append(out, t)
			}
			if len(out) > maxXTicks {
				break
			}
		}
		return out
	}
	y := lo.Year()
	if st.months >= 12 {
		y -= y % (st.months / 12)
	}
	m := time.January
	if st.months < 12 {
		m = time.Month((int(lo.Month())-1)/st.months*st.months + 1)
	}
	for t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC); !t.After(hi); t = t.AddDate(0, st.months, 0) {
		if !t.Before(lo) {
			out = append(out, t)
		}
		if len(out) > maxXTicks {
			break
		}
	}
	return out
}

// valueScale maps values to y: linear, or logarithmic when the values span more
// than logSpan.
type valueScale struct {
	log    bool
	lo, hi float64 // the domain (powers of ten when log)
	y0, y1 float64 // y of lo and hi
	step   float64 // linear tick step
}

func newValueScale(vals []float64, y0, y1 float64) valueScale {
	s := valueScale{y0: y0, y1: y1}
	minPos, maxV, minV := math.Inf(1), math.Inf(-1), math.Inf(1)
	for _, v := range vals {
		if v > 0 && v < minPos {
			minPos = v
		}
		maxV = math.Max(maxV, v)
		minV = math.Min(minV, v)
	}
	if len(vals) == 0 {
		minV, maxV = 0, 1
	}
	if minV > 0 && maxV/minPos > logSpan {
		s.log = true
		s.lo = math.Pow(10, math.Floor(math.Log10(minPos)))
		s.hi = math.Pow(10, math.Ceil(math.Log10(maxV)))
		if s.hi <= s.lo {
			s.hi = s.lo * 10
		}
		return s
	}
	lo, hi := math.Min(0, minV), maxV
	if minV > 0 && minV > maxV*0.75 {
		// Values close together (a magnitude 6.2 against 6.4): zoom in on them.
		pad := (maxV - minV) * 0.5
		if pad == 0 {
			pad = math.Max(math.Abs(maxV)*0.1, 0.5)
		}
		lo, hi = math.Max(0, minV-pad), maxV+pad
	}
	if hi <= lo {
		hi = lo + 1
	}
	s.step = niceStep((hi - lo) / float64(maxYTicks-1))
	s.lo = math.Floor(lo/s.step) * s.step
	s.hi = math.Ceil(hi/s.step) * s.step
	if s.hi == maxV && maxV > 0 {
		s.hi += s.step // room above the highest point for its arrow
	}
	return s
}

// niceStep rounds x up to 1, 2 or 5 times a power of ten.
func niceStep(x float64) float64 {
	if x <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if x <= m*p*(1+1e-9) {
			return m * p
		}
	}
	return 10 * p
}

func (s valueScale) pos(v float64) float64 {
	var f float64
	if s.log {
		if v <= 0 {
			return s.y0
		}
		f = (math.Log10(v) - math.Log10(s.lo)) / (math.Log10(s.hi) - math.Log10(s.lo))
	} else {
		f = (v - s.lo) / (s.hi - s.lo)
	}
	return s.y0 + (s.y1-s.y0)*f
}

func (s valueScale) ticks() []tick {
	var out []tick
	if s.log {
		decades := int(math.Round(math.Log10(s.hi / s.lo)))
		every := (decades + maxYTicks - 1) / maxYTicks
		if every < 1 {
			every = 1
		}
		for i := 0; i <= decades; i += every {
			v := s.lo * math.Pow(10, float64(i))
			out = append(out, tick{Pos: s.pos(v), Label: compact(v)})
		}
		return out
	}
	n := int(math.Round((s.hi - s.lo) / s.step))
	for i := 0; i <= n; i++ {
		v := s.lo + float64(i)*s.step
		out = append(out, tick{Pos: s.pos(v), Label: compact(v)})
	}
	return out
}
