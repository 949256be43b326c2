package extraction

import "slices"

// A toll whose own clause ties it to a definite act noun ("eight police officers were
// killed and 20 wounded in the blast", "the attack left 12 dead") belongs to the act that
// noun refers back to: the nearest earlier mention of an act it can name, in the same
// sentence first, then in the sentences before (issue 9, "the figure's own clause
// decides its event"). A report on the Aleppo offensive that adds "a suicide bomber drove
// his car into a police officers' club … in central Damascus on Tuesday" and then "eight
// police officers were killed … in the blast" tells of a bombing in Damascus, not of the
// offensive.

// referredBack is how many sentences before the figure's a referred act is looked for.
const referredBack = 3

// referredTypes are the act types a definite noun of a type can refer back to: "the
// blast" to a bombing or an explosion, "the attack" to any act of violence.
var referredTypes = map[string][]string{
	"explosion":   {"explosion", "bombing"},
	"bombing":     {"bombing", "explosion"},
	"shooting":    {"shooting"},
	"attack":      {"attack", "bombing", "shooting", vehicleAttack, "explosion"},
	vehicleAttack: {vehicleAttack, "attack"},
}

// definiteAct reports whether the event noun at token k is introduced by "the", "this"
// or "that", past at most two words that qualify it ("the suicide blast", "the bus
// explosion").
func definiteAct(d *doc, si, k int) bool {
	s := &d.sents[si]
	for j := k - 1; j >= s.start && j >= k-3; j-- {
		if d.is(j, wThe, wThis, wThat) {
			return true
		}
		if d.toks[j].kind != tWord || d.toks[j].feat&(lxFunc|lxPronoun) != 0 || d.toks[j].has(fCap) {
			return false
		}
	}
	return false
}

// referredAct returns the event a toll at token tok of sentence si belongs to when its
// clause ties it to the definite act noun at k ("in the blast", "the attack killed")
// that its clause does not place, and the nearest earlier mention of an act that noun
// can name is placed and dated apart from the main event (at mainPlace on mainDate):
// that act's event, and its date (the figure's, date, when the act's clause gives
// none). ok is false when the toll stays where eventOf files it.
func (ff *figureFinder) referredAct(si, k, tok int, date, mainDate, mainPlace string) (ev int, dt string, ok bool) {
	if k < 0 || !definiteAct(ff.doc, si, k) || ff.quoteOf[k] != 0 {
		return -1, "", false
	}
	if ff.clauseOf(k) != ff.clauseOf(tok) && (abs(k-tok) > 10 || ff.commaBetween(min(k, tok), max(k, tok))) {
		return -1, "", false // the act noun is in another clause than the toll
	}
	types := referredTypes[ff.actType(k)]
	if types == nil {
		return -1, "", false
	}
	sa, ja := ff.earlierAct(si, k, types)
	if ja < 0 {
		return -1, "", false
	}
	place := ff.eventPlace(sa, ja)
	if place == "" || place == mainPlace || mainPlace == "" || !ff.elsewhere(place, mainPlace) {
		return -1, "", false // the main event's own act, or one not placed apart from it
	}
	actDate := ff.clauseDate(sa, ff.clauseOf(ja))
	if actDate == "" {
		actDate = date
	}
	if ff.leadPlace(place) && (actDate == "" || actDate >= mainDate) {
		return -1, "", false // a lead that names the place tells of that act as its own
	}
	return ff.otherEvent(sa, ff.actType(ja), place, actDate), actDate, true
}

// earlierAct finds the nearest mention before the act noun at token k of sentence si of
// an act of one of types: in that sentence, then up to referredBack sentences before,
// outside quotes; a definite mention its clause does not place ("the bombing") refers
// further back in turn. It returns the sentence and token, or -1.
func (ff *figureFinder) earlierAct(si, k int, types []string) (int, int) {
	for s := si; s >= 0 && s >= si-referredBack; s-- {
		sent := &ff.sents[s]
		if s != si && sent.kind != sProse {
			continue
		}
		end := sent.b
		if s == si {
			end = k
		}
		for j := end - 1; j >= sent.start; j-- {
			if ff.toks[j].kind != tWord || ff.quoteOf[j] != 0 {
				continue
			}
			typ := ff.eventAt(j)
			if typ == "" {
				continue
			}
			if !slices.Contains(types, ff.actType(j)) {
				continue
			}
			if definiteAct(ff.doc, s, j) && ff.eventPlace(s, j) == "" {
				continue // "the bombing" again: look further back
			}
			return s, j
		}
	}
	return -1, -1
}
