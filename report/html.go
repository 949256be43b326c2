package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/factgraph/kg"
)

// Options change how a report reads, not what it says.
type Options struct {
	Title string // the page's heading; "" is "kg report"
	// Generated is printed under the heading when not zero (kg report --stamp); without
	// it, the same Data always gives the same bytes.
	Generated time.Time
}

// maxEntities is how many entities an event lists; the rest are counted.
const maxEntities = 36

//go:embed page.html.tmpl
var pageSource string

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"f":     f1,
	"label": eventLabel,
	"add":   func(a, b float64) float64 { return a + b },
	"sub":   func(a, b float64) float64 { return a - b },
}).Parse(pageSource))

// isoDate is a date written YYYY-MM-DD.
var isoDate = regexp.MustCompile(`\b\d{4}-\d\d-\d\d\b`)

// eventLabel is an event's label as HTML whose dates are never broken at their
// hyphens ("2016-" at the end of a line, "02-06" under it, on a phone).
func eventLabel(label string) template.HTML {
	esc := template.HTMLEscapeString(label)
	return template.HTML(isoDate.ReplaceAllString(esc, `<span class="nw">$0</span>`))
}

// Write renders d as one self-contained HTML page: inline CSS and SVG, no script, no
// request to any other address when it is viewed. It returns the writer's error.
func Write(w io.Writer, d Data, opt Options) error {
	v := newPageView(d, opt)
	if err := pageTemplate.Execute(w, v); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	return nil
}

// What the template reads.

type pageView struct {
	Title     string
	Generated string
	Totals    Totals
	Overview  []overviewRow // the events, most reports first, with their latest values
	Events    []eventView
	Disputes  []disputeView
	Key       []keyItem
}

type eventView struct {
	Anchor    string
	N         int
	Label     string
	Reports   int
	Outlets   int
	Figures   int
	Conflicts int
	Revisions int
	Charts    []measureView
	Singles   []claimRow // figures of measures that one report gives
	// SingleFindings are the findings among Singles: a report at odds with itself.
	SingleFindings []findingView
	Entities       []entityGroup
	MoreNames      int // entities named but not listed
	Articles       []articleRow
}

type measureView struct {
	Anchor     string
	Title      string
	Figures    int
	Reports    int
	Legend     []legendItem
	Chart      chart
	Rows       []claimRow
	Findings   []findingView // the first shownFindings
	More       []findingView // the rest, folded
	Agreements []agreementView
}

// shownFindings is how many findings a chart lists before folding the rest away.
const shownFindings = 6

type legendItem struct{ Class, Name string }

type claimRow struct {
	ID        string
	Class     string // the outlet's colour
	Measure   string
	Published string
	Outlet    string
	Value     string
	Source    string
	Sentence  string
	Title     string
	URL       string
	Marks     []badge
}

type badge struct{ Class, Text string }

type findingView struct {
	N       int
	Class   string
	Verdict kg.Verdict
	Why     string
	Claims  []claimLink
}

type claimLink struct{ Href, Text string }

type agreementView struct {
	Value   string
	Reports int
	Outlets string
	Claims  []claimLink
}

type entityGroup struct {
	Kind  string
	Names []Entity
}

type articleRow struct {
	Published, Outlet, Title, URL, Path string
}

type disputeView struct {
	N       int
	Class   string
	Verdict kg.Verdict
	Subject string
	Why     string
	Claims  []statementRow
}

type statementRow struct {
	Says, Source, Outlet, Published, Sentence, URL string
}

// keyItem explains one symbol of the charts.
type keyItem struct {
	Text string
	Mark mark
}

func newPageView(d Data, opt Options) pageView {
	v := pageView{Title: opt.Title, Totals: d.Totals, Key: key()}
	if v.Title == "" {
		v.Title = "kg report"
	}
	if !opt.Generated.IsZero() {
		v.Generated = opt.Generated.UTC().Format("2 Jan 2006 15:04 UTC")
	}
	// One colour per outlet across the whole page.
	pal := pagePalette(d.Events)
	for i, e := range d.Events {
		ev := newEventView(i+1, e, pal)
		v.Events = append(v.Events, ev)
		v.Overview = append(v.Overview, newOverviewRow(ev, e, pal))
	}
	for i, dsp := range d.Disputes {
		dv := disputeView{N: i + 1, Class: verdictClass(dsp.Verdict), Verdict: dsp.Verdict, Subject: dsp.Subject, Why: dsp.Why}
		for _, s := range dsp.Claims {
			dv.Claims = append(dv.Claims, statementRow{Says: s.Says, Source: s.Source, Outlet: outletName(s.Publisher),
				Published: when(s.Published), Sentence: s.Sentence, URL: s.URL})
		}
		v.Disputes = append(v.Disputes, dv)
	}
	return v
}

