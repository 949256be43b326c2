package report

import (
	"fmt"
	"sort"
)

// The overview opens the page: every event shown, most reports first, each with the
// latest value each outlet gives of each measure two or more reports give (the
// measures charted), and links down to the event and its charts.

// overviewRow is one event of the overview.
type overviewRow struct {
	Anchor    string
	N         int
	Label     string
	Reports   int
	Outlets   int
	Conflicts int
	Revisions int
	Measures  []overviewMeasure
}

// overviewMeasure is one charted measure of an event, with each outlet's latest value.
type overviewMeasure struct {
	Anchor string
	Title  string
	Latest []latestValue
}

// latestValue is the value an outlet gave last.
type latestValue struct {
	Class  string // the outlet's colour
	Outlet string
	Value  string
	When   string
}

// newOverviewRow is the overview's row for the event ev shows of e.
func newOverviewRow(ev eventView, e Event, pal palette) overviewRow {
	row := overviewRow{Anchor: ev.Anchor, N: ev.N, Label: ev.Label, Reports: ev.Reports, Outlets: ev.Outlets,
		Conflicts: ev.Conflicts, Revisions: ev.Revisions}
	for mi, m := range e.Measures {
		if m.Reports() < 2 {
			continue
		}
		row.Measures = append(row.Measures, overviewMeasure{Anchor: fmt.Sprintf("%s-m%d", ev.Anchor, mi+1),
			Title: measureTitle(m), Latest: latestByOutlet(m, pal)})
	}
	return row
}

// latestByOutlet is, for each outlet of m, the value of its latest claim that stands
// for its report (a toll's highest count; see Measure.Standing; a dated claim is later
// than an undated one; of two at one time, the later in m), newest first, then by
// outlet.
func latestByOutlet(m Measure, pal palette) []latestValue {
	last := map[string]int{}
	stands := m.Standing()
	for i, c := range m.Claims {
		if !stands[i] {
			continue
		}
		j, ok := last[c.Publisher]
		if !ok || !c.Published.Before(m.Claims[j].Published) {
			last[c.Publisher] = i
		}
	}
	idx := make([]int, 0, len(last))
	for _, i := range last {
		idx = append(idx, i)
	}
	sort.Slice(idx, func(a, b int) bool {
		ca, cb := m.Claims[idx[a]], m.Claims[idx[b]]
		if !ca.Published.Equal(cb.Published) {
			return ca.Published.After(cb.Published)
		}
		return ca.Publisher < cb.Publisher
	})
	out := make([]latestValue, 0, len(idx))
	for _, i := range idx {
		c := m.Claims[i]
		out = append(out, latestValue{Class: pal[c.Publisher], Outlet: outletName(c.Publisher),
			Value: valueText(c.Value, c.Qualifier, m.Unit), When: when(c.Published)})
	}
	return out
}
