package extraction

// Acts of violence recalled in a report with no event of its own: "could not confirm he
// had anything to do with this week's deadly attacks in Brussels, which killed 31
// people", "one of the two killers in the San Bernardino massacre, which left 14 people
// dead" in a piece on a phone's encryption. The toll is the act's, told as background:
// the act joins the article's events when its own phrase places it in a town ("attacks
// in Brussels", "the San Bernardino massacre"), not in a country ("the deadliest mass
// shooting in modern U.S. history") nor by another word of the sentence ("Federal
// prosecutors in Los Angeles … the Dec. 2 shooting rampage"). Its date is the one its
// own phrase gives ("the Dec. 2 shooting rampage", "the attacks in Paris last
// November") over the clause's (not when the act is the object of "after": afterAct),
// which may be the report's news ("prosecutors on Tuesday
// requested …"). Not a toll with its own verb before "after" the act ("five officers
// were murdered in the wake of the shootings in Minnesota": another act).

// recalledAct returns the event of the act of violence at event noun k that the toll at
// token tok of sentence si recalls, and its date; ok is false when the noun's phrase
// does not place it in a town.
func (ff *figureFinder) recalledAct(si, k, tok int, typ, measure, clauseDate string) (ev int, date string, ok bool) {
	if k < 0 || !actsOfViolence.has(typ) || measure != "killed" && measure != "injured" {
		return -1, "", false
	}
	if k > tok+actReach {
		return -1, "", false
	}
	for j := tok + 1; j < k; j++ {
		if ff.is(j, wAfter, wFollowing, wWake, wSince, wBefore) {
			return -1, "", false // "five police officers were murdered in the wake of the shootings in Minnesota"
		}
	}
	place := ff.nounPhrasePlace(si, k)
	if place == "" || isCountryName(place) {
		return -1, "", false
	}
	date = ff.phraseDate(si, k, max(tok, k+1))
	if date == "" {
		date = ff.modifierDate(si, k)
	}
	if date == "" && !ff.afterAct(si, k) {
		date = clauseDate
	}
	return ff.otherEvent(si, typ, place, date), date, true
}

// nounPhrasePlace returns the town the event noun at token k names in its own phrase:
// after it, "in|at|on [the] PLACE" within the clause before a comma or a relative
// pronoun ("attacks in Brussels", "the attack at Istanbul's Ataturk airport"), or
// before it as a modifier ("the San Bernardino massacre"); "" for none. Narrower than
// eventPlace on purpose (four words after, three before, no reach into the rest of the
// clause, no possessive): a report with no event of its own gives a recalled act no
// other evidence of where it was.
func (ff *figureFinder) nounPhrasePlace(si, k int) string {
	s := &ff.sents[si]
	for j := k + 1; j < s.b && j <= k+4; j++ {
		if ff.toks[j].kind != tWord || ff.is(j, wWhich, wThat, wWho, wWhere) {
			break
		}
		if p := ff.actPlaceAt(j); p != "" {
			if a := ff.mentions[ff.entAt[j]].a; placePrep(ff.doc, k, a) && !ff.distanceRef(a) {
				return p
			}
			break
		}
	}
	for j := k - 1; j >= s.start && j >= k-3; j-- {
		if ff.toks[j].kind != tWord {
			break
		}
		if p := ff.actPlaceAt(j); p != "" {
			if ff.is(j+1, wAposS) || ff.tok(j+1) == "’s" {
				return "" // "Indonesia's deadliest attack": a superlative's frame, not the place
			}
			return p
		}
	}
	return ""
}

// modifierDate returns the date that modifies the event noun at token k from before it,
// with only words between ("the Dec. 2 shooting rampage", "November's attacks"); "".
func (ff *figureFinder) modifierDate(si, k int) string {
	s := &ff.sents[si]
	first := k
	for j := k - 1; j >= s.start && j >= k-5; j-- {
		if ff.is(j, wThe, wA, wAn, wThis, wLast) || ff.toks[j].kind == tPunct && !ff.punct(j, '.') && !ff.punct(j, '\'') {
			break
		}
		first = j
	}
	if first == k {
		return ""
	}
	return ff.dateWithin(si, func(j int) bool { return j >= first && j < k })
}

// afterAct reports whether the event noun at token k is the object of "after" or
// "since" within four words ("Two days after bomb attacks at Brussels airport … killed
// 31 people, a guard was murdered …, media reported on Saturday"): the clause's date is
// then of what followed.
func (ff *figureFinder) afterAct(si, k int) bool {
	s := &ff.sents[si]
	for j := k - 1; j >= s.start && j >= k-4; j-- {
		if ff.is(j, wAfter, wSince) {
			return true
		}
		if ff.toks[j].kind != tWord {
			return false
		}
	}
	return false
}
