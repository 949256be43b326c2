package extraction

// Auxiliaries before a verb of saying: "she would say only, "…"", "He also said the
// union was "not going …"", "She once said, "…"", "He only said: "…"". The pronoun
// before them is the verb's subject, as it is right before the verb ("he said").

// sayingAuxiliaries are the auxiliaries and adverbs that may stand between a subject
// pronoun and its verb of saying.
var sayingAuxiliaries = newTokSet(map[string]bool{
	"would": true, "could": true, "will": true, "can": true, "did": true, "does": true,
	"do": true, "has": true, "had": true, "have": true, "may": true, "might": true,
	"should": true, "must": true, "also": true, "only": true, "once": true, "later": true,
	"then": true, "never": true, "not": true, "further": true, "previously": true,
	"earlier": true, "again": true, "repeatedly": true, "often": true, "always": true,
	"still": true, "even": true, "just": true, "first": true, "publicly": true,
	"recently": true, "already": true, "simply": true, "merely": true,
})

// pronounBeforeAux returns the token of "he" or "she" that is the subject of the verb of
// saying at v across one to three auxiliaries or adverbs (sayingAuxiliaries) and not
// before token a, or -1. The pronoun opens its clause: it opens the sentence, or follows
// a punctuation mark or a conjunction ("But she also said"), not a verb or a relative
// word ("The sheriff said he has urged …", "which he has called"), whose clause is
// another's.
func (rd *reader) pronounBeforeAux(v, a int) int {
	k := v - 1
	for n := 0; n < 3 && k >= a && rd.toks[k].kind == tWord && rd.in(k, sayingAuxiliaries); n++ {
		k--
	}
	if k == v-1 || k < a || !rd.is(k, wHe, wShe) {
		return -1
	}
	si := rd.sentOf(k)
	if si < len(rd.sents) && k > rd.sents[si].start && rd.toks[k-1].kind == tWord && !rd.is(k-1, wBut, wAnd, wYet, wSo, wHowever, wEarlier, wLater, wThen, wNow, wStill) {
		return -1
	}
	return k
}
