package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// calledVerbs name a thing by a quoted label: `in what critics called "…"`.
var calledVerbs = newTokSet(map[string]bool{
	"called": true, "call": true, "calls": true, "dubbed": true, "dub": true, "dubs": true,
	"termed": true, "term": true, "terms": true, "labeled": true, "labelled": true,
	"branded": true, "brand": true,
})

// calledSpeaker reads the speaker of a quoted label that the words right before it give
// to the subject of "what … called": `in what critics called "a blank check"`,
// `what some residents have dubbed "…"`. When that subject is an unnamed plural (a
// lower-case plural head, no name in it) the label is theirs, and no name elsewhere in
// the sentence spoke it: decided is true with an empty speaker. Any other subject (a
// pronoun, a name, a singular description) is left to the other rules (decided false).
// quoteSpeaker asks it only of a quote the other rules gave a speaker, so that it
// changes who spoke and never keeps a label ("what engineers call "traffic calming"
// techniques") that they drop.
func (rd *reader) calledSpeaker(q *quoteSpan) (speaker string, decided bool) {
	s := &rd.sents[q.sent]
	v := q.open - 1
	for v > s.start && (rd.punct(v, ',') || rd.punct(v, ':')) {
		v--
	}
	switch {
	case v > s.start && rd.is(v, wAs) && rd.is(v-1, wDescribed, wDescribe, wDescribes):
		v--
	case rd.inWord(v, calledVerbs):
	default:
		return "", false
	}
	e := v // the subject ends before the verb and its auxiliaries
	for e-1 > s.start && rd.is(e-1, wHave, wHas, wHad, wOnce, wAlso, wLater, wOften, wWidely) {
		e--
	}
	w := -1 // "what" opens the clause
	for k := e - 1; k >= s.start && k >= e-6; k-- {
		if rd.is(k, wWhat) {
			w = k
			break
		}
		if rd.toks[k].kind != tWord {
			return "", false
		}
	}
	if w < 0 || e-w < 2 {
		return "", false
	}
	for k := w + 1; k < e; k++ {
		if rd.toks[k].has(fCap) || rd.entityOf(k) >= 0 || rd.toks[k].feat&lxPronoun != 0 || strings.Trim(rd.low(k), "abcdefghijklmnopqrstuvwxyz-") != "" {
			return "", false // a name or a pronoun: the rules for those read it
		}
	}
	head := rd.low(e - 1)
	if len(head) < 4 || !strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ss") || strings.HasSuffix(head, "us") || strings.HasSuffix(head, "is") {
		return "", false
	}
	return "", true
}

// namedBeforeAside finds, in the words a..v before a verb of saying that follow a quote
// mid-sentence, a person's name set off by commas and followed by a description that
// runs to a comma right before the verb: `"…" to move the bears, Karen Oduya, director
// of the zoo, told`. It returns the name's first token, or -1.
func (rd *reader) namedBeforeAside(a, v int) int {
	if v-1 <= a || !rd.punct(v-1, ',') {
		return -1
	}
	for p := v - 2; p > a; p-- {
		if rd.toks[p].kind == tOpenQ || rd.toks[p].kind == tCloseQ || rd.quoteOf[p] != 0 || rd.isSpeech(p) {
			return -1
		}
		if !rd.punct(p-1, ',') {
			continue
		}
		e := rd.entityOf(p)
		if e < 0 || rd.ents[e].typ != kg.Person {
			continue
		}
		j := p
		for j < v && rd.entityOf(j) == e {
			j++
		}
		if j >= v-2 || !rd.punct(j, ',') {
			continue
		}
		if d := j + 1; rd.toks[d].kind != tWord || rd.toks[d].has(fCap) && !rd.is(d, wThe, wA, wAn) {
			continue // the description opens with a common word: "director of …", "a partner at …"
		}
		return p
	}
	return -1
}

// asideNamedLimit widens the reach of speakerAfterClose past limit for a quote that runs
// on mid-sentence when the first verb of saying within 40 tokens of k follows a name and
// its description between commas (namedBeforeAside): `"…" for many people to provide the
// papers, Ana Ruiz, a partner at the firm representing the plaintiffs, said`.
func (rd *reader) asideNamedLimit(k, end, limit int) int {
	for v := k; v < end && v < k+40; v++ {
		if rd.toks[v].kind == tOpenQ || rd.quoteOf[v] != 0 {
			return limit
		}
		if rd.isSpeech(v) {
			if v >= limit && (rd.namedBeforeAside(k, v) >= 0 || rd.namedBeforeVerb(k, v)) {
				return v + 1
			}
			return limit
		}
	}
	return limit
}

// namedBeforeVerb reports whether the clause after the last comma between token k and
// the verb of saying at v is a short subject that ends in a person's name right before
// the verb: `"…" about its possible effect on global demand, SLW brokerage trader Joao
// Paulo de Gracia Correa said`. The words the quote runs on into may then be long.
func (rd *reader) namedBeforeVerb(k, v int) bool {
	c := rd.afterLastComma(k, v)
	if c == k || v-c > 10 {
		return false
	}
	e := rd.entityOf(v - 1)
	return e >= 0 && rd.ents[e].typ == kg.Person
}
