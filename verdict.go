package kg

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Report is one figure as one article reported it: what a cross-report comparison
// needs to know about it.
type Report struct {
	Article   string    // the article's ID
	Published time.Time // zero when unknown
	Publisher string
	Source    string // who the article attributes the figure to; "" for its own voice
	Measure   string
	Value     float64
	Qualifier Qualifier
	Unit      string
}

// Verdict is what two reports of one event and measure say of each other.
type Verdict string

// The verdicts of Judge.
const (
	Consistent    Verdict = ""              // nothing worth a note
	Corroboration Verdict = "corroboration" // the same value from two reports
	Update        Verdict = "update"        // a later report moves the figure on (a rising toll)
	Revision      Verdict = "revision"      // a later exact value below an earlier exact one: flagged
	Conflict      Verdict = "conflict"      // the reports cannot both be right
)

// Judge compares two reports of the same event and measure. It implements the interval
// semantics of DESIGN.md: hedged numbers are intervals; equal values from two reports
// corroborate; a later report above an earlier one is an update; a later exact value
// below an earlier exact value is a revision; disjoint values at the same time, or on a
// measure that does not move (a magnitude), conflict; so do two sources that one
// report sets against each other with different values. The sentence says why, for a
// person to read.
func Judge(a, b Report) (Verdict, string) {
	if a.Unit != b.Unit {
		return Consistent, ""
	}
	if b.Published.Before(a.Published) || (b.Published.Equal(a.Published) && earlier(b, a)) {
		a, b = b, a // a is the earlier report; reports of one time in a fixed order
	}
	ia, ib := QualifiedInterval(a.Value, a.Qualifier), QualifiedInterval(b.Value, b.Qualifier)
	sameReport := a.Article == b.Article
	undated := !sameReport && (a.Published.IsZero() || b.Published.IsZero())
	sameTime := sameReport || a.Published.Equal(b.Published)
	if ia.Overlaps(ib) {
		switch {
		case sameReport && a.Value != b.Value && !sameSource(a, b):
			return Conflict, fmt.Sprintf("In the same report %s, %s while %s.",
				where(b), says(a), says(b))
		case !sameReport && a.Value == b.Value && a.Qualifier == b.Qualifier:
			return Corroboration, fmt.Sprintf("%s and %s both report %s.", outlet(a), outlet(b), figure(b))
		}
		return Consistent, ""
	}
	switch {
	case sameReport:
		if sameSource(a, b) {
			return Consistent, "" // one source's parts and totals
		}
		return Conflict, fmt.Sprintf("In the same report %s, %s while %s.", where(b), says(a), says(b))
	case TraitsOf(a.Measure).Static:
		return Conflict, fmt.Sprintf("%s, but %s.", capital(says(a)+" "+when(a)), says(b)+" "+when(b))
	case undated:
		return Consistent, "" // a report of unknown date cannot be ordered against others
	case sameTime:
		return Conflict, fmt.Sprintf("At the same time, %s and %s.", says(a)+" "+where(a), says(b)+" "+where(b))
	case ib.Above(ia):
		return Update, fmt.Sprintf("%s rises from %s to %s.", capital(a.Measure), figure(a)+" "+when(a), figure(b)+" "+when(b))
	case TraitsOf(a.Measure).Falls:
		return Update, fmt.Sprintf("%s falls from %s to %s.", capital(a.Measure), figure(a)+" "+when(a), figure(b)+" "+when(b))
	case ia.Exact() && ib.Exact():
		return Revision, fmt.Sprintf("%s, then %s: a later report revises the figure down.", capital(says(a)+" "+when(a)), says(b)+" "+when(b))
	}
	return Conflict, fmt.Sprintf("%s, but later %s, below it.", capital(says(a)+" "+when(a)), says(b)+" "+when(b))
}

// earlier orders two reports of one time, so that Judge says the same whichever it is
// given first.
func earlier(a, b Report) bool {
	if a.Article != b.Article {
		return a.Article < b.Article
	}
	if a.Value != b.Value {
		return a.Value < b.Value
	}
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	return a.Qualifier < b.Qualifier
}

func sameSource(a, b Report) bool { return strings.EqualFold(a.Source, b.Source) }

// says writes "the National Fire Agency says more than 120 missing".
func says(r Report) string {
	who := r.Source
	if who == "" {
		who = outlet(r)
	}
	return who + " says " + figure(r)
}

func figure(r Report) string {
	s := FormatValue(r.Value)
	if r.Qualifier != Exact {
		s = string(r.Qualifier) + " " + s
	}
	if r.Unit != "" {
		s += " " + r.Unit
	}
	return s + " " + r.Measure
}

func outlet(r Report) string {
	if r.Publisher != "" {
		return r.Publisher
	}
	return "an unnamed outlet"
}

func where(r Report) string {
	if r.Publisher != "" {
		return "(" + r.Publisher + ")"
	}
	return ""
}

func when(r Report) string {
	if r.Published.IsZero() {
		return "(" + outlet(r) + ")"
	}
	return "(" + outlet(r) + ", " + r.Published.UTC().Format("2006-01-02 15:04") + ")"
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// FormatValue writes a figure's value without a trailing ".0": 26, 6.4, 1500000.
func FormatValue(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
