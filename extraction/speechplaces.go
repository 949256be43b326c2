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
var speechDeterminers = newTokSet(map[string]bool{"a": true, "an": true, "the": true, "his": true,
	"her": true, "their": true, "its": true})

// speechPlaces reads, in sentence si, the place where its speaker told an audience or
// spoke at an event: the subject of "told|tells" or "said|says" (actionSubject) speakIn
// or speakAt the place named right after the audience or the event.
func (rf *relationFinder) speechPlaces(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wTold, wTells, wSaid, wSays) {
		return // sentindex.go
	}
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
	if rf.in(k, speechDeterminers) {
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

// speechSettings reads, in sentence si, the place of a speaking event named in a phrase
// of its own before the speaker's verb: "Speaking to reporters in Orsova, Lind said",
// "At a campaign rally in Lusk, Lind told supporters", "Lind, speaking at a forum in
// Orsova, said" → Lind speakIn Orsova. The phrase opens the sentence (or follows a
// comma, for "speaking") and ends at the comma after the place; the speaker is the
// subject of the first "said|says|told|tells|added" after it.
func (rf *relationFinder) speechSettings(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wSpeaking, wAddressing, wTalking, wAt, wDuring) {
		return // sentindex.go
	}
	if rf.punct(s.b-1, '?') {
		return
	}
	for g := s.start; g < s.b-4; g++ {
		if rf.quoteOf[g] != 0 {
			continue
		}
		fronted := g == s.start || g == s.start+1 && rf.is(s.start, wBut, wAnd)
		switch {
		case rf.is(g, wSpeaking, wAddressing, wTalking) && (fronted || rf.punct(g-1, ',')):
		case fronted && rf.is(g, wAt, wDuring) && rf.speechHead(g+1, speechEvents) >= 0:
		default:
			continue
		}
		// the place: "in [the] PLACE" right before the phrase's comma ("in Bend, Oregon,")
		o, c := -1, -1
		for k := g + 1; k < s.b-1 && k <= g+14; k++ {
			if rf.punct(k, ',') || rf.quoteOf[k] != 0 || rf.is(k, wSaid, wSays, wTold, wTells) {
				break
			}
			if !rf.is(k, wIn) || !rf.placeAt(k+1) {
				continue
			}
			p := k + 1
			if rf.is(p, wThe) {
				p++
			}
			m := &rf.mentions[rf.entAt[p]]
			if m.a != p || !rf.punct(m.b, ',') {
				continue
			}
			o, c = p, m.b
			if rf.placeAt(c+1) && rf.punct(rf.mentions[rf.entAt[c+1]].b, ',') {
				c = rf.mentions[rf.entAt[c+1]].b // "in Bend, Oregon,"
			}
			break
		}
		if o < 0 {
			continue
		}
		v := -1
		for k := c + 1; k < s.b && k <= c+12; k++ {
			if rf.quoteOf[k] != 0 {
				break
			}
			if rf.is(k, wSaid, wSays, wTold, wTells, wAdded) {
				v = k
				break
			}
		}
		if v < 0 || rf.unasserted(si, v) || rf.hedged(si, v) {
			continue
		}
		subj := rf.actionSubject(si, v)
		if subj == "" {
			continue
		}
		place := rf.entName(int(rf.mentions[rf.entAt[o]].ent))
		rf.relateEachOpen(si, nameList(subj), "speakIn", place, rf.span(g, c), personOrBody)
		g = c
	}
}
