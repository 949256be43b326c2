package extraction

// Dates of two acts in one clause: "militants they link to the Brussels bombings that
// killed 31 people and to the attacks in Paris last November that killed 130". The
// clause's first date ("last November") is the Paris attacks', told in their phrase; the
// Brussels toll takes it only when no other act stands between. A date belongs to the
// act whose phrase it lies in: the stretch from an event noun to the next event noun of
// the clause.

// actReach bounds how far from the figure's act another act's noun is looked for, and
// how far back a date's act: one sentence of 10 MB stays linear.
const actReach = 60

// ownActDate returns the date clause c of sentence si gives a figure whose act is the
// event noun at token k (in c or in the clause c's relative pronoun hangs on: "the
// Brussels bombings that killed 31"), leaving out the words in the phrase of another act of the
// clause tied to another place than k's; ok is false when the clause holds no such act
// (the clause's date stands).
func (ff *figureFinder) ownActDate(si, k int, c int32) (date string, ok bool) {
	if k < 0 {
		return "", false
	}
	s := &ff.sents[si]
	var place string // k's place, read once another act is found
	// the acts of other places in the clause: their phrases' words are not k's
	other := false
	for j := max(s.start, k-actReach); j < s.b && j <= k+actReach; j++ {
		if j == k || ff.clauseOf(j) != c || ff.quoteOf[j] != 0 || ff.toks[j].kind != tWord || ff.eventAt(j) == "" {
			continue
		}
		if place == "" {
			if place = ff.eventPlace(si, k); place == "" || isCountryName(place) {
				return "", false
			}
		}
		if p := ff.eventPlace(si, j); p != "" && p != place && !isCountryName(p) {
			other = true
			break
		}
	}
	if !other {
		return "", false
	}
	return ff.dateWithin(si, func(j int) bool {
		return ff.clauseOf(j) == c && !ff.inOtherActPhrase(si, j, k, c, place)
	}), true
}

// inOtherActPhrase reports whether token j of clause c lies in the phrase of an event
// noun other than k, tied to another place than k's place: after that noun, with no
// event noun between, or before it as its modifier.
func (ff *figureFinder) inOtherActPhrase(si, j, k int, c int32, place string) bool {
	s := &ff.sents[si]
	// a date that modifies an act's noun is that act's: "November militant attacks in
	// Paris", "Tuesday's bombing"
	for i := j + 1; i < s.b && i <= j+4; i++ {
		if ff.is(i, wAposS) || ff.tok(i) == "’s" {
			continue
		}
		if ff.toks[i].kind != tWord || ff.toks[i].feat&lxFunc != 0 || ff.clauseOf(i) != c {
			break
		}
		if ff.quoteOf[i] == 0 && ff.eventAt(i) != "" {
			if i == k {
				return false
			}
			p := ff.eventPlace(si, i)
			return p != "" && p != place && !isCountryName(p)
		}
	}
	for i := j - 1; i >= s.start && i >= j-actReach; i-- {
		if ff.clauseOf(i) != c || ff.quoteOf[i] != 0 || ff.toks[i].kind != tWord || ff.eventAt(i) == "" {
			continue
		}
		if i == k {
			return false
		}
		p := ff.eventPlace(si, i)
		return p != "" && p != place && !isCountryName(p)
	}
	return false
}

// isCountryName reports whether place is a country's name: an act placed in a country
// ("an attack on the U.S. consulate in Jeddah" read as the United States') may be the
// same act as one placed in its town.
func isCountryName(place string) bool {
	_, ok := countryNames[place]
	return ok
}
