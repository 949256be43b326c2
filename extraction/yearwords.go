package extraction

import "strings"

// yearBeforeNoun reports whether the number at token i, four digits with no comma,
// no unit and no scale, is a year that modifies the noun after it, not a count: after
// "a", "an", "the", "of", "in" or a possessive, a year from 1000 on ("the Great Schism
// of 1054 shattered", "Hobbes' 1651 book", "the 1789 statue", "In 1793 a …"), and after
// "a", "an" or a possessive also before a person noun ("a 1969 police raid", "a 1977
// child sex case"). notAFigure's own year test starts at 1800 and spares a person noun
// after the number ("2000 people"). A count after "the" is a plural ("the 1500
// workers"), which this never takes below 1800, and "a" never opens a plural count.
func (ff *figureFinder) yearBeforeNoun(si, i, next int) bool {
	s := &ff.sents[si]
	if i <= s.start || next != i+1 || next >= s.b || ff.toks[i].kind != tNum || ff.toks[next].kind != tWord {
		return false
	}
	w := ff.tok(i)
	if len(w) != 4 || strings.IndexByte(w, '.') >= 0 || w[0] != '1' && w[0] != '2' {
		return false
	}
	v := 0
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
		v = v*10 + int(r-'0')
	}
	if v < 1000 || v > 2100 {
		return false
	}
	article := ff.is(i-1, wA, wAn) || ff.possessive(i-1) && !ff.toks[i-1].has(fSpace)
	if article && ff.toks[next].feat&lxPersonNoun != 0 {
		return true // "a 1969 police raid"
	}
	if v >= 1800 || !(article || ff.is(i-1, wThe, wOf, wIn)) {
		return false // notAFigure's own year test
	}
	nw := ff.low(next)
	return ff.toks[next].feat&lxPersonNoun == 0 && !(strings.HasSuffix(nw, "s") && !strings.HasSuffix(nw, "ss"))
}
