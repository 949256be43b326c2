package kg

import "time"

// DateSpan is the days a date stands for: a full ISO date ("2016-02-06") is one day, a
// month ("2016-02") every day of it, a year ("1999") every day of the year.
type DateSpan struct {
	From, To time.Time // the first and last day, at midnight UTC
	// Days is true when the span comes from a full date, not a month or a year.
	Days bool
}

// ParseDateSpan reads an ISO date, or a partial one ("1999", "1999-09"), as the days
// it spans. ok is false for "" and for anything else that is not such a date.
func ParseDateSpan(s string) (span DateSpan, ok bool) {
	for _, l := range []struct {
		layout              string
		years, months, days int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if len(s) != len(l.layout) {
			continue
		}
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		return DateSpan{From: t, To: t.AddDate(l.years, l.months, l.days).Add(-24 * time.Hour), Days: l.days == 1}, true
	}
	return DateSpan{}, false
}

// DaySpan is the one day t falls on, in UTC.
func DaySpan(t time.Time) DateSpan {
	d := t.UTC().Truncate(24 * time.Hour)
	return DateSpan{From: d, To: d, Days: true}
}

// Gap is how many days lie between two spans: 0 when they overlap or touch.
func (a DateSpan) Gap(b DateSpan) float64 {
	switch {
	case a.To.Before(b.From):
		return b.From.Sub(a.To).Hours() / 24
	case b.To.Before(a.From):
		return a.From.Sub(b.To).Hours() / 24
	}
	return 0
}

// Union is the smallest span that holds both.
func (a DateSpan) Union(b DateSpan) DateSpan {
	if b.From.Before(a.From) {
		a.From = b.From
	}
	if b.To.After(a.To) {
		a.To = b.To
	}
	a.Days = a.Days && b.Days
	return a
}
