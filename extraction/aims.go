package extraction

import "strings"

// An event an aim names is no news of one: "diplomatic efforts to stop a surge in
// fighting", "the challenge of stopping attacks", "to prevent a terrorist attack". The
// verb ends or forestalls the event; whether the event happened or not, the sentence
// tells of the effort (talks, a policy, a bid), so it makes no report of the event.
// Verbs of fighting a disaster ("to contain a wildfire", "to battle the blaze") are not
// among them: a fire crew's work is the fire's news.

// aimVerbs end or forestall an event named after them.
var aimVerbs = newTokSet(map[string]bool{
	"stop": true, "halt": true, "end": true, "prevent": true, "avert": true,
	"curb": true, "quell": true, "deter": true, "thwart": true, "foil": true,
	"stopping": true, "halting": true, "ending": true, "preventing": true, "averting": true,
	"curbing": true, "quelling": true, "deterring": true, "thwarting": true, "foiling": true,
})

// aimReach is how many words before an event noun an aim verb may stand: "to stop a
// surge in fighting".
const aimReach = 5

// effortNouns name an effort an aim verb after "to" tells the aim of: "efforts to
// stop", "a bid to end", "talks to halt".
var effortNouns = newTokSet(map[string]bool{
	"effort": true, "efforts": true, "bid": true, "bids": true, "attempt": true, "attempts": true,
	"push": true, "drive": true, "campaign": true, "plan": true, "plans": true, "deal": true,
	"talks": true, "measures": true, "steps": true, "way": true, "ways": true, "initiative": true,
	"strategy": true, "proposal": true, "agreement": true, "accord": true, "diplomacy": true,
})

// aimPreps before a gerund make it an aim: "the challenge of stopping attacks", "aimed
// at ending the fighting".
var aimPreps = newTokSet(map[string]bool{"of": true, "at": true, "on": true, "for": true, "toward": true, "towards": true})

// aimed reports whether the event noun at token k of sentence si is the object of an
// aim: one of aimVerbs at most aimReach words before it, with only words between and no
// other event noun, the verb an infinitive after a noun of effort ("efforts to stop",
// "a bid to help end") or a gerund after a preposition ("the challenge of stopping
// attacks"). A verb after anything else is an act: "police moved to end a protest"
// tells of the protest.
func (d *doc) aimed(si, k int) bool {
	s := &d.sents[si]
	for x := k - 1; x >= s.a && x >= k-aimReach; x-- {
		if d.toks[x].kind != tWord {
			return false
		}
		w := d.low(x)
		if aimVerbs.has(w) {
			y := x - 1
			if strings.HasSuffix(w, "ing") {
				return y >= s.a && d.toks[y].kind == tWord && d.in(y, aimPreps)
			}
			if y >= s.a && d.is(y, wHelp) {
				y--
			}
			return y-1 >= s.a && d.is(y, wTo) && d.toks[y-1].kind == tWord && d.in(y-1, effortNouns)
		}
		if eventNoun(w) != "" {
			return false
		}
	}
	return false
}
