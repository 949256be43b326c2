package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestMissedColumnReportsNoEvent: a column that gathers what the reader missed ("While
// You Were Offline: …") retells a week's items; the crash its first lines name is not
// its news. A headline with another label before its colon keeps its event.
func TestMissedColumnReportsNoEvent(t *testing.T) {
	body := "A charter bus crash on a highway near Varnton on Saturday killed eight people. " +
		"Elsewhere online, people argued about a singer's new album all week."
	for _, title := range []string{
		"While You Were Offline: Everyone Is So Tired of the Internet",
		"In Case You Missed It: The Week Online Was Exhausting",
	} {
		if typ := mainType(t, title, body); typ != "" {
			t.Errorf("%q: main event %q, want none", title, typ)
		}
	}
	if typ := mainType(t, "Varnton bus crash: eight killed as charter bus rolls over", body); typ != "crash" {
		t.Errorf("crash report: main event %q, want crash", typ)
	}
}

// TestPairedIncidentsReportNeither: a piece whose first sentence names one kind of
// disaster by a plural over two countries, under a headline that names no place, is
// about both and reports neither; a lead of one country's quakes, or a headline that
// names the place, keeps its event.
func TestPairedIncidentsReportNeither(t *testing.T) {
	explainer := "Aftershocks keep shaking towns in Japan and Chile, almost a week after earthquakes rocked the two countries. " +
		"A 7.0 quake struck Japan on Friday, killing at least two people. " +
		"One day later, a stronger quake hit Chile, killing 40 people."
	if typ := mainType(t, "New maps make aftershocks look scarier than the main quake", explainer); typ != "" {
		t.Errorf("explainer: main event %q, want none", typ)
	}
	x := mustExtract(t, leadArticle("New maps make aftershocks look scarier than the main quake", explainer))
	if f := findFigure(x, "killed", 2); f == nil || f.Event < 0 || x.Events[f.Event].Type != "earthquake" || f.Scope.Kind != kg.Background {
		t.Errorf("two killed: %+v, want a quake's, recalled (events %+v)", f, x.Events)
	}
	if typ := mainType(t, "Aftershocks rattle Japan and Chile", explainer); typ != "earthquake" {
		t.Errorf("headline names the places: main event %q, want earthquake", typ)
	}
	one := "Aftershocks keep shaking towns in northern Japan, almost a week after earthquakes rocked the region. " +
		"A 7.0 quake struck Japan on Friday, killing at least two people."
	if typ := mainType(t, "New maps make aftershocks look scarier than the main quake", one); typ != "earthquake" {
		t.Errorf("one country: main event %q, want earthquake", typ)
	}
}
