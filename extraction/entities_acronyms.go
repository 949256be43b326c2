package extraction

// Acronyms of common nouns. An upper-case word such as "SUV", "IPO" or "GIF" is a common
// noun's initialism, no organization, when the article uses it as a noun: in the plural
// ("two SUVs") or as the head after "a"/"an" ("bought an SUV.", "a GIF that …"), where an
// organization's acronym only ever modifies the noun after it ("a NATO summit", "a CNN
// report"). The initialisms that never take an article ("DNA", "GDP") are in names.txt
// `not-names`. An acronym the word lists know stays a name.

// nounAcronyms returns the upper-case words the article d uses as common nouns.
func nounAcronyms(d *doc) map[string]bool {
	var out map[string]bool
	add := func(w string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[w] = true
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord {
			continue
		}
		w := d.tok(i)
		if pluralAcronym(w) {
			add(w[:len(w)-1])
			continue
		}
		if t.has(fUpper) && len(w) <= 6 && lettersOnly(w) && d.articleHead(i) {
			add(w)
		}
	}
	return out
}

// articleHead reports whether the upper-case word at token i heads a noun phrase opened
// by "a" or "an", with at most one lower-case word between ("a new SUV"): what follows it
// is a stop or a comma, or a function word other than a relative pronoun ("an SUV in";
// not "an FCC that has …").
func (d *doc) articleHead(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].kind == tWord && !d.toks[k].has(fCap) && !d.is(k, wA, wAn) {
		k-- // "a new SUV"
	}
	if k < 0 || d.toks[k].kind != tWord || !d.isWord(k, "a", "an", "A", "An") {
		return false
	}
	if i+1 >= len(d.toks) {
		return true
	}
	next := &d.toks[i+1]
	if next.kind == tStop || next.kind == tPunct {
		return d.text[next.s] != '-' && d.text[next.s] != '/' // not "a DOCSIS-based modem"
	}
	return next.kind == tWord && !next.has(fCap) && next.feat&lxFunc != 0 && !d.is(i+1, wThat, wWhich, wWho)
}

// nounAcronym reports whether the word at token i is an upper-case word the article uses
// as a common noun (nounAcronyms) and the word lists do not know, alone rather than the
// start of a longer name.
func (ef *entityFinder) nounAcronym(i int) bool {
	w := ef.tok(i)
	if !ef.nounAcr[w] || ef.known(w) {
		return false
	}
	return i+1 >= len(ef.toks) || !ef.isNameWord(i+1)
}

// lettersOnly reports whether w is all ASCII letters (not "EU-U" of "EU-U.S.").
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// loneFunctionWord reports whether the word at token i is a capitalised function word
// ("It", "We", "In", "But") that no name word follows: a pronoun or a conjunction that
// opens a clause after an ellipsis, a quotation mark or a dash ("...He dared"), no name;
// not "May" nor a given name, which can be a person's name alone.
func (ef *entityFinder) loneFunctionWord(si, i int) bool {
	t := &ef.toks[i]
	if t.feat&lxFunc == 0 || !t.has(fCap) || t.has(fUpper) {
		return false
	}
	if w := ef.tok(i); w == "May" || firstNames[w] || ef.known(w) {
		return false // Theresa May, Will Smith: a surname or a given name alone
	}
	return i+1 >= ef.sents[si].b || !ef.isNameWord(i+1)
}
