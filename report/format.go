package report

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/factgraph/kg"
)

// valueText writes a figure as a person would say it: "at least 4", "about 1.3 million
// USD", "6.2".
func valueText(v float64, q kg.Qualifier, unit string) string {
	s := number(v)
	if q != kg.Exact {
		s = string(q) + " " + s
	}
	if unit != "" {
		s += " " + unit
	}
	return s
}

// number writes v in full up to a million, with thousands separated by commas, and in
// millions, billions or trillions above.
func number(v float64) string {
	if r, ok := rungOf(v); ok {
		return decimal(v/r.at, 2) + " " + r.word
	}
	return decimal(v, 3)
}

// rung is a step of the ladder of large numbers: the value it starts at, its word and
// its letter on an axis.
type rung struct {
	at           float64
	word, letter string
}

// rungs are the steps of the ladder, largest first.
var rungs = []rung{{1e12, "trillion", "T"}, {1e9, "billion", "B"}, {1e6, "million", "M"}}

// rungOf is the largest rung at or below |v|, if any.
func rungOf(v float64) (rung, bool) {
	a := math.Abs(v)
	for _, r := range rungs {
		if a >= r.at {
			return r, true
		}
	}
	return rung{}, false
}

// decimal writes v with at most places decimals, none trailing, and commas.
func decimal(v float64, places int) string {
	p := math.Pow(10, float64(places))
	v = math.Round(v*p) / p
	s := strconv.FormatFloat(v, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// compact writes an axis label: 40, 1.5k, 2M, 3B.
func compact(v float64) string {
	if r, ok := rungOf(v); ok {
		return decimal(v/r.at, 1) + r.letter
	}
	if math.Abs(v) >= 1e4 {
		return decimal(v/1e3, 1) + "k"
	}
	return strings.ReplaceAll(decimal(v, 2), ",", "")
}

// outletName is the publisher, or a word for an article that names none.
func outletName(p string) string {
	if p == "" {
		return "unknown outlet"
	}
	return p
}

// when writes a publication time in UTC, or "undated".
func when(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.UTC().Format("2 Jan 2006 15:04")
}

// measureTitle names a chart: "killed", "damage (USD)".
func measureTitle(m Measure) string {
	if m.Unit != "" {
		return m.Name + " (" + m.Unit + ")"
	}
	return m.Name
}
