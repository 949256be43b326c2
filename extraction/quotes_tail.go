package extraction

// tailSaidSpeaker reads the speaker of a quotation whose words run on past the closing
// mark and whose verb of saying opens the clause after them: `"They will not leave" and
// take the money with them, said Ann Vale.`, `"It took a while" to see the effect, says
// Dr. Ruiz, a historian at …`, `"No pill," at least not for cases like these, says Ruiz.`
// k is the first word after the mark (and its comma), v the verb, end the end of the
// sentence; speakerAfterClose calls it when no subject stands before the verb. The quote
// must open its sentence, the verb come right after a comma within 14 words, and the
// words after the mark run on in lower case without a determiner, which would make them
// the verb's subject (`," the official, who asked not to be named, said`); "told" is
// never inverted (`," officials, who …, told Reuters`); after the verb comes a name or a
// noun phrase, not an object in lower case. The words after the verb are read
// as `," said X` is: a document ("said a statement from her office"), a possessive
// ("said Machar's spokesman James Dak") or a name. done tells whether the verb settled
// the quote (with a speaker, or an unnamed one: "said one fund manager from a firm");
// when it did not, the caller reads on as before.
func (rd *reader) tailSaidSpeaker(q *quoteSpan, k, v, end int) (sp string, ok, done bool) {
	if !q.full || v <= k || v-k > 14 || v+1 >= end || !rd.punct(v-1, ',') || !rd.isSpeech(v) {
		return "", false, false
	}
	if rd.toks[k].kind != tWord || rd.toks[k].has(fCap) || rd.is(k, wThe, wA, wAn, wHis, wHer, wIts, wTheir, wThis, wThese, wThose, wOne, wAnother, wMany, wSome) {
		return "", false, false
	}
	if rd.is(v, wTold, wTells, wTell, wSaying, wAccording) {
		return "", false, false
	}
	if !rd.toks[v+1].has(fCap) && !rd.is(v+1, wThe, wA, wAn, wOne, wAnother) {
		return "", false, false // `"Future Shock," published in 1970, described society's …`: an object, no speaker
	}
	if sp, ok := rd.documentSpeaker(v+1, rd.phraseEnd(v+1, end), false); ok {
		q.attributed = true
		return sp, sp != "", true
	}
	if rd.is(v+1, wOne) {
		q.attributed = true // `"…" in terms of growth, said one fund manager from a firm`: someone unnamed
		return "", false, true
	}
	if sp := rd.possessiveSpeaker(v+1, rd.phraseEnd(v+1, end)); sp != "" {
		return sp, true, true
	}
	if sp := rd.speakerAfter(v+1, end); sp != "" {
		return sp, true, true
	}
	if rd.is(v+1, wA, wAn, wAnother) {
		q.attributed = true // `"…" on older planes, said a dealer at a rival bank`: someone new
		return "", false, true
	}
	return "", false, false
}
