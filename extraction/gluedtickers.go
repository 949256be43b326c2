package extraction

import "github.com/factgraph/kg"

// gluedTickers cuts from a company's name the ticker a wire story writes after it without
// brackets, where the link around it was dropped ("Yahoo Inc YHOO.N is set to",
// "shares of KaloBios Pharmaceuticals Inc KBIOQ.PK"): the name's last word is a symbol
// of two to six capitals or digits glued by a dot to an exchange's code of one or two
// capitals, with no space between; the name before it is the company, an organization
// (a place stays one: "a lawsuit against Uber in Detroit UBER.UL"), and the code names
// nothing. A name of one word is left as it is ("FB.N" after a
// possessive).
func (ef *entityFinder) gluedTickers() {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		k := m.b - 1
		if m.name == "" || k <= m.a || k+2 >= len(ef.toks) || !ef.gluedTicker(k) {
			continue
		}
		if ci := ef.entAt[k+2]; ci >= 0 && ef.mentions[ci].a == k+2 && ef.mentions[ci].b == k+3 {
			ef.mentions[ci].name = "" // the exchange's code, "N"
		}
		ef.entAt[k] = -1
		m.b = k
		m.name = ef.span(m.a, k)
		if m.typ != kg.Place {
			m.typ, m.score = kg.Organization, max(m.score, 10)
		}
	}
}

// gluedTicker reports whether token k is a symbol glued to an exchange's code by a dot
// ("YHOO" of "YHOO.N", "TRI" of "TRI.TO").
func (ef *entityFinder) gluedTicker(k int) bool {
	sym, dot, code := &ef.toks[k], &ef.toks[k+1], &ef.toks[k+2]
	if sym.kind != tWord || sym.e-sym.s < 2 || sym.e-sym.s > 6 || dot.has(fSpace) || code.has(fSpace) {
		return false
	}
	if !(dot.kind == tStop || dot.kind == tPunct) || ef.text[dot.s] != '.' || dot.e-dot.s != 1 {
		return false
	}
	if code.kind != tWord || code.e-code.s > 2 || !allCaps(ef.tok(k+2)) || !allCapsOrDigits(ef.tok(k)) {
		return false
	}
	return k+3 >= len(ef.toks) || ef.toks[k+3].has(fSpace) || ef.toks[k+3].kind != tWord
}

// allCapsOrDigits reports whether w is capitals and digits only, with a capital.
func allCapsOrDigits(w string) bool {
	letter := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letter
}

// allCaps reports whether w is capitals only.
func allCaps(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}
