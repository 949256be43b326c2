package extraction

import (
	"iter"
	"strings"

	"github.com/factgraph/kg"
)

// nameSep joins the names of a coordinated subject or object into one string: "Acme and
// Birch sued Ostmark" gives actionSubject "Acme\x00Birch". The list readers (withMembers,
// agentsFrom, allOfWhichPlaces, the "they" of salience.go) join with it, so that a single
// name travels as itself and a caller that wants one name tests several.
const nameSep = "\x00"

// nameList is the names of several entities joined by nameSep, as the list readers
// return them ("Acme\x00Birch" for "Acme and Birch"); "" is no name at all. Its methods
// read the list in place: all yields the names without the slice strings.Split makes.
type nameList string

// all yields the names of the list in order; nothing for "".
func (l nameList) all() iter.Seq[string] {
	return func(yield func(string) bool) {
		if l == "" {
			return
		}
		s := string(l)
		for {
			i := strings.IndexByte(s, nameSep[0])
			if i < 0 {
				yield(s)
				return
			}
			if !yield(s[:i]) {
				return
			}
			s = s[i+1:]
		}
	}
}

// first returns the list's first name ("" for "").
func (l nameList) first() string {
	if i := strings.IndexByte(string(l), nameSep[0]); i >= 0 {
		return string(l[:i])
	}
	return string(l)
}

// several reports whether the list holds more than one name.
func (l nameList) several() bool {
	return strings.IndexByte(string(l), nameSep[0]) >= 0
}

// count returns how many names the list holds: 0 for "".
func (l nameList) count() int {
	if l == "" {
		return 0
	}
	return strings.Count(string(l), nameSep) + 1
}

// pair returns the two names of a list of exactly two, both named ("Dean and Gephardt").
func (l nameList) pair() (a, b string, ok bool) {
	a, b, ok = strings.Cut(string(l), nameSep)
	if !ok || a == "" || b == "" || strings.Contains(b, nameSep) {
		return "", "", false
	}
	return a, b, true
}

// has reports whether name is one of the list's names.
func (l nameList) has(name string) bool {
	for n := range l.all() {
		if n == name {
			return true
		}
	}
	return false
}

// sharesName reports whether the lists a and b hold a name in common.
func sharesName(a, b nameList) bool {
	for x := range a.all() {
		if b.has(x) {
			return true
		}
	}
	return false
}

// splitNames returns the names of a list as a slice, for callers that keep or index it;
// none for "".
func splitNames(names string) []string {
	if names == "" {
		return nil
	}
	return strings.Split(names, nameSep)
}

// relateEach records pred from each name of subjects to obj ("Acme and Birch pledged
// allegiance to Ostmark": Acme and Birch each pledge it), skipping obj itself and, when
// fits is not nil, every name whose type fits does not admit. It is the tail most readers
// of a list subject share; addRelation still applies its own checks.
func (rf *relationFinder) relateEach(si int, subjects nameList, pred, obj, text string, fits func(kg.EntityType) bool) {
	for sj := range subjects.all() {
		if sj == "" || sj == obj || fits != nil && !fits(rf.typeOfName(sj)) {
			continue
		}
		rf.addRelation(si, sj, pred, obj, text)
	}
}

// relateEachOpen is relateEach for an open predicate ("Lund and Moss spoke in Geneva":
// speakIn): the relation is recorded with rf.open set, which is cleared after.
func (rf *relationFinder) relateEachOpen(si int, subjects nameList, pred, obj, text string, fits func(kg.EntityType) bool) {
	rf.open = true
	rf.relateEach(si, subjects, pred, obj, text, fits)
	rf.open = false
}

// relateToEach records pred from subj to each name of objects ("areas of Syria and Iraq":
// Islamic State controls both), skipping subj itself and, when fits is not nil, every
// name whose type fits does not admit.
func (rf *relationFinder) relateToEach(si int, subj, pred string, objects nameList, text string, fits func(kg.EntityType) bool) {
	for ob := range objects.all() {
		if ob == "" || ob == subj || fits != nil && !fits(rf.typeOfName(ob)) {
			continue
		}
		rf.addRelation(si, subj, pred, ob, text)
	}
}

// The type filters relateEach and relateToEach take.

// isPerson admits a person.
func isPerson(t kg.EntityType) bool { return t == kg.Person }

// isPlace admits a place.
func isPlace(t kg.EntityType) bool { return t == kg.Place }

// notPlace admits any type but a place (and a name of no known type).
func notPlace(t kg.EntityType) bool { return t != kg.Place }

// personOrBody admits a person or an organization: who speaks, posts or is interviewed.
func personOrBody(t kg.EntityType) bool { return t == kg.Person || t == kg.Organization }

// namedParty admits a person, an organization, a group or a place: every named party
// but a thing (Other) or a name of no known type ("Ostmark wrote to the council").
func namedParty(t kg.EntityType) bool {
	return t == kg.Person || t == kg.Organization || t == kg.Group || t == kg.Place
}
