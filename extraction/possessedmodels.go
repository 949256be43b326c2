package extraction

import "strings"

// Possessed models: a maker's possessive before a model's code names the maker's product,
// as "Norvik's KT55", "Halden's new RX9" or "its cheaper P7" do: the code alone (one to
// three capitals, perhaps a hyphen, one to four digits, at most two lower-case letters,
// modelTail) is too short to tell a product from a body's short name, so the default types
// it an organization ("KT55") and possessedProduct, which reads only names typed Other
// with a product's shape, passes it over. After an organization's possessive (past at
// most one of ownedProductModifiers or describingModifiers) the code is the product, typed
// Other; possessedProduct then makes it productOf the maker. A period's code is no model
// ("the company's Q3", "its H1 results"), nor is an airline's flight ("Vestair's MS804");
// after "its" a code is left alone, as a trade show's may stand there ("its E5 booth").
// "Model" and one capital ("Kestrel's Model K") is a model's name of the same kind.

// possessedModelName reports whether the one-word name of tokens a..b-1 is a model's code
// after a company's possessive: "Norvik's KT55 sold out", "Halden's new RX9".
func (ef *entityFinder) possessedModelName(si, a, b, words int) bool {
	if words != 1 || b != a+1 || !possessedModelCode(ef.tok(a)) {
		return false
	}
	s := &ef.sents[si]
	p := a - 1
	if p > s.start && !ef.toks[p].has(fCap) && (ef.in(p, ownedProductModifiers) || ef.in(p, describingModifiers)) {
		p--
	}
	if !ef.ownerBefore(si, p) {
		return false
	}
	if ef.is(p, wIts) {
		return false // "its E5 booth": the code may be a trade show's, not the body's product
	}
	mi := ef.entAt[p-1]
	return !flightOperator(ef.mentions[mi].name)
}

// possessedModelCode reports whether w is a model's code by shape (modelTail: "KT55",
// "RX9", "BE-4", "A330") and not a quarter's or a half-year's ("Q3", "H1").
func possessedModelCode(w string) bool {
	if len(w) == 2 && (w[0] == 'Q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'H' && (w[1] == '1' || w[1] == '2')) {
		return false
	}
	return modelTail(w)
}

// flightOperator reports whether the body named name flies planes, so that a code after its
// possessive is a flight's number: "Vestair's MS804", "Tarn Airways' TA12".
func flightOperator(name string) bool {
	for _, w := range strings.Fields(name) {
		if w == "Airlines" || w == "Airways" || w == "Airline" || strings.HasSuffix(w, "Air") || strings.HasPrefix(w, "Air") && w != "Airbus" {
			return true
		}
	}
	return false
}

// modelLetterName reports whether name is "Model" and one capital letter, a model's name
// in a maker's line: "Kestrel's Model K", "its Model R".
func modelLetterName(name string) bool {
	ws := strings.Fields(name)
	return len(ws) == 2 && ws[0] == "Model" && len(ws[1]) == 1 && ws[1][0] >= 'A' && ws[1][0] <= 'Z'
}
