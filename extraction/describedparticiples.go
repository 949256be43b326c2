package extraction

// Reduced passives after a name's description: "Dorn Freight, a carrier founded by Mara
// Lind", "Harbor Fund, the hedge fund owned by Tomas Quill", "Ostra Party, a group led by
// Anders Berg". The participle modifies the description's head noun, and the description
// is in apposition to the name before its comma, so the agent acts on that name, as in
// the bare aside "Dorn Freight, founded by Mara Lind" (verbforms.go appositiveParticiple).
// Not a noun that sums up the clause before it rather than the name: "… in Syria, an
// accusation denied by Velland", "a move criticized by".

// clauseSummaryNouns are the heads of an aside that names what the clause before it says
// or does, not the name that ends it.
var clauseSummaryNouns = newTokSet(map[string]bool{"move": true, "decision": true, "step": true, "accusation": true,
	"allegation": true, "claim": true, "charge": true, "assertion": true, "position": true, "policy": true,
	"view": true, "moves": true, "accusations": true, "allegations": true, "claims": true, "charges": true})

// describedParticiple returns the comma that ends the name whose description the
// participle at v closes: the comma, then "a", "an" or "the", then one to three
// lower-case words (no function word, pronoun or name) right before v. It returns -1
// for any other shape: "the report signed by" with no name before its comma, "one of the
// firms owned by" (a function word between), "Lind, who was founded" (no article), "an
// accusation denied by" (clauseSummaryNouns).
func (rf *relationFinder) describedParticiple(si, v int) int {
	start := rf.sents[si].start
	j := v - 1
	n := 0
	for j > start && n < 3 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.entAt[j] < 0 &&
		rf.toks[j].feat&(lxFunc|lxSpeech|lxPronoun) == 0 {
		j--
		n++
	}
	if n == 0 || rf.in(v-1, clauseSummaryNouns) || j-1 <= start || !rf.is(j, wA, wAn, wThe) || !rf.punct(j-1, ',') || rf.entityBefore(j-1, start) == "" {
		return -1
	}
	return j - 1
}

// asideParticiples are participles the word lists leave out as verbs, since they are as
// often nouns or adjectives ("a run", "made in China"), with their base form: right after
// a name's comma or its description and before "by" they are passives ("Square, run by
// Jack Dorsey", "the engine, made by Shenyang Works").
var asideParticiples = map[string]string{"run": "run", "made": "make", "headed": "head"}