// newEventView lays out an event: a chart for each measure that two or more reports
// give, one table for the figures only one report gives, the entities, the reports.
func newEventView(n int, e Event, pal palette) eventView {
	ev := eventView{Anchor: fmt.Sprintf("e%d", n), N: n, Label: e.Label, Reports: e.Reports}
	var all []Claim
	for _, m := range e.Measures {
		all = append(all, m.Claims...)
	}
	for _, o := range outlets(all) {
		if o != "" {
			ev.Outlets++
		}
	}
	for mi, m := range e.Measures {
		m.Findings = uniqueFindings(m.Findings)
		ev.Figures += len(m.Claims)
		for _, f := range m.Findings {
			if f.Verdict == kg.Conflict {
				ev.Conflicts++
			} else {
				ev.Revisions++
			}
		}
		// Figures of one report go to one table under the charts; their findings (a
		// report at odds with itself) are numbered on from the ones before.
		first := 1
		if m.Reports() < 2 {
			first = len(ev.SingleFindings) + 1
		}
		mv, findings := newMeasureView(m, fmt.Sprintf("%s-m%d", ev.Anchor, mi+1), first, pal)
		if m.Reports() < 2 {
			ev.Singles = append(ev.Singles, mv.Rows...)
			ev.SingleFindings = append(ev.SingleFindings, findings...)
			continue
		}
		ev.Charts = append(ev.Charts, mv)
	}
	ev.Entities, ev.MoreNames = entityGroups(e.Entities)
	for _, a := range e.Articles {
		ev.Articles = append(ev.Articles, articleRow{Published: when(a.Published), Outlet: outletName(a.Publisher),
			Title: a.Title, URL: a.URL, Path: a.Path})
	}
	return ev
}

// newMeasureView lays out a measure: its chart, legend, findings (numbered from
// first), agreements and the rows of its claims. It returns the findings apart too,
// for the measures of one report, which have no chart.
func newMeasureView(m Measure, anchor string, first int, pal palette) (measureView, []findingView) {
	claimID := func(i int) string { return fmt.Sprintf("%s-c%d", anchor, i+1) }
	link := func(i int) claimLink {
		c := m.Claims[i]
		return claimLink{Href: "#" + claimID(i), Text: valueText(c.Value, c.Qualifier, m.Unit) + " (" + outletName(c.Publisher) + ")"}
	}
	var findings []findingView
	for fi, f := range m.Findings {
		fv := findingView{N: first + fi, Class: verdictClass(f.Verdict), Verdict: f.Verdict, Why: f.Why}
		for _, i := range f.Claims {
			fv.Claims = append(fv.Claims, link(i))
		}
		findings = append(findings, fv)
	}
	mv := measureView{Anchor: anchor, Title: measureTitle(m), Figures: len(m.Claims), Reports: m.Reports(),
		Rows: claimRows(m, first, claimID, pal)}
	if m.Reports() < 2 {
		return mv, findings
	}
	mv.Chart = newChart(m, claimID, pal)
	for _, o := range m.Outlets() {
		mv.Legend = append(mv.Legend, legendItem{Class: pal[o], Name: outletName(o)})
	}
	sort.SliceStable(mv.Legend, func(i, j int) bool { return mv.Legend[i].Class < mv.Legend[j].Class })
	if len(findings) > shownFindings {
		mv.Findings, mv.More = findings[:shownFindings], findings[shownFindings:]
	} else {
		mv.Findings = findings
	}
	for _, a := range m.Agreements {
		av := agreementView{Value: valueText(a.Value, a.Qualifier, m.Unit), Reports: len(a.Claims), Outlets: strings.Join(a.Outlets, ", ")}
		for _, i := range a.Claims {
			av.Claims = append(av.Claims, link(i))
		}
		mv.Agreements = append(mv.Agreements, av)
	}
	return mv, findings
}

