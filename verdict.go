package kg

import (
	"math"
	"strconv"
)

// Verdict is what two reports of one event and measure say of each other (package
// ledger judges them).
type Verdict string

// The verdicts. Findings are conflicts and revisions; the others need no note.
const (
	Consistent    Verdict = ""              // nothing worth a note
	Corroboration Verdict = "corroboration" // the same value from independent reports
	Update        Verdict = "update"        // a later report moves the figure on (a rising toll)
	Revision      Verdict = "revision"      // a report corrects or replaces an earlier value
	Conflict      Verdict = "conflict"      // the reports cannot both be right
)

// FormatValue writes a figure's value without a trailing ".0": 26, 6.4, 1500000.
func FormatValue(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
