package extraction

// Where a speaker spoke: "Lind told reporters in Orsova", "Lind told a news conference in
// Orsova", "Lind told supporters at a rally in Lusk", "Lind said at a news conference in
// Orsova" → Lind speakIn Orsova (speakAt after "at"), the open predicate "spoke in Orsova"
// gives. "told" and "said" are speech words the open reader (openrelations.go) passes by,
// so the place of a statement was lost; here the verb's own phrase must name an audience
// or a speaking event before the place, so "said in a statement", "told Reuters in an
// interview" and "said sales in Japan rose" give nothing.

// speechAudiences are the heads of the audience after "told": "told reporters", "told a
// news conference", "told the cheering crowd".
var speechAudiences = map[string]bool{"reporters": true, "journalists": true, "newsmen": true,
	"conference": true, "briefing": true, "crowd": true, "supporters": true, "rally": true,
	"event": true, "gathering": true, "audience": true, "forum": true, "students": true,
	"summit": true, "meeting": true, "voters": true, "delegates": true, "lawmakers": true,
	"legislators": true, "parliament": true, "assembly": true}

// speechEvents are the heads of the speaking event in "at|during a news conference", "at
// a campaign rally", "at a breakfast".
var speechEvents = map[string]bool{"conference": true, "briefing": true, "rally": true,
	"event": true, "forum": true, "summit": true, "meeting": true, "speech": true,
	"ceremony": true, "hearing": true, "breakfast": true, "dinner": true, "luncheon": true,
	"gathering": true, "convention": true, "stop": true, "appearance": true}

// speechDeterminers may open the audience or the event.
var speechDeterminers = map[string]bool{"a": true, "an": true, "the": true, "his": true,
	"her": true, "their": true, "its": true}

// speechPlaces reads, in sentence si, the place where its speaker told an audience or
// spoke at an event: the subject of "told|tells" or "said|says" (actionSubject) speakIn
// or speakAt the place named right after the audience or the event.
func (rf *relationFinder) speechPlaces(si int) {
	s := &rf.sents[si]
	if rf.punct(s.b-1, '?') {
		return
	}
	for v := s.start + 1; v < s.b-2; v++ {
		told := rf.is(v, wTold, wTells)
		if !told && !rf.is(v, wSaid, wSays) || rf.quoteOf[v] != 0 {
			continue
		}
		k := v + 1
		if q := rf.timePhraseAt(k); q > k && !rf.is(k, wLater, wNext) {
			k = q // "said on Tuesday at a news conference"; not "said later this year at a conference", a plan
		}
		heard := false
		if told {
			if k = rf.speechHead(k, speechAudiences); k < 0 {
				continue
			}
			heard = true
		}
		if rf.is(k, wAt, wDuring) {
			if e := rf.speechHead(k+1, speechEvents); e >= 0 {
				k, heard = e, true // "told reporters at a breakfast in Manchester"
			}
		}
		if !heard || !rf.is(k, wIn, wAt) || !rf.placeAt(k+1) {
			continue
		}
		if rf.unasserted(si, v) || rf.hedged(si, v) {
			continue
		}
		subj := rf.actionSubject(si, v)
		if subj == "" {
			continue
		}
		o := k + 1
		if rf.is(o, wThe) {
			o++
		}
		pred := "speakIn"
		if rf.is(k, wAt) {
			pred = "speakAt"
		}
		m := &rf.mentions[rf.entAt[o]]
		if rf.is(m.b, wAposS, wRsquoS) && rf.is(k, wAt) || o > k+1 && m.b < s.b && rf.toks[m.b].kind == tWord &&
			!rf.toks[m.b].has(fCap) && rf.toks[m.b].feat&lxFunc == 0 {
			continue // "at New York's Trump Tower", "at the Detroit auto show": the place names another
		}
		rf.open = true
		rf.addRelation(si, subj, pred, rf.entName(int(m.ent)), rf.span(v, min(s.b, m.b)))
		rf.open = false
	}
}

// speechHead returns the token after a short noun phrase opening at k whose head is one of
// heads — a determiner, up to two lower-case modifiers, the head ("a news conference",
// "the cheering crowd", "reporters") — or -1.
func (rf *relationFinder) speechHead(k int, heads map[string]bool) int {
	if speechDeterminers[rf.low(k)] {
		k++
	}
	for i := 0; i < 3; i++ {
		if k >= len(rf.toks) || rf.toks[k].kind != tWord || rf.toks[k].has(fCap) || rf.entAt[k] >= 0 {
			return -1
		}
		if heads[rf.low(k)] {
			return k + 1
		}
		if rf.toks[k].feat&lxFunc != 0 {
			return -1
		}
		k++
	}
	return -1
}
