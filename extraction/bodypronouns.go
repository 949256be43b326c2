package extraction

// A name of several capitalised words that opens on no given name and is spoken of as a
// thing is a body's, not a person's: "Didi Chuxing, which claims 87 percent", "Mossack
// Fonseca said it does not …" (itsAfterSaying). People take "who" and "he" or "she". A
// name that opens on a given name ("Bill Clinton, which …", "Robert Bosch, which") is
// left a person, and so is a "which" that takes up the whole clause before it, as a
// reaction to an event does ("… cast Poe Dameron, which prompted …", "…, which if true
// is strange"): only the name's words and the relative's verb tell them apart.

// bodyPronounAfter reports whether the name at tokens a..b-1 opens on no given name and
// is followed by ", which" and a verb that is no clause's reaction, or by a verb of
// saying whose words speak of "its" own.
func (ef *entityFinder) bodyPronounAfter(a, b int) bool {
	if b+2 >= len(ef.toks) || firstNames[ef.tok(a)] || moreGivenNames[ef.tok(a)] {
		return false
	}
	if ef.punct(b, ',') && ef.is(b+1, wWhich) {
		next := ef.toks[b+2]
		return next.kind == tWord && !next.has(fCap) && !ef.in(b+2, clauseReactions)
	}
	return ef.toks[b].feat&lxSpeech != 0 && ef.itsAfterSaying(b+1)
}

// clauseReactions are the words after ", which" that take up the whole clause before it,
// not the name closing it: a condition, or what an event caused ("which prompted",
// "which sparked outrage", "which means").
var clauseReactions = newTokSet(map[string]bool{"if": true, "prompted": true, "sparked": true, "means": true,
	"meant": true, "suggests": true, "suggested": true, "angered": true, "caused": true, "triggered": true,
	"drew": true, "led": true})
