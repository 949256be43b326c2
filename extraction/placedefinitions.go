package extraction

// Places a sentence defines (ent182): "Ecatepec is a city in the state of Mexico",
// "Punjab is its biggest and wealthiest province", "Verdun is a city that represents …".
// A one-word name nothing else types is an organization by default at each bare mention,
// and "in Ecatepec" is a place's evidence once: the bare mentions outvoted it. The name
// as the subject of "is" or "was" and a settlement's noun says what it is.

// definedPlaceScore is a definition's place evidence, no more than the bare mention's
// default it replaces: what outranks the bare mentions is entity.defined (bestType),
// which a body's own evidence outranks in turn ("The Louisville Sponsoring Group").
const definedPlaceScore = 1

// definedPlaceNouns are the nouns of a settlement or a division of a country that a
// definition names ("is a city", "was a small village", "is its largest province").
var definedPlaceNouns = newTokSet(map[string]bool{"city": true, "town": true, "village": true, "hamlet": true,
	"suburb": true, "municipality": true, "township": true, "borough": true, "province": true, "region": true,
	"district": true, "county": true, "prefecture": true, "state": true, "island": true, "enclave": true,
	"capital": true, "port": true, "neighborhood": true, "neighbourhood": true})

// definedAsPlace reports whether the name at tokens a..b-1 is the subject of a definition
// that makes it a place: the name opens its clause (the sentence's start, or after a
// mark such as a comma or a quotation mark, "and", "but" or "that"), "is" or "was"
// follows, then a determiner ("a", "an", "the", "its", "their", or a name and "'s":
// "Nigeria's"), at most four lower-case modifiers ("biggest and wealthiest", "small",
// "working-class") or a people's word ("a Mexican city"), then a noun of definedPlaceNouns that ends the noun phrase (a mark,
// the sentence's end or a function word follows: "a city in", "a city that"; not "a
// city council", "a state agency").
func (ef *entityFinder) definedAsPlace(si, a, b int) bool {
	s := &ef.sents[si]
	if b+3 >= s.b || !ef.is(b, wIs, wWas) {
		return false
	}
	if p := a - 1; p >= s.start && ef.toks[p].kind == tWord && !ef.is(p, wAnd, wBut, wThat) {
		return false
	}
	k := b + 1
	switch {
	case ef.is(k, wA, wAn, wThe, wIts, wTheir):
		k++
	case ef.toks[k].has(fCap) && ef.is(k+1, wAposS, wRsquoS):
		k += 2 // "Lagos is Nigeria's biggest city"
	default:
		return false
	}
	for n := 0; k < s.b && n < 5; n, k = n+1, k+1 {
		t := &ef.toks[k]
		if t.kind != tWord {
			return false
		}
		if definedPlaceNouns.has(ef.low(k)) && !t.has(fCap) {
			break
		}
		if t.has(fCap) && demonymOf[ef.tok(k)] == "" || t.feat&lxFunc != 0 && !ef.is(k, wAnd, wMost) {
			return false
		}
	}
	if k >= s.b || !definedPlaceNouns.has(ef.low(k)) || ef.toks[k].has(fCap) {
		return false
	}
	k++
	return k >= s.b || ef.toks[k].kind != tWord || ef.toks[k].feat&lxFunc != 0
}
