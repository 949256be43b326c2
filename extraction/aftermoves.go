package extraction

// Moves after "after" or "before": a market report gives the move before the one it
// tells with an -ing form and its size ("the index eased 0.8 percent after rallying 2.6
// percent", "shares were down 0.6 percent after gaining 2.5 percent on Thursday").
// The change list keeps most -ing forms out, as they are more often adjectives or
// nouns ("a surging dollar"); right after "after" or "before" and with a number close
// behind they are verbs of change, whose subject is the subject of the move before
// them (verbAmount).

var afterMoves = wordValues("after-moves")

// afterMove returns the change ("rise", "fall") of the -ing form at j when "after" or
// "before" stands right before it and an amount follows within four words ("after
// losing as much as 4 percent"); else "".
func (ff *figureFinder) afterMove(j int) string {
	c := afterMoves[ff.low(j)]
	if c == "" || ff.toks[j].kind != tWord || !ff.is(j-1, "after", "before") {
		return ""
	}
	end := ff.sents[ff.sentOf(j)].b
	for k := j + 1; k < end && k <= j+4; k++ {
		if ff.toks[k].kind == tNum || ff.punct(k, '$') {
			return c
		}
		if ff.toks[k].kind != tWord {
			return ""
		}
	}
	return ""
}

// tradingNoun reports whether the level verb at k is an -ing form used as a noun
// ("down 0.6 percent in afternoon trading after gaining 2.5 percent"): no auxiliary
// or "last" before it. The move before an "after" is then looked for further back.
func (ff *figureFinder) tradingNoun(k int) bool {
	w := ff.low(k)
	return changeVerbs[w] == "level" && len(w) > 4 && w[len(w)-3:] == "ing" && !ff.is(k-1, "was", "were", "is", "are", "been", "be", "last")
}

// pastMove reports whether the word of the change list at k is a move told in the past,
// the move an "after" clause follows ("edged up 0.1 percent … after slipping", "rose
// 1.6 percent … after skidding"): a form in -ed, an irregular past or a direction word
// after a verb; not a present, an -ing form or a noun ("the cost of services increases",
// "forecast increasing", "the largest drop since 2008").
func (ff *figureFinder) pastMove(k int) bool {
	w := ff.low(k)
	switch w {
	case "rose", "fell", "grew", "sank", "slid", "shrank", "dove", "lost", "shed", "slipped", "jumped", "gained":
		return true
	case "up", "down", "higher", "lower":
		return ff.moveVerb(k) != k
	}
	return len(w) > 3 && w[len(w)-2:] == "ed"
}
