package extraction

// causativeVerbs make their object do what the verb after it says: "cost cuts pushed
// operating profit up 11 percent", "two factors helped profit rise 11 percent", "lower
// rates drove sales 5 percent higher". The subject of such a change is the object after
// the causative verb, never the phrase that holds the verb (subjectPhrase).
var causativeVerbs = wordSet("causative-verbs")

// prepositionWord reports whether the word at k opens a preposition though the word
// lists do not mark it a function word: "according to", "owing to", "thanks to", "due
// to", "prior to", "ahead of", "instead of", "because of", or "versus", "following",
// "via", "amid", "despite", "toward(s)" before a phrase. After an amount it names
// nothing the amount measures: "closed up 6.1 percent ahead of earnings", "a population
// of 50,000 according to a census".
func (d *doc) prepositionWord(k int) bool {
	switch d.low(k) {
	case "according", "owing", "thanks", "due", "prior":
		return d.is(k+1, "to")
	case "ahead", "instead", "because", "regardless":
		return d.is(k+1, "of")
	case "versus", "vs", "vs.", "via", "amid", "despite", "toward", "towards":
		return true
	case "following":
		// "following the announcement", not "a loyal following"
		return d.is(k+1, "the", "a", "an", "its", "their", "his", "her", "this", "that", "news", "reports") || d.toks[k+1].has(fCap)
	}
	return false
}
