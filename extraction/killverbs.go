package extraction

// Killings named by two words or by a noun before a count: "a gunman gunned down 12
// people", "fatally shot four", "shot dead nine worshippers", "the deaths of 15 people",
// "the massacre of 14 people". Not "claimed the lives of 130": read so, a toll of the
// Paris attacks in a sentence on San Bernardino took San Bernardino's event and
// corroborated a misfiled 130 there (stop 41's findings), so it waits for the toll's
// own clause to choose its event. Each is a toll as "killed 12
// people" is (directVerb). One-word verbs ("slaughtered", "murdering") are in
// data/figures.txt verb-measures.

// killPhrases are two-word verbs of killing: "gunned down" → killed (data/figures.txt).
var killPhrases = wordValues("kill-phrases")

// tollNouns are nouns of killing or wounding before "of" and a count (data/figures.txt).
var tollNouns = wordValues("toll-nouns")

// killPhrase returns the measure of a verb phrase or a noun of killing that ends at token
// k, right before a count, in the sentence from start: "gunned down", "fatally shot",
// "the deaths of"; "" for none. A participle after "was" or
// "were" is a passive ("was gunned down two days later"): its count is no toll.
func killPhrase(d *doc, k, start int) string {
	if k-1 < start || d.toks[k-1].kind != tWord {
		return ""
	}
	if m, ok := killPhrases[d.low(k-1)+" "+d.low(k)]; ok {
		if d.is(k-2, wWas, wWere, wBeen, wBeing, wBe, wIs, wAre, wGot, wGet) {
			return ""
		}
		return m
	}
	if !d.is(k, wOf) {
		return ""
	}
	n := d.low(k - 1)
	m, ok := tollNouns[n]
	if !ok {
		return ""
	}
	return m
}
