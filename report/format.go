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
// millions or billions above.
func number(v float64) string {
	a := math.Abs(v)
	switch {
	case a >= 1e12:
		return decimal(v/1e12, 2) + " trillion"
	case a >= 1e9:
		return decimal(v/1e9, 2) + " billion"
	case a >= 1e6:
		return decimal(v/1e6, 2) + " million"
	}
	return decimal(v, 3)
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
	a := math.Abs(v)
	switch {
	case a >= 1e12:
		return decimal(v/1e12, 1) + "T"
	case a >= 1e9:
		return decimal(v/1e9, 1) + "B"
	case a >= 1e6:
		return decimal(v/1e6, 1) + "M"
	case a >= 1e4:
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
