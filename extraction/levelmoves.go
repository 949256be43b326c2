package extraction

import "strings"

// moveLevel returns the move in percent that amount of money n is the level of, when
// "to" opens n a few words after that move and nothing but a time or a comma comes
// between: "shares fell 4.5 percent, to $78.36", "its market value tumble 35 percent
// over the past year to $2.4 billion", "increased its dividend by 11 percent, to 52
// cents". The level is of what moved (moveless: "share price"). A clause, a number or a
// verb between is another statement ("rose 2 percent and closed at $9.75").
func (ff *figureFinder) moveLevel(n *number, percent bool, before []figureCand) (figureCand, bool) {
	if percent || len(before) == 0 || !ff.is(n.qa-1, wTo) {
		return figureCand{}, false
	}
	prev := before[len(before)-1]
	if prev.f.Unit != "percent" || moveless(prev.f.Measure) == prev.f.Measure || strings.Contains(prev.f.Measure, " per ") {
		return figureCand{}, false
	}
	from := prev.tok + 1
	if ff.is(from, wPercent) {
		from++
	}
	if from > n.qa-1 || n.qa-1-from > 7 {
		return figureCand{}, false
	}
	for k := from; k < n.qa-1; k++ {
		switch {
		case ff.punct(k, ','):
		case ff.toks[k].kind != tWord,
			ff.is(k, wAnd, wBut, wWhile, wAfter, wBefore, wFrom, wThan, wOf, wCompared, wAs, wWith, wWhich, wThat, wWhen, wWho, wTo),
			changeVerbs[ff.low(k)] != "", amountVerbs[ff.low(k)] != "":
			return figureCand{}, false
		}
	}
	return prev, true
}
