package extraction

// Killings named by two words or by a noun before a count: "a gunman gunned down 12
// people", "fatally shot four", "shot dead nine worshippers", "the deaths of 15 people",
// "the massacre of 14 people", "claimed the lives of 31". Each is a toll as "killed 12
// people" is (directVerb). One-word verbs ("slaughtered", "murdering") are in
// data/figures.txt verb-measures.

// killPhrases are two-word verbs of killing: "gunned down" → killed (data/figures.txt).
var killPhrases = wordValues("kill-phrases")

// tollNouns are nouns of killing or wounding before "of" and a count (data/figures.txt).
var tollNouns = wordValues("toll-nouns")

// lifeTakingVerbs take "the lives of" a count: claimed, took, cost.
var lifeTakingVerbs = wordSet("life-taking-verbs")

// killPhrase returns the measure of a verb phrase or a noun of killing that ends at token
// k, right before a count, in the sentence from start: "gunned down", "fatally shot",
// "the deaths of", "claimed the lives of"; "" for none. A participle after "was" or
// "were" is a passive ("was gunned down two days later"): its count is no toll.
func killPhrase(d *doc, k, start int) string {
	if k-1 < start || d.toks[k-1].kind != tWord {
		return ""
	}
	if m, ok := killPhrases[d.low(k-1)+" "+d.low(k)]; ok {
		if d.is(k-2, "was", "were", "been", "being", "be", "is", "are", "got", "get") {
			return ""
		}
		return m
	}
	if !d.is(k, "of") {
		return ""
	}
	n := d.low(k - 1)
	m, ok := tollNouns[n]
	if !ok {
		return ""
	}
	if n == "lives" {
		v := k - 2
		if d.is(v, "the", "their") {
			v--
		}
		if v < start || !lifeTakingVerbs[d.low(v)] {
			return "" // "saved the lives of 20 patients"
		}
	}
	return m
}
