package extraction

import "strings"

// Roles and trades after a body's name that opens the sentence (rel149).

// tradeOpeners are the capitalised words that may open a sentence before a body's name
// and its trade, and leave the name whole: "Former Fox News anchor X", "Slain UCLA
// professor X", "Rookie New Orleans Pelicans basketball player X". They describe the
// person, not the body.
var tradeOpeners = newTokSet(map[string]bool{"former": true, "late": true, "slain": true,
	"retired": true, "rookie": true, "imprisoned": true, "jailed": true, "veteran": true})

// openingDeedTrades are trades whose word before them names, as often as a body that
// employs them, a product they build or a body they leak to ("Kinect developer X",
// "WikiLeaks whistleblower X"): a sentence's opening name alone does not make them
// members.
var openingDeedTrades = newTokSet(map[string]bool{"developer": true, "developers": true,
	"whistleblower": true, "leaker": true})

// openingBodyTrade reports whether organization mention om, which opens sentence si or
// follows a capitalised word, may still be the body of the trade after it (orgTrade):
// "Denver Broncos quarterback X has decided to retire", "Former Fox News anchor X sued",
// "BOSTON New England Patriots quarterback X said". Only a sentence's opening is read:
// nothing before the name, one of tradeOpeners, or a dateline of capitals; and the
// name must read firmly as a body's (firmBodyName: two words, an acronym, a known
// name) or be named in another sentence of the article, for a capitalised opening word
// the entities stage typed a body from weak evidence is no body ("Billionaire investor
// X", "Media mogul X"). Not "National Review columnist X" (a name cut short), which
// opens nowhere; nor a past tense among the trade's words a..end, which makes the body
// the sentence's subject ("Acme fired marketing specialist X"); nor a trade of
// openingDeedTrades.
func (rf *relationFinder) openingBodyTrade(si, start, a, end int, om *mention) bool {
	if rf.in(end-1, openingDeedTrades) {
		return false
	}
	for k := a; k < end; k++ {
		if w := rf.low(k); len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	oa := om.a
	switch {
	case oa == start:
	case oa == start+1 && rf.in(start, tradeOpeners):
	default:
		if oa-start > 3 {
			return false
		}
		for k := start; k < oa; k++ {
			if rf.toks[k].kind != tWord || !rf.toks[k].has(fUpper) {
				return false // not a dateline ("NEW YORK")
			}
		}
	}
	if rf.firmBodyName(om) {
		return true
	}
	for i := range rf.mentions {
		if rf.mentions[i].ent == om.ent && rf.mentions[i].sent != si {
			return true
		}
	}
	return false
}

// capAfterHyphen reports whether word w has a capital right after a hyphen
// ("then-White", "ex-Fox"): a name glued to a lower-case prefix, whose rest the
// entities stage may have read alone.
func capAfterHyphen(w string) bool {
	for i := 1; i+1 < len(w); i++ {
		if w[i] == '-' && w[i+1] >= 'A' && w[i+1] <= 'Z' {
			return true
		}
	}
	return false
}
