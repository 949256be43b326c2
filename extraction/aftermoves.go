package extraction

import "strings"

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
	if c == "" || ff.toks[j].kind != tWord || !ff.is(j-1, wAfter, wBefore) && !ff.punct(j-1, ',') {
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
	return changeVerbs[w] == "level" && len(w) > 4 && w[len(w)-3:] == "ing" && !ff.is(k-1, wWas, wWere, wIs, wAre, wBeen, wBe, wLast)
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

// moveBefore returns what the move before an "after" clause measures, for the amount n
// of that clause when no subject names it: "hourly earnings are forecast increasing 0.2
// percent after surging 0.5 percent" gives the 0.5 percent the 0.2 percent's measure
// without its change and without "forecast" (the earlier move was no forecast), so that
// the caller adds the clause's own change ("rise"). The move before must be the last
// amount of the sentence, of n's kind (percent or not), with a measure that ends in a
// change ("forecast rise", "share price fall"). ok is false otherwise.
func (ff *figureFinder) moveBefore(n *number, before []figureCand, percent bool) (base string, ok bool) {
	if len(before) == 0 {
		return "", false
	}
	last := &before[len(before)-1]
	if last.f.Sentence != n.si || last.tok >= n.qa || (last.f.Unit == "percent") != percent {
		return "", false
	}
	words := strings.Fields(last.f.Measure)
	if len(words) == 0 || words[len(words)-1] != "rise" && words[len(words)-1] != "fall" {
		return "", false
	}
	kept := words[:0:0]
	for _, w := range words[:len(words)-1] {
		if w != "forecast" && w != "expected" {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " "), true
}

// afterMoveAmount reports whether the amount n is the size of a move after "after" or
// "before" ("after surging 0.5 percent in January"): a move told as done, no estimate,
// whatever forecast the sentence opens with.
func (ff *figureFinder) afterMoveAmount(n *number) bool {
	start := ff.sents[n.si].start
	for k := n.qa - 1; k > start && k >= n.qa-4; k-- {
		if ff.afterMove(k) != "" {
			return true
		}
		if ff.toks[k].kind != tWord {
			return false
		}
	}
	return false
}