// uniqueFindings keeps the first of findings that say the same: one verdict about
// the same claims.
func uniqueFindings(fs []Finding) []Finding {
	seen := map[string]bool{}
	var out []Finding
	for _, f := range fs {
		claims := append([]int(nil), f.Claims...)
		sort.Ints(claims)
		k := fmt.Sprint(f.Verdict, claims)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// claimRows are the rows of a measure's claims table; its findings are numbered from first.
func claimRows(m Measure, first int, id func(int) string, pal palette) []claimRow {
	// One badge per verdict: "conflict 1", "revision 3, 7, +4".
	marks := make([][]badge, len(m.Claims))
	nums := make([]map[kg.Verdict][]int, len(m.Claims))
	var verdicts []kg.Verdict
	for fi, f := range m.Findings {
		for _, i := range f.Claims {
			if nums[i] == nil {
				nums[i] = map[kg.Verdict][]int{}
			}
			if len(nums[i][f.Verdict]) == 0 && !slices.Contains(verdicts, f.Verdict) {
				verdicts = append(verdicts, f.Verdict)
			}
			nums[i][f.Verdict] = append(nums[i][f.Verdict], first+fi)
		}
	}
	slices.Sort(verdicts)
	for i := range m.Claims {
		for _, v := range verdicts {
			if ns := nums[i][v]; len(ns) > 0 {
				marks[i] = append(marks[i], badge{Class: verdictClass(v), Text: string(v) + " " + strings.ReplaceAll(numbers(ns, 4), ",", ", ")})
			}
		}
	}
	for _, a := range m.Agreements {
		for _, i := range a.Claims {
			marks[i] = append(marks[i], badge{Class: "agreed", Text: fmt.Sprintf("agreed by %d", len(a.Claims))})
		}
	}
	rows := make([]claimRow, len(m.Claims))
	for i, c := range m.Claims {
		rows[i] = claimRow{ID: id(i), Class: pal[c.Publisher], Measure: measureTitle(m), Published: when(c.Published),
			Outlet: outletName(c.Publisher), Value: valueText(c.Value, c.Qualifier, m.Unit), Source: c.Source,
			Sentence: c.Sentence, Title: c.Title, URL: c.URL, Marks: marks[i]}
	}
	return rows
}

var entityKinds = []struct{ typ, kind string }{
	{"person", "People"}, {"organization", "Organizations"}, {"group", "Groups"}, {"place", "Places"}, {"thing", "Other"},
}

// entityGroups lists the entities most reports name, by kind, and counts the rest.
func entityGroups(es []Entity) ([]entityGroup, int) {
	es = append([]Entity(nil), es...)
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Reports != es[j].Reports {
			return es[i].Reports > es[j].Reports
		}
		return es[i].Name < es[j].Name
	})
	more := 0
	if len(es) > maxEntities {
		more = len(es) - maxEntities
		es = es[:maxEntities]
	}
	var out []entityGroup
	known := map[string]bool{}
	for _, k := range entityKinds {
		known[k.typ] = true
	}
	for _, k := range entityKinds {
		g := entityGroup{Kind: k.kind}
		for _, e := range es {
			if e.Type == k.typ || (k.typ == "thing" && !known[e.Type]) {
				g.Names = append(g.Names, e)
			}
		}
		if len(g.Names) > 0 {
			out = append(out, g)
		}
	}
	return out, more
}

// key draws one of each symbol the charts use.
func key() []keyItem {
	const x, y = 13, 14
	item := func(text string, m mark) keyItem {
		m.X, m.Y = x, y
		m.Class = "okey"
		return keyItem{Text: text, Mark: m}
	}
	up := func(m mark) mark { m.Y = 20; m.Shaft, m.Head = shortArrow(x, m.Y-dotR, -1); return m }
	down := func(m mark) mark { m.Y = 8; m.Shaft, m.Head = shortArrow(x, m.Y+dotR, +1); return m }
	return []keyItem{
		item("exact", mark{}),
		item("at least", up(mark{})),
		item("more than", up(mark{Open: true})),
		item("about (±10%)", mark{Bar: barPath(x, y-7, y+7)}),
		item("nearly", mark{Bar: barPath(x, y, y+7)}),
		item("up to", down(mark{})),
		item("fewer than", down(mark{Open: true})),
		item("corroborated", mark{Halo: true}),
		item("conflict", mark{Rings: []ring{{Class: "conflict", R: ringR}}}),
		item("revised later", mark{Rings: []ring{{Class: "revision", R: ringR}}}),
	}
}

// shortArrow is an arrow that fits the key's small boxes.
func shortArrow(x, y float64, dir float64) (string, string) {
	tip := y + dir*9
	return fmt.Sprintf("M%s %sV%s", f1(x), f1(y), f1(tip-dir*2)),
		fmt.Sprintf("M%s %sL%s %sL%s %s", f1(x-3.5), f1(tip-dir*5), f1(x), f1(tip), f1(x+3.5), f1(tip-dir*5))
}
