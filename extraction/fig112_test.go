package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

func figSource(f kg.Figure) string { return f.Source }

// TestThomsonReutersData: "according to Thomson Reuters data" is the data company's,
// not the news agency's; "Reuters reported" stays the agency's.
func TestThomsonReutersData(t *testing.T) {
	x := extractBody(t, "Harlow Mills shares trade at 14.2 times forward earnings, according to Thomson Reuters data.")
	wantFigureField(t, x, map[float64]string{14.2: "Thomson Reuters"}, "source", figSource)
	x = extractBody(t, "Harlow Mills plans to cut 1,300 jobs, Reuters reported on Tuesday.")
	wantFigureField(t, x, map[float64]string{1300: "Reuters"}, "source", figSource)
}

// TestAsideShareMove: a share move in a "whose shares" clause or a "sending its shares"
// phrase is the market's, not the sentence's teller's; a move the teller forecasts keeps
// its teller.
func TestAsideShareMove(t *testing.T) {
	x := extractBody(t, "Dravex, whose shares were up 4.2 percent in early trading, may seek at least $3 billion for the unit, Bloomberg reported.")
	wantFigureField(t, x, map[float64]string{4.2: ""}, "source", figSource)
	x = extractBody(t, "Dravex Corp said it would cut 9 percent of its staff, sending its shares down 11.5 percent in extended trading.")
	wantFigureField(t, x, map[float64]string{11.5: ""}, "source", figSource)
	x = extractBody(t, "Dravex shares could fall another 12.5 percent this year, analyst Mina Sorel predicted.")
	wantFigureField(t, x, map[float64]string{12.5: "Mina Sorel"}, "source", figSource)
}

// TestPollPopulationShares: a percentage of the people a poll asks ("31 percent of
// Republicans") or a lead with a modifier, a few sentences after a poll its pollster
// names, is the pollster's; without a poll before it, no one's.
func TestPollPopulationShares(t *testing.T) {
	x := extractBody(t, "Most Americans back the plan, according to a Harlow Research poll released on Thursday. Support fell to 54 percent overall, with only 31 percent of Republicans supporting it. Clinton holds a narrow lead of 41.4 percent.")
	wantFigureField(t, x, map[float64]string{31: "Harlow Research", 41.4: "Harlow Research"}, "source", figSource)
	x = extractBody(t, "The plan drew crowds across the state on Thursday. Only 31 percent of Republicans in the county turned out.")
	wantFigureField(t, x, map[float64]string{31: ""}, "source", figSource)
}

// TestSpanSources: a source phrase cut from a clause is mended: a phrase that holds the
// sentence's numbers after a preposition is no teller; the name after "of whom" tells
// of its own figure only; a teller the figure counts stays.
func TestSpanSources(t *testing.T) {
	x := extractBody(t, "With 100% of the Kansas votes counted, Cruz was at 48.2%, with Trump at 23.3%.")
	wantFigureField(t, x, map[float64]string{48.2: "", 23.3: ""}, "source", figSource)
	x = extractBody(t, "Israeli forces have killed at least 174 Palestinians since October, 116 of whom Israel says were assailants.")
	wantFigureField(t, x, map[float64]string{174: "", 116: "Israel"}, "source", figSource)
	x = extractBody(t, "Two industry sources said the Vale deal was worth $3 billion.")
	wantFigureField(t, x, map[float64]string{3e9: "two industry sources"}, "source", figSource)
}

// TestResultsMargins: a company's operating margin in its results story is one of its
// accounts, carried from the company's own statement of them; a bare "margin" (a poll's
// or a race's as often) is not.
func TestResultsMargins(t *testing.T) {
	body := "Dravex Corp said on Thursday its net profit rose 12 percent to $3.5 billion.\n\n" +
		"Revenue rose 8 percent to $40.1 billion, while operating margins dipped to 11.6 percent from 11.9 percent.\n\n" +
		"Harlow won the county with a margin of 14.2 percent."
	a := kg.Article{Title: "Dravex profit rises 12 percent", Body: body, Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	wantFigureField(t, x, map[float64]string{11.6: "Dravex Corp", 11.9: "Dravex Corp", 14.2: ""}, "source", figSource)
}
