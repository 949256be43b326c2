package extraction

// settingPrepositions open the words of where, when or how a statement was made that
// may follow its verb of saying to the sentence's end ("said during a news conference
// at the county fairgrounds").
var settingPrepositions = newTokSet(map[string]bool{"during": true, "in": true, "on": true, "at": true,
	"after": true, "before": true, "via": true, "through": true})

// settingClose reports whether the attribution at token v closes sentence si with a
// longer phrase of its setting than trailingAttribution allows: a comma opens the
// attribution clause (not "…, but", "…, and"), and the words after the verb, up to
// sixteen, open on a preposition of settingPrepositions and run to the sentence's end
// with no comma, "that" or quotation ("…, but they have not named them, Ann Roe, a
// spokeswoman for the sheriff's office, said during a community meeting at one of the
// evacuation centers."). A clause the teller states after the verb ("said on Sunday
// the flooding had killed 12 people in three of the county's river towns") is no
// setting and keeps its comma or runs past sixteen words more often than not; the
// limit guards the rest.
func (ff *figureFinder) settingClose(si, v int) bool {
	s := &ff.sents[si]
	if !ff.in(v+1, settingPrepositions) {
		return false
	}
	if !ff.attributionComma(si, v) {
		return false
	}
	for k := v + 1; k < s.b && ff.toks[k].kind != tStop; k++ {
		if k-v > 16 || ff.punct(k, ',') || ff.is(k, wThat) || ff.quoteOf[k] != 0 || ff.toks[k].kind == tNum {
			return false
		}
	}
	return true
}
