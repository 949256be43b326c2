package extraction

// Commas inside one forecast: a forecaster's reach ends at a comma that closes its
// clause ("Zentrix forecast revenue of $41 billion, short of the consensus of $47
// billion"), but not at one that restates the forecast in other terms ("Zentrix
// forecast sales of up to $29 billion, or up between 17 and 28 percent"; "The fund
// predicted the deficit would stay large, at about 14 percent of output").

// restatement reports whether the words at token j, right after a comma and before the
// figure at token b, restate the forecast: "or" and then a word of change or a
// number ("or up 17 percent", "or 21 cents per share"), or "at" with a number within
// two words ("at about 14 percent"), with no comma or verb of saying between them and
// the figure.
func (ff *figureFinder) restatement(j, b int) bool {
	switch {
	case ff.is(j, wOr) && (ff.is(j+1, wUp, wDown, wAbout, wRoughly, wNearly, wAlmost) || ff.toks[j+1].kind == tNum || ff.punct(j+1, '$')):
	case ff.is(j, wAt) && (ff.toks[j+1].kind == tNum || ff.punct(j+1, '$') || ff.is(j+1, wAbout, wAround, wRoughly, wNearly, wAlmost) && (ff.toks[j+2].kind == tNum || ff.punct(j+2, '$'))):
	default:
		return false
	}
	for k := j + 1; k < b; k++ {
		if ff.punct(k, ',') || ff.punct(k, ';') || ff.toks[k].kind == tDash || ff.isSourceVerb(k) {
			return false
		}
	}
	return true
}
