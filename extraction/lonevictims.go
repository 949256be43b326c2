package extraction

import "github.com/factgraph/kg"

// One person killed, written without a numeral: "a police officer on Monday killed a
// man who was fleeing", "a gang member killed a South Carolina police officer". The dev
// gold counts such a death as 1. The person is a member of the toll, not all of it (the
// same attack may have killed others), so the figure's scope is the group its noun
// names. Not when the act is only wished, tried or hypothetical ("threatened to kill a
// man", "could have killed a guard"), nor a list ("killed a woman and her son", which
// casualtylists.go reads).

// loneVictimVerbs, right before "a"/"an", kill one person.
var loneVictimVerbs = newTokSet(map[string]bool{"killed": true, "murdered": true, "kills": true, "killing": true})

// unrealBefore are words before a verb that make its act unreal: wished, tried or
// hypothetical.
var unrealBefore = newTokSet(map[string]bool{"would": true, "could": true, "might": true, "may": true, "will": true, "to": true,
	"if": true, "tried": true, "attempted": true, "nearly": true, "almost": true, "not": true, "never": true, "allegedly": true,
	"threatened": true, "planned": true, "intended": true, "wanted": true, "have": true, "had": true})

// personHead returns the token of the person noun that the article "a"/"an" at token i
// opens, past up to four modifiers ("a 20-year-old man", "a South Carolina police
// officer": officer), or the token where the search stopped when there is none; with
// stopAtNames, a name among the modifiers stops it.
func (ff *figureFinder) personHead(si, i int, stopAtNames bool) int {
	s := &ff.sents[si]
	h := i + 1
	for h < s.b && h-i <= 4 && !ff.isPersonNoun(h) && ff.toks[h].kind == tWord && ff.toks[h].feat&(lxFunc|lxSpeech) == 0 && !(stopAtNames && ff.entityOf(h) >= 0) {
		h++
	}
	if ff.isPersonNoun(h) && ff.isPersonNoun(h+1) {
		h++ // "a police officer"
	}
	return h
}

// loneVictim reads "killed a man" at token i ("a"): one person killed, a member of the
// toll named by the noun.
func (ff *figureFinder) loneVictim(si, i int) reading {
	s := &ff.sents[si]
	if !ff.is(i, wA, wAn) || !ff.inWord(i-1, loneVictimVerbs) || ff.toks[i-1].has(fCap) && si != ff.headline {
		return reading{}
	}
	if ff.is(i-1, wKilling) && !(ff.punct(i-2, ',') && i-3 > s.start) && !ff.is(i-2, wAnd) {
		return reading{} // "killing a police officer can be an aggravating factor": a gerund, no act
	}
	for k := i - 2; k >= s.start && k >= i-3; k-- {
		if ff.inWord(k, unrealBefore) {
			return reading{}
		}
	}
	h := ff.personHead(si, i, false) // "a South Carolina police officer", "a 20-year-old man"
	if !ff.isPersonNoun(h) || plural(ff.low(h)) || ff.is(h+1, wAnd, wOr) || ff.punct(h+1, ',') && ff.is(h+2, wA, wAn, wHis, wHer, wTwo, wThree) {
		return reading{}
	}
	n := &number{si: si, i: i, tok: i, next: h + 1, v: 1, qa: i}
	r := ff.one(n, h+1, "", "killed", kg.Exact)
	r.figs[0].f.Scope = ff.memberScope(h, h+1)
	return r
}
