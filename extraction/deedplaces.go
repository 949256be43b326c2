package extraction

// Where a deed done to a named person took place, told by an active verb with the person
// as its object: "a police robot killed suspect Cy Dent in Lusk" (killedIn), "agents
// arrested Ann Vole in Orsova" (arrestedIn), "Premier Holt hosted senator Ida Roe in
// Tarvik" (visits: a guest is where the host receives them). passiveplaces.go reads the
// passive ("was arrested in Orsova") and deathplaces.go the nouns ("the killing of Ann
// Vole in Orsova"); the active verb's object was left to no reader. A meeting ("met Ida
// Roe in Tarvik") is left alone: either side may have travelled, and the sample of
// rel184 (docs/samples) judged such pairs no relation.

// deedPlaceVerbs are the past forms of a deed done to a person, with the predicate of
// the place where it was done.
var deedPlaceVerbs = map[string]string{"killed": "killedIn", "murdered": "killedIn", "shot": "shotIn",
	"stabbed": "stabbedIn", "arrested": "arrestedIn", "detained": "detainedIn",
	"hosted": "visits", "greeted": "visits", "welcomed": "visits"}

// deedPlaces reads, in sentence si, "VERB [description] PERSON in PLACE" for each verb of
// deedPlaceVerbs (deathplaces.go personInPlace reads the rest, strictly: no function
// word before the name, so "a shot of Ann Vole in Orsova", a picture, is not read).
func (rf *relationFinder) deedPlaces(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wIn) || !rf.sentHas(si, wKilled, wMurdered, wShot, wStabbed, wArrested, wDetained, wHosted, wGreeted, wWelcomed) {
		return // (deedPlaceVerbs' words)
	}
	for n := s.start; n < s.b-3; n++ {
		if rf.toks[n].kind != tWord || rf.toks[n].has(fCap) {
			continue
		}
		pred, ok := deedPlaceVerbs[rf.low(n)]
		if !ok {
			continue
		}
		rf.personInPlace(si, n, n+1, pred, true)
	}
}
