package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// firmBeforeTrade reports whether the name at tokens [a, b) stands where a firm's name
// goes before a person it employs, whatever its words suggest: before "analyst" or
// "economist" and a person's full name ("Recon Analytics analyst Roger Entner", "Kelley
// Blue Book's analyst Karl Brauer": a person is nobody's analyst), or as the possessor of
// a person's full name that speaks ("Piper Jaffray's Gene Munster said", "said Selle
// Royal's Roberto Bucci"): a firm's or a paper's person quoted by its name. A possessor of
// a person's name that does not speak ("Sherlock Holmes' John Watson") stays as its words
// type it.
func (ef *entityFinder) firmBeforeTrade(a, b int) bool {
	k := b
	if ef.possessive(k) {
		k++
	}
	if k < len(ef.toks) && ef.toks[k].kind == tWord && ef.is(k, wAnalyst, wAnalysts, wEconomist, wEconomists) {
		end := ef.fullNameEnd(k + 1)
		return end > 0 && !ef.possessive(end) // "… analyst Roger Entner", not "… analyst Ben Kallo's note"
	}
	if k == b {
		return false
	}
	end := ef.fullNameEnd(k)
	if end < 0 || ef.possessive(end) {
		return false
	}
	if ef.isSpeech(end) || ef.punct(end, ',') && ef.isSpeech(end+1) {
		return true // "Piper Jaffray's Gene Munster said", "…'s Ann Marlow, said"
	}
	return a >= 1 && ef.isSpeech(a-1) && !ef.is(a-1, wTold) || a >= 2 && ef.is(a-2, wAccording) && ef.is(a-1, wTo)
}

// fullNameEnd returns the end of a person's full name of two or three capitalised words
// opening at token k (the first a given name, a name the word lists know, or no common
// word, none a body's or a place's head or a legal form), or -1.
func (ef *entityFinder) fullNameEnd(k int) int {
	if k >= len(ef.toks) || ef.toks[k].kind != tWord || !ef.toks[k].has(fCap) {
		return -1
	}
	w := ef.tok(k)
	if !firstNames[w] && !properNames[w] && englishWords.hasLower(w) {
		return -1 // "Recon Analytics analyst Notes"
	}
	end := k
	for end < len(ef.toks) && end-k < 4 && ef.toks[end].kind == tWord && ef.toks[end].has(fCap) {
		lw := strings.ToLower(strings.TrimSuffix(ef.tok(end), "."))
		if ef.toks[end].feat&(lxOrgHead|lxPlaceHead) != 0 || corporateSuffixes.has(lw) || unitHeads.has(lw) {
			return -1 // "Elon Musk's Tesla Motors Inc said", "Jersey Shore's Atlantic County": a body or a place
		}
		end++
	}
	if end-k < 2 || end-k > 3 {
		return -1
	}
	return end
}

// amountToken reports whether token k is part of an amount of money or a count: a
// numeral, a currency sign, a scale word ("billion"), or a currency's name after one
// ("2.5 billion euro deal").
func (d *doc) amountToken(k int) bool {
	t := &d.toks[k]
	switch {
	case t.kind == tNum:
		return true
	case t.kind == tPunct:
		w := d.tok(k)
		return w == "$" || w == "€" || w == "£" || w == "¥"
	case t.kind == tWord:
		return t.feat&lxScale != 0 || k > 0 && (d.toks[k-1].kind == tNum || d.toks[k-1].feat&lxScale != 0) && d.is(k, wEuro, wDollar, wPound, wYen, wYuan)
	}
	return false
}

