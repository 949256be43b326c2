package extraction

import (
	"strings"

	kg "github.com/factgraph/kg"
)

// Two more kinds of possessed object for the open reader (possessedobjects.go reads
// "questioned Quill's motives" for one-word verbs of stance):
//
//   - a verb of stance made of a verb and its particle or preposition: "took aim at
//     Vole's plan", "lashed out at Quill's board", "pushed back against Reed's charge",
//     "brushed off Mara Lind's comments", "went after Tom Wade's record". The owner is
//     the one aimed at, as with the one-word verbs; the predicate is the whole phrase
//     ("takeAimAt", "brushOff"), as the open reader names it for a plain name object.
//   - a search or a raid on what a party holds: "police raided Quill's offices",
//     "agents searched Reed's home". A raid on a company's offices or a person's house is
//     a raid on that company or person; only premises count ("raided Quill's accounts",
//     "searched Reed's emails" give nothing).

// phrasalOwnerVerbs are the verbs of stance written as base, particle and preposition
// (the particle and the preposition either may be empty: "brush off", "go after").
var phrasalOwnerVerbs = map[string]bool{
	"take aim at": true, "lash out at": true, "lash back at": true, "rail against": true,
	"push back against": true, "push back on": true, "go after": true, "hit back at": true,
	"fire back at": true, "strike back at": true, "brush off": true, "call out": true,
	"speak out against": true, "take issue with": true, "poke fun at": true,
	"laugh off": true, "shrug off": true, "wave off": true, "turn on": true,
	"weigh in against": true, "come out against": true, "come out in support of": true,
}

// raidVerbs are the open verbs (bases) of a search or a raid, whose possessed premises
// stand for their owner.
var raidVerbs = newTokSet(map[string]bool{
	"raid": true, "search": true, "storm": true, "ransack": true, "besiege": true,
	"firebomb": true, "vandalize": true, "vandalise": true, "burgle": true,
})

// premisesNouns are the places a party holds that a raid on them is a raid on it.
var premisesNouns = newTokSet(map[string]bool{
	"home": true, "homes": true, "house": true, "office": true, "offices": true,
	"headquarters": true, "premises": true, "residence": true, "apartment": true,
	"compound": true, "embassy": true, "consulate": true, "mansion": true, "estate": true,
	"flat": true, "warehouse": true, "warehouses": true, "branch": true, "branches": true,
	"plant": true, "factory": true, "facility": true, "facilities": true, "studio": true,
	"studios": true, "newsroom": true, "bureau": true, "hq": true,
})

// phrasalOwner returns the predicate and the owner's first token when the verb (base,
// with its particle part, the phrase going on at p) is a phrasal verb of stance before a
// possessed object, or a raid verb before the owner's premises; "", -1 otherwise.
func (rf *relationFinder) phrasalOwner(si, p int, base, part string) (string, int) {
	if raidVerbs.has(base) && part == "" {
		if k := rf.possessedOwner(si, p, true); k >= 0 {
			return camel(base), k
		}
		return "", -1
	}
	key, words := base, []string{base}
	if part != "" {
		key, words = key+" "+part, append(words, part)
	}
	end := rf.sents[si].b
	for q := p; ; q++ {
		if phrasalOwnerVerbs[key] {
			if k := rf.possessedOwner(si, q, false); k >= 0 {
				return camel(words...), k
			}
			if k := rf.openNameAt(q, end); k >= 0 && !phrasalReadElsewhere(key) {
				return camel(words...), k // "went after Quill": "after" is no open preposition
			}
		}
		if q >= end || q > p+3 {
			return "", -1
		}
		t := &rf.toks[q]
		if t.kind != tWord || t.has(fCap) || rf.entAt[q] >= 0 {
			return "", -1
		}
		w := rf.low(q)
		key += " " + w
		if !strings.Contains(phrasalPrefixes, "|"+key+"|") {
			return "", -1
		}
		words = append(words, w)
	}
}

// phrasalReadElsewhere reports whether openObject already reads the phrase before a plain
// name (its last word an open preposition or particle), so that a name it refused stays
// refused.
func phrasalReadElsewhere(key string) bool {
	ws := strings.Fields(key)
	last := ws[len(ws)-1]
	return openPrepositions.has(last) || len(ws) == 2 && openParticles.has(last)
}

// phrasalPrefixes holds every key of phrasalOwnerVerbs and its leading parts, each after
// a "|", so that phrasalOwner stops at the first word that leads to none.
var phrasalPrefixes = func() string {
	var b strings.Builder
	for k := range phrasalOwnerVerbs {
		ws := strings.Fields(k)
		for i := 1; i <= len(ws); i++ {
			b.WriteString("|" + strings.Join(ws[:i], " ") + "|")
		}
	}
	return b.String()
}()

// premisesAfter reports whether the possessive mark o owns premises: up to three words,
// the last one of premisesNouns ("Quill's offices", "Reed's Paris headquarters", "Lind's
// beachfront home").
func (rf *relationFinder) premisesAfter(o, end int) bool {
	for j := o + 1; j < end && j < o+4; j++ {
		t := &rf.toks[j]
		if t.kind != tWord {
			return false
		}
		if rf.in(j, premisesNouns) && !t.has(fCap) {
			return true
		}
		if t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 {
			return false
		}
	}
	return false
}

// pastOwnerTitle returns the token after up to two capitalised title words at k that
// stand outside any name before a person's name ("President Ivo Kral's motives",
// "Justice Tom Hale's opinion"), or k itself.
func (rf *relationFinder) pastOwnerTitle(k, end int) int {
	j := k
	for n := 0; n < 2 && j < end && rf.entAt[j] < 0 && rf.toks[j].kind == tWord && rf.toks[j].has(fCap) && rf.toks[j].feat&lxRole != 0; n++ {
		j++
	}
	if j > k && j < end && rf.entAt[j] >= 0 && rf.mentions[rf.entAt[j]].ent >= 0 && rf.ents[rf.mentions[rf.entAt[j]].ent].typ == kg.Person {
		return j
	}
	return k
}

// phrasalBase gives the base of a verb form the open reader takes for no verb of its own
// when a word of its phrase of stance follows: "called out" (a verb of speech alone),
// "went after" (no open verb alone); "" otherwise. The form in -ing is left out (its
// subject is often no name of the clause: "a rally in Flagstaff, calling out X").
func phrasalBase(w, next string) string {
	switch {
	case next == "out" && (w == "called" || w == "calls"):
		return "call"
	case next == "after" && w == "went":
		return "go"
	}
	return ""
}
