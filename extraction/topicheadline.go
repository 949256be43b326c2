package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A reaction piece or an explainer (issue 9): an article whose headline names an act of
// violence only as the topic of something else reports no act of its own, unless its
// first sentence gives the act's toll as that sentence's own news. findEvents asks
// topicHeadline.

// genericModals after a bare plural act noun make a headline a statement about a kind
// of act ("Bombs can be even more deadly"), not the news of one.
var genericModals = newTokSet(map[string]bool{"can": true, "could": true, "may": true, "might": true})

// relativeWords open a clause that tells more of a noun before them: a toll in such a
// clause ("the bombings that killed 30 were a reminder") is not the sentence's news.
var relativeWords = newTokSet(map[string]bool{"that": true, "who": true, "which": true})

// topicHeadline returns the token of the act of violence (actsOfViolence) the headline
// names only as a topic — the object of a noun before "of" ("move to stem celebrations
// of Nice attack") or a kind of act in a generic statement ("Inside a subway, bombs can
// be even more deadly") — when it names no act otherwise and the first prose sentence
// gives no toll in its main clause (mainClauseToll); else -1. Such an article tells of
// what people made of an act, or of acts in general; the act a lead sentence dates or
// tolls in passing is its occasion, not its news.
func (rd *reader) topicHeadline(firstProse int) int {
	h := rd.headline
	if h < 0 || firstProse < 0 {
		return -1
	}
	s := &rd.sents[h]
	topic := -1
	for k := s.start; k < s.b; k++ {
		// "attack" in a headline with no word of violence is still the act it names
		// ("celebrations of Nice attack"); eventAt reads it as none
		if ev := eventNoun(rd.low(k)); !actsOfViolence.has(rd.eventAt(k)) && (ev != "attack" || k > 0 && (rd.eventAt(k-1) != "" ||
			rd.in(k-1, eventBlockers))) {
			continue
		}
		if !rd.objectOfNoun(h, k) && !rd.genericKind(h, k) {
			return -1
		}
		if topic < 0 {
			topic = k
		}
	}
	if topic < 0 || rd.mainClauseToll(firstProse) {
		return -1
	}
	return topic
}

// objectOfNoun reports whether the event noun at token k of sentence si is the object
// of a noun before "of", past the names and "the" that qualify it: "celebrations of
// Nice attack", "lessons of the Karvo bombings". A verb's or a count's "of" is none
// ("five of", "accused of").
func (d *doc) objectOfNoun(si, k int) bool {
	s := &d.sents[si]
	x := k - 1
	for x > s.start && x >= k-4 && !d.is(x, wOf) && d.toks[x].kind == tWord &&
		(d.toks[x].has(fCap) || d.is(x, wThe)) {
		x--
	}
	if x <= s.start || !d.is(x, wOf) {
		return false
	}
	n := x - 1
	t := &d.toks[n]
	if t.kind != tWord || t.feat&(lxFunc|lxNumWord|lxPronoun) != 0 || eventNoun(d.low(n)) != "" {
		return false
	}
	w := d.low(n)
	return len(w) > 4 && (strings.HasSuffix(w, "ions") || strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ments"))
}

// genericKind reports whether the act noun at token k of sentence si is a bare plural
// that opens its clause and a modal follows ("Bombs can be even more deadly"): a kind
// of act, not an incident.
func (d *doc) genericKind(si, k int) bool {
	if !strings.HasSuffix(d.low(k), "s") || !d.in(k+1, genericModals) {
		return false
	}
	return k == d.sents[si].start || d.toks[k-1].kind != tWord
}

// mainClauseToll reports whether sentence si gives a toll in its main clause: a verb of
// killing or wounding that is no infinitive and follows no passing word and no relative
// word ("A bomb killed 34 people"; not "the bombings that killed 30 were a reminder").
func (d *doc) mainClauseToll(si int) bool {
	s := &d.sents[si]
	for x := s.a; x < s.b; x++ {
		if d.toks[x].kind != tWord {
			continue
		}
		w := d.low(x)
		if passingWords.has(w) || relativeWords.has(w) {
			return false
		}
		if tollVerbs.has(w) && !d.is(x-1, wTo) {
			return true
		}
	}
	return false
}

// namedPlaceBefore returns the place a name right before the event noun at token k of
// sentence si gives it ("celebrations of Nice attack"), or "": the entity of a
// capitalized word there, else a place of the article's spelled as that word (a
// headline's words are not all read as names).
func (rd *reader) namedPlaceBefore(si, k int) string {
	for x := k - 1; x >= rd.sents[si].start && rd.toks[x].kind == tWord && rd.toks[x].has(fCap); x-- {
		if e := rd.entityOf(x); e >= 0 && rd.ents[e].typ == kg.Place {
			return rd.ents[e].name
		}
		for e := range rd.ents {
			if rd.ents[e].typ == kg.Place && rd.ents[e].name == rd.tok(x) {
				return rd.ents[e].name
			}
		}
	}
	return ""
}