// trailingTitle returns the end of the name before a title's initialism that closes the
// span a..b-1 with no person's name after it ("the Lyft CTO, had found", "Oculus VP of
// product Nate Mitchell", "the former Intel CEO,"), or a. Such a run is the employer and
// its officer's title, no name of its own: typed a person, it took the employer's every
// later mention as its alias. A title before a name ("Apple CEO Tim Cook") is the
// titled reader's.
func (ef *entityFinder) trailingTitle(a, b int) int {
	if b-a < 2 || b > len(ef.toks) {
		return a
	}
	t := &ef.toks[b-1]
	w := ef.tok(b - 1)
	if t.kind != tWord || !t.has(fUpper) || len(w) < 2 || titleRole[w] == "" {
		return a
	}
	if b < len(ef.toks) && ef.toks[b].kind == tWord && ef.toks[b].has(fCap) {
		return a // "Apple CEO Tim Cook" split elsewhere
	}
	if p := &ef.toks[b-2]; p.kind != tWord || !p.has(fCap) || p.has(fUpper) && titleRole[ef.tok(b-2)] != "" {
		return a // "CEO CFO", a list of titles
	}
	return b - 1
}

// bodyOrLeaderApart reports whether the one-word entity e stays apart from the person t
// though one of t's words is e's: a name run typed a person whose first word is not a
// given name the word lists know holds a body's name or a leader's ("Etsy Wholesale",
// "Volkswagen Jetta TDI", "Gitmo Obama"), and e is that body (its own contexts type it
// an organization beyond a lone word's default, and it opens t's name or is an
// initialism anywhere in it: "Dana Brooke WWE" does not take WWE) or that leader
// (the word lists name the leader by the surname, and not by t's name: "Tayyip Erdogan"
// is theirs). A given name ("Bill" of Bill Clinton) or a surname after one ("Obama" of
// Barack Obama) is the person's.
func bodyOrLeaderApart(e, t *entity) bool {
	ws := strings.Fields(t.name)
	if len(ws) < 2 || firstNames[ws[0]] || properNames[ws[0]] || dottedInitials(ws[0]) && countryOf[ws[0]] == "" {
		return false // "O.J. Simpson": initials stand for given names (not "U.S.")
	}
	if leaderOf[e.name] != "" {
		_, titled := titleRole[ws[0]]
		return leaderOf[t.name] == "" && !titled // not "Tayyip Erdogan", a form the lists give the leader, nor "President Obama"
	}
	o := typeIndex(kg.Organization)
	return e.typ == kg.Organization && e.scores[o]-e.weakOrg >= 3 && (ws[0] == e.name || isAllUpper(e.name) && len(e.name) >= 2)
}

// dottedInitials reports whether w is initials with full stops ("O.J.", "J.R."), which a
// person's given names are written as and no body's name is.
func dottedInitials(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// firmTradeAfter reports whether the name at tokens [a, b) stands before the staff or
// custom only a firm has, with no possessive between: a plural trade ("J.P. Morgan
// analysts wrote", "Mossack Fonseca clients", "Pearl Meyer compensation consultants",
// one common word allowed before it) or, after "a"/"an", one broker, agent or consultant
// ("a Keller Williams broker"). Two surnames that name a firm ("Keller Williams", "Pearl
// Meyer") read as a person's full name otherwise (read148's audit, ent151's sample). A
// person's staff takes the possessive ("Trump's advisers") and stays a person.
func (ef *entityFinder) firmTradeAfter(a, b int) bool {
	k := b
	if k+1 >= len(ef.toks) || ef.toks[k].kind != tWord || ef.toks[k].has(fCap) {
		return false
	}
	if ef.is(k, wA, wAn) || ef.toks[k].feat&(lxSpeech|lxFunc|lxPronoun) != 0 {
		return false
	}
	if a >= 1 && ef.is(a-1, wA, wAn) && ef.is(k, wBroker, wAgent, wConsultant) {
		return true // "a Keller Williams broker"
	}
	staff := func(k int) bool {
		return ef.is(k, wAnalysts, wEconomists, wStrategists, wBrokers, wConsultants, wClients, wCustomers)
	}
	if staff(k) {
		return true
	}
	k++ // "Pearl Meyer compensation consultants": one common word before the trade
	return k < len(ef.toks) && ef.toks[k].kind == tWord && !ef.toks[k].has(fCap) && staff(k)
}
