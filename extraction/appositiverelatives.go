package extraction

import "strings"

// The subject of a verb in a relative clause that an appositive holds: "Verizon, the
// telecommunications company that bought AOL last year" (Verizon acquires AOL), "Viant
// Technology, a New York-based marketing firm that owns Myspace" (Viant Technology owns
// Myspace), "Cobalt Corp, a large company which owns Delta Inc". The clause's subject is
// the name before the appositive (describedHeadOf: a comma, an article and at most nine
// words up to the pronoun). "That" must stand right before the verb, auxiliaries aside:
// in "Acme, the lawyer argued, said that Birch sued" it opens a clause of its own.

// relativeAppositiveSubject returns the name the appositive describes when the token g
// before the verb (auxiliaries passed) is "that", or "".
func (rf *relationFinder) relativeAppositiveSubject(start, g int) string {
	if g <= start || !rf.is(g, wThat) {
		return ""
	}
	return rf.describedHeadOf(g, start)
}

// newAppositiveRelative reports whether the verb at v (the word w) reads its subject
// through a relative clause in an appositive the way only this reading does: after
// "that", or a verb in -s after "which" or "who" ("Cobalt Corp, a large company which
// owns Delta Inc"). The name such a clause acts on must follow the verb at once
// (closeObject).
func (rf *relationFinder) newAppositiveRelative(si, v int, w string) bool {
	start := rf.sents[si].start
	g := rf.backOverAuxiliaries(start, v)
	if g <= start || rf.punct(g-1, ',') || !(rf.is(g, wThat) || strings.HasSuffix(w, "s") && rf.is(g, wWhich, wWho)) {
		return false
	}
	return rf.describedHeadOf(g, start) != ""
}

// closeObject reports whether the object obj read from token k is a thing ("opposes the
// law") or a name that starts at k, or right after an article there, and qualifies no
// noun after it: "owns Myspace", not "owns the U.S. basketball team Cleveland Cavaliers"
// (the place of a team), "has urged its followers to attack targets in Europe", "claimed
// responsibility for the attack" (the main event's place).
func (rf *relationFinder) closeObject(k int, obj string) bool {
	if rf.typeOfName(obj) == "" {
		return true
	}
	if rf.is(k, wThe, wA, wAn) {
		k++
	}
	if k >= len(rf.toks) || rf.entAt[k] < 0 {
		return false
	}
	m := &rf.mentions[rf.entAt[k]]
	return m.a == k && m.ent >= 0 && !m.demonym && !rf.modifier(m.b) && !rf.modifiesNoun(m.b)
}
