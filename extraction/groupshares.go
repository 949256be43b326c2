package extraction

// Shares of a group told as a clause's subject: the group is named once, in a phrase
// that opens the sentence ("Of Tampa Bay's Tesla owners, 50 percent have an income of
// $150,000 or more, 79 percent are men") or by the first share's "of" ("About 10 percent
// of those killed were unarmed, while about 61 percent had guns"), and each later share
// is a bare "N percent" and its verb.

// shareVerbs are the verbs a share of a group takes as its subject.
var shareVerbs = newTokSet(map[string]bool{"are": true, "were": true, "is": true, "was": true, "have": true, "had": true, "has": true,
	"said": true, "say": true, "says": true, "think": true, "believe": true, "want": true, "wanted": true, "favor": true,
	"support": true, "supported": true, "oppose": true, "opposed": true, "agreed": true, "agree": true, "lived": true, "live": true,
	"own": true, "owned": true, "came": true, "come": true, "died": true, "work": true, "worked": true})

// shareOpeners precede the share of a group: the fronted group's comma or a list's
// joint.
var shareOpeners = newTokSet(map[string]bool{"and": true, "while": true, "but": true, "whereas": true})

// groupShare names the percentage n (its words end before next) by the group it is a
// share of, when n is the subject of a verb of shareVerbs right after it: the group a
// phrase "Of …," or "Among …," opening the sentence names, or the group of the share
// just before it in the sentence ("N percent of GROUP") when a comma, "and", "while",
// "but" or "whereas" joins the two. A poll's shares keep the poll's own reading. It
// returns "" otherwise.
func (ff *figureFinder) groupShare(n *number, next int, before []figureCand) (string, int) {
	s := &ff.sents[n.si]
	if !ff.in(next, shareVerbs) || ff.toks[next].has(fCap) || ff.pollSentence(n.si) {
		return "", -1
	}
	p := n.qa - 1
	if !ff.punct(p, ',') && !ff.in(p, shareOpeners) {
		return "", -1
	}
	if k, owner := ff.frontedGroup(n.si, n.qa); k >= 0 {
		m, subj := ff.percentOf(n.si, k)
		if subj < 0 {
			subj = owner
		}
		return m, subj
	}
	if !ff.in(p, shareOpeners) && !ff.punct(p, ',') || len(before) == 0 {
		return "", -1
	}
	prev := before[len(before)-1]
	if prev.f.Unit != "percent" || prev.tok < n.qa-25 || prev.tok < s.start || !ff.is(prev.tok+1, wPercent) || !ff.is(prev.tok+2, wOf) || bareMeasure(prev.f.Measure) {
		return "", -1
	}
	return prev.f.Measure, prev.subj
}

// frontedGroup returns the first token of the group a phrase "Of GROUP," or "Among
// GROUP," opening sentence si names before token qa (past a determiner, a hedge, a
// number and a named owner: "Of the approximately 58,800 asylum cases processed", "Of
// Tampa Bay's Tesla owners"), or -1, and the owner's token (or -1).
func (ff *figureFinder) frontedGroup(si, qa int) (int, int) {
	s := &ff.sents[si]
	k := s.start
	if ff.toks[k].kind == tOpenQ {
		k++
	}
	if !ff.is(k, wOf, wAmong) {
		return -1, -1
	}
	comma := -1
	for j := k + 1; j < qa && j < k+20; j++ {
		if ff.punct(j, ',') {
			comma = j
			break
		}
	}
	if comma < 0 {
		return -1, -1
	}
	g := k + 1
	for g < comma && (ff.is(g, wThe, wIts, wTheir, wAll, wApproximately, wAbout, wSome, wNearly, wRoughly, wAlmost, wOver, wMore, wThan) || ff.toks[g].kind == tNum) {
		g++
	}
	owner := -1
	if ff.entityOf(g) >= 0 {
		if end := ff.mentions[ff.entAt[g]].b; ff.is(end, wAposS, wRsquoS) && end+1 < comma {
			owner, g = g, end+1 // "Of Tampa Bay's Tesla owners": the owners, of Tampa Bay
		}
	}
	if g >= comma {
		return -1, -1
	}
	return g, owner
}
