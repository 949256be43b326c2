package extraction

// Numeral names: a name that opens with a numeral, as stage names and stations' brands
// do ("2 Vex", "50 Drum", "9News", "11Alive"). A numeral before a capitalised word is
// otherwise a count ("12 Marines", "28 Israelis"), so it opens a name only where no count
// can stand: written on into the word without a space, or right after a singular noun that
// says what the name is ("the rapper 2 Vex", "ABC affiliate 11 Alive").

var numeralNameNouns = newTokSet(wordSet("numeral-name-nouns"))

// numeralNameStart returns the numeral's token when the name at token i opens with the
// numeral before it, else i. The numeral: a whole number of one to three digits, no
// leading zero, no part of another name, after a space or at the sentence's start.
func (ef *entityFinder) numeralNameStart(start, i int) int {
	p := i - 1
	if p < start || ef.toks[p].kind != tNum || ef.entAt[p] >= 0 {
		return i
	}
	n := ef.tok(p)
	if !allDigits(n) || len(n) > 3 || n[0] == '0' || p > start && !ef.toks[p].has(fSpace) {
		return i
	}
	if !ef.toks[i].has(fSpace) {
		// "9News", "11Alive": a common word written on into the number; not a unit's
		// abbreviation ("7Mbps")
		if ef.toks[i].e-ef.toks[i].s >= 3 && !ef.toks[i].has(fUpper) && ef.in(i, englishWords) {
			return p
		}
		return i
	}
	d := p - 1
	if d >= start && ef.toks[d].kind == tWord && !ef.toks[d].has(fCap) && numeralNameNouns.has(ef.tok(d)) {
		return p // "the rapper 2 Vex"
	}
	return i
}

// gluedNumeralName reports whether the name a..b-1 is a numeral and one word written on
// into it ("9News", "11Alive"): a station's or a brand's name, no person's.
func (d *doc) gluedNumeralName(a, b int) bool {
	return b == a+2 && d.toks[a].kind == tNum && !d.toks[a+1].has(fSpace)
}

// namedNumberWord reports whether the number word at token k is written inside a name:
// capitalised in mid-sentence, after a word that is not a dateline's capitals, within a
// name that runs on past it ("at Seoul's Four Seasons hotel", "hedge fund Two Sigma",
// "The Ten Commandments"). A count that opens the sentence after a dateline, a dash or a
// quotation mark ("RIYADH Nine Americans are among …") is capitalised for that reason.
func (ff *figureFinder) namedNumberWord(si, k int) bool {
	mi := ff.entAt[k]
	if mi < 0 || k <= ff.sents[si].start || !ff.toks[k].has(fCap) || ff.mentions[mi].b <= k+1 || ff.mentions[mi].demonym {
		return false
	}
	p := k - 1
	if ff.toks[p].kind == tWord {
		return !ff.toks[p].has(fUpper) || ff.toks[p].e-ff.toks[p].s == 1
	}
	return ff.is(p, wAposS, wRsquoS)
}
