package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Lists of casualties: "three civilians and a police officer were killed",
// "a grandmother and four of her grandchildren were killed". Each member of such a list
// counts a part of the toll, and the list, when it is the whole subject of the casualty
// predicate, counts the toll: four and five. Read member by member, "a police officer"
// was a whole toll of one and "four of her grandchildren" a whole of four, and each
// agreed or disagreed with other reports' counts it is only a part of.

// casualtyList turns the figures count read for number n (figs[0], and a member "and a
// police officer" after it, figs[1]) into the parts of their list and adds the list's
// sum; a single member "a grandmother and" before the number is read as a part too. A
// list whose members are counted under different measures ("three civilians and a
// suspect were killed") or in another scope (an estimate, an increment) is left alone.
func (ff *figureFinder) casualtyList(n *number, c *counted, figs []figureCand) []figureCand {
	first := figs[0]
	if !casualtyClass(first.class) || first.f.Unit != "" || first.verb {
		return figs
	}
	if k := first.f.Scope.Kind; k != kg.Whole && k != kg.GroupPart {
		return figs
	}
	s := &ff.sents[n.si]
	head := max(c.b, n.next)
	switch {
	case len(figs) == 2 && figs[1].f.Measure == first.f.Measure:
		// "three civilians and a police officer were killed"
		b := ff.memberEnd(figs[1].tok+1, s.b)
		if b <= figs[1].tok+1 || !ff.predicateNear(b, s.b) {
			return figs
		}
		figs[1].f.Text = ff.span(figs[1].tok, b)
		figs[1].f.Scope = ff.memberScope(figs[1].tok+1, b)
		figs[0].f.Scope = ff.listPart(first.f.Scope, c)
		figs[0].named = false
		if ff.moreAfter(b, s.b) {
			return figs
		}
		return append(figs, ff.listSum(figs[:2], first.qa, b))
	case len(figs) == 1 && ff.is(first.qa-1, wAnd):
		// "a grandmother and four of her grandchildren were killed"
		a := ff.memberStart(first.qa-2, s.start)
		if a < 0 || !ff.predicateNear(head, s.b) && !ff.is(a-1, wKilling, wKilled, wKills, wKill) {
			return figs
		}
		m := first
		m.f.Value, m.f.Qualifier = 1, kg.Exact
		m.tok, m.qa = a, a
		m.f.Text = ff.span(a, first.qa-1)
		m.f.Scope = ff.memberScope(a+1, first.qa-1)
		figs[0].f.Scope = ff.listPart(first.f.Scope, c)
		figs[0].named = false
		if ff.moreAfter(head, s.b) {
			return append(figs, m)
		}
		return append(figs, m, ff.listSum([]figureCand{m, figs[0]}, a, head))
	}
	return figs
}

// listPart is the scope of a counted member of a list: the part its words already name,
// else the group its noun names ("three civilians").
func (ff *figureFinder) listPart(sc kg.Scope, c *counted) kg.Scope {
	if sc.Kind == kg.GroupPart && sc.Of != "" {
		return sc
	}
	of := ""
	if c.b > c.a {
		of = strings.ToLower(ff.span(c.a, c.b))
	}
	if of == "" {
		of = "list member"
	}
	return kg.Scope{Kind: kg.GroupPart, Of: of}
}

// memberScope is the scope of a member "a police officer" whose words after the article
// run from a to b.
func (ff *figureFinder) memberScope(a, b int) kg.Scope {
	return kg.Scope{Kind: kg.GroupPart, Of: strings.ToLower(ff.span(a, b))}
}

// listSum is the whole a list of members counts: their sum, hedged as its first member,
// with the list's words from a to b.
func (ff *figureFinder) listSum(members []figureCand, a, b int) figureCand {
	sum := members[0]
	for _, m := range members[1:] {
		sum.f.Value += m.f.Value
	}
	for _, m := range members {
		if m.f.Qualifier != kg.Exact {
			sum.f.Qualifier = m.f.Qualifier
		}
	}
	sum.f.Scope = kg.Scope{}
	sum.named = false
	sum.qa = a
	sum.f.Text = ff.span(a, b)
	return sum
}

// memberEnd returns the token after a member's words starting at a ("police officer"
// before "were killed"): a run of lower-case words ending in a person noun, or a when
// there is none.
func (ff *figureFinder) memberEnd(a, end int) int {
	b := a
	for k := a; k < end && k < a+4; k++ {
		if ff.toks[k].kind != tWord || ff.is(k, wWere, wWas, wHad, wHave, wAre, wIs, wAnd, wWho) {
			break
		}
		if ff.memberNoun(k) {
			b = k + 1
		}
	}
	return b
}

// memberStart returns the first token of a single member "a/an [words] PERSON" ending at
// token e, when it starts a clause (its sentence, after a comma or colon, after a
// dateline's capitalised "A", after a casualty verb or "that"); else -1.
func (ff *figureFinder) memberStart(e, start int) int {
	if e < start || !ff.memberNoun(e) || ff.is(e, wPeople, wPersons) || ff.in(e, perpetratorNouns) {
		return -1
	}
	for k := e - 1; k >= start && k >= e-4; k-- {
		if ff.is(k, wA, wAn) {
			switch {
			case k == start, ff.toks[k].has(fCap), ff.punct(k-1, ','), ff.punct(k-1, ':'), ff.is(k-1, wThat, wKilling, wKilled, wKills, wKill):
				return k
			}
			return -1
		}
		if ff.toks[k].kind != tWord || ff.toks[k].has(fCap) || ff.is(k, wAnd, wOr, wThe, wOf, wWith) {
			return -1
		}
	}
	return -1
}

// predicateNear reports whether the casualty predicate follows the counted words at k
// right away ("were killed", "died", "had been killed"): the list is then the whole
// subject.
func (ff *figureFinder) predicateNear(k, end int) bool {
	for j := k; j < end && j < k+4; j++ {
		if _, ok := predMeasure[ff.low(j)]; ok {
			return true
		}
		if !ff.is(j, wWere, wWas, wHad, wHave, wBeen, wAll, wAlso, wReportedly) {
			return false
		}
	}
	return false
}

// memberNoun reports whether the word at k can head a member of a list of casualties:
// a noun of people ("officer"), of kin ("grandmother") or of a role ("spokesman").
func (ff *figureFinder) memberNoun(k int) bool {
	w := ff.low(k)
	return ff.toks[k].kind == tWord && (ff.isPersonNoun(k) || kinNouns[w] || roleNouns[w])
}

// casualtyClass reports whether a class of measure counts casualties: the dead, the
// wounded, the missing.
func casualtyClass(class string) bool {
	return class == "killed" || class == "injured" || class == "missing"
}

// moreAfter reports whether the clause after a list, from k, counts more of the toll
// beside it ("were killed and another person also died", "and two others were
// wounded", ", another died in hospital"): the list is then not the whole, and no sum
// is given.
func (ff *figureFinder) moreAfter(k, end int) bool {
	for j := k; j < end; j++ {
		if ff.punct(j, ';') || ff.toks[j].kind == tStop {
			return false
		}
		if ff.is(j, wAnother, wOther, wOthers) && (ff.is(j-1, wAnd, wWhile) || ff.punct(j-1, ',')) {
			return true
		}
	}
	return false
}
