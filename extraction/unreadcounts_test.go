package extraction

import "testing"

// TestUnreadCounts: a count of people after "employs"/"employed" is the employer's
// employees, and "one million" before a plural noun is a count like "two million";
// "one hundred years" stays a span, "one worker said" and "one of the mills" no count,
// "one billion light-years away" is a distance, and "employs three lawyers" keeps its
// noun.
func TestUnreadCounts(t *testing.T) {
	x := extract(t, "unread-counts")
	if f := findFigure(x, "employees", 4200); f == nil || f.Qualifier != "about" {
		t.Errorf("want about 4,200 employees; figures: %+v", x.Figures)
	}
	if findFigure(x, "employees", 1.3e6) == nil {
		t.Errorf("want 1.3 million employees; figures: %+v", x.Figures)
	}
	if findFigure(x, "lawyers", 3) == nil {
		t.Errorf("want three lawyers; figures: %+v", x.Figures)
	}
	if findFigure(x, "signed", 1e6) == nil {
		t.Errorf("want one million signed; figures: %+v", x.Figures)
	}
	for _, f := range x.Figures {
		if f.Value == 100 || f.Value == 1 || f.Value == 1e9 || f.Measure == "employees" && f.Value == 12 || f.Measure == "employees" && f.Value == 3 {
			t.Errorf("no count: %+v", f)
		}
	}
}

// TestHourlyRates: money "an hour" takes the noun of pay before it ("raise the minimum
// wage …, reaching $16 an hour") or, after a verb of earning, "hourly pay"; an hourly
// charge with no word of pay keeps its clause's measure.
func TestHourlyRates(t *testing.T) {
	x := extract(t, "unread-counts")
	if findFigure(x, "minimum wage", 16) == nil {
		t.Errorf("want a $16 minimum wage; figures: %+v", x.Figures)
	}
	if f := findFigure(x, "hourly pay", 23); f == nil || f.Qualifier != "about" {
		t.Errorf("want about $23 hourly pay; figures: %+v", x.Figures)
	}
	for _, f := range x.Figures {
		if f.Value == 7 && (f.Measure == "hourly pay" || f.Measure == "wage") {
			t.Errorf("a charge is no pay: %+v", f)
		}
	}
}
