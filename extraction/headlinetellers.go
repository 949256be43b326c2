package extraction

// Headline tellers: a headline that opens on who says its claim ("Tesla says Model 3
// orders top $10 billion in first 36 hours", "WHO says Zika virus spreads explosively,
// four million cases forecast") gives its figures after the verb to that teller, as
// "Tesla said …" in the body would. The entities stage reads no mention in a headline
// of a name the body gives whole ("Tesla Motors Inc", alias "Tesla"): the opening words
// are matched against the article's people and organizations (openingAlias: a name, an
// alias, or the one word an organization's name opens with, "Uber" for "Uber
// Technologies Inc"). A place ("Russia says …") or a description ("Father of toddler
// says …") is no such teller.

// headlineTeller returns the person or organization the headline sentence si opens
// with before "says" or "said", and the verb's token; or "" and -1.
func (ff *figureFinder) headlineTeller(si int) (string, int) {
	s := &ff.sents[si]
	for k := s.start + 1; k < s.b && k-s.start <= 4; k++ {
		if !ff.is(k, wSays, wSaid) {
			continue
		}
		if e := ff.openingAlias(s.start, k); e >= 0 {
			return ff.entName(e), k
		}
		return "", -1
	}
	return "", -1
}
