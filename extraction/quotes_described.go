package extraction

import "strings"

// Unnamed speakers brought in before: a report that may not name its source brings it in
// once with a description ("A person with direct knowledge of the talks said Harlow had
// reviewed several offers") and quotes it after with the head alone ("'The unit gives any
// buyer scale,' the person said"). The quote's speaker is that introduction, as a
// figure's source is (earlierSource, attribution_desc.go).

// introducedSpeaker resolves the speaker phrase a..b-1 when it is "the" and a head of an
// unnamed speaker ("the person", "the source", "the officials") that description leaves
// unresolved: the fuller description an earlier attribution of the article gave the same
// head; or "".
func (rd *reader) introducedSpeaker(a, b int, desc string) string {
	if b-a < 2 || b-a > 3 || !rd.is(a, wThe) || desc != "" && desc != strings.TrimPrefix(rd.span(a, b), "the ") {
		return ""
	}
	ff := figureFinder{reader: rd, eventSet: &eventSet{}}
	r := ff.earlierSource(a, b)
	if strings.HasPrefix(r, "'") || strings.HasPrefix(r, "’") || otherNumber(r, rd.low(b-1)) {
		return "" // "May's spokeswoman said" (the month, no name); "the official" is not "intelligence officials"
	}
	return r
}

// otherNumber reports whether the description desc holds the head noun only in its other
// number ("intelligence officials" for "the official"): one of them, not the speaker.
func otherNumber(desc, head string) bool {
	words := " " + strings.ToLower(desc) + " "
	if strings.Contains(words, " "+head+" ") {
		return false
	}
	other := head + "s"
	if plural(head) {
		other = strings.TrimSuffix(head, "s")
	}
	return strings.Contains(words, " "+other+" ")
}
