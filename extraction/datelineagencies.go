package extraction

import "strings"

// Agencies that open a paragraph: "FBI Director James Comey said", "NHTSA Administrator
// Mark Rosekind told reporters" read like a dateline (a word in capitals, then a
// capitalised word), but the capitals are the initials of the body whose title follows.

// agencyBeforeTitle reports whether the one capitalised word a..b-1 that opens a
// paragraph is an agency's initials before a title (token i), not a town: a word of
// two to six letters (or initials the word lists know) with no dots, no dash or
// "(Reuters)" after it, a title or a role noun next ("Director",
// "Chairman", "Chief") and a word no gazetteer knows as a place ("WASHINGTON President
// Barack Obama" stays a dateline).
func (d *doc) agencyBeforeTitle(a, b, i int) bool {
	if b-a != 1 || i != b || i >= len(d.toks) || d.datelineDash(i) || d.punct(i, '(') {
		return false
	}
	w := d.tok(a)
	if strings.Contains(w, ".") || len(w) < 2 || len(w) > 6 && orgAlias[w] == "" {
		return false // initials are short: "OSTBURG Senator Alice Moore" is a town's dateline
	}
	t := &d.toks[i]
	if t.kind != tWord || !t.has(fCap) || t.has(fUpper) {
		return false
	}
	next := d.tok(i)
	if _, title := titleRole[next]; !title && !roleNouns[strings.ToLower(next)] {
		return false
	}
	if _, place := countryOf[titleCase(w)]; place || stateAbbrevs[w] != "" || usStates[titleCase(w)] {
		return false
	}
	return true
}

// titleInCapitals reports whether the one word in capitals a..b-1 that opens a paragraph
// is a title written in initials before a name ("CEO Dana Ruiz said", "CFO Ann Berg
// told"): a title of the vocabulary, a capitalised word next, no dash or "(Reuters)"
// after it and no place of the gazetteer — not a town's dateline ("Ceo" was a place).
func (d *doc) titleInCapitals(a, b, i int) bool {
	if b-a != 1 || i != b || i >= len(d.toks) || d.datelineDash(i) || d.punct(i, '(') {
		return false
	}
	w := d.tok(a)
	if _, title := titleRole[w]; !title {
		return false
	}
	if t := &d.toks[i]; t.kind != tWord || !t.has(fCap) || t.has(fUpper) || strings.ContainsRune(d.text[d.toks[a].e:t.s], '\n') {
		return false // not "CEO" over a profile's next line "Bio"
	}
	if _, place := countryOf[titleCase(w)]; place || stateAbbrevs[w] != "" || usStates[titleCase(w)] {
		return false
	}
	return true
}
