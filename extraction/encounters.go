package extraction

import "github.com/factgraph/kg"

// Encounters and standing ties stated by a noun with both parties after "between": "a
// meeting between Mendes and Kranz", "talks between Acme and Borlan", "a phone call
// between Mendes and Kranz" (each meets, or spokeTo, the other), "negotiations between
// A and B" (negotiatesWith), "the rivalry between A and B" (rivalOf), "an alliance
// between A and B" (allyOf), "the feud between A and B" (fights). "A deal between A and
// B" is namedActs' (actionnouns.go). And a call by phone: "Mendes spoke by phone with
// Kranz" (phoneTalk, read by actionVerb as "spoke with").

// betweenNouns are the nouns of an encounter or a tie read with "between A and B", by
// lower-case word, with the predicate each party holds of the other.
var betweenNouns = map[string]string{
	"meeting": "meets", "meetings": "meets", "talks": "meets", "summit": "meets", "encounter": "meets",
	"call": "spokeTo", "calls": "spokeTo", "conversation": "spokeTo", "conversations": "spokeTo",
	"negotiations": "negotiatesWith", "discussions": "negotiatesWith",
	"rivalry": "rivalOf", "competition": "rivalOf",
	"alliance": "allyOf",
	"feud":     "fights", "battle": "fights", "clash": "fights", "war": "fights",
}

// betweenPutOff are the words before such a noun that put it off or leave it unsure:
// "a proposed meeting between", "no talks between", "a possible alliance between".
var betweenPutOff = newTokSet(map[string]bool{"proposed": true, "possible": true, "potential": true, "planned": true,
	"scheduled": true, "upcoming": true, "future": true, "next": true, "expected": true, "rumored": true,
	"rumoured": true, "no": true, "any": true, "hypothetical": true, "imagined": true, "fictional": true})

// betweenPair reads "NOUN between A and B" at token v (the word w), with the two parties
// as the noun's own: a person or a body each (a rivalry, alliance or feud may hold
// between places too), of one kind for a rivalry, both people for a call or a
// conversation ("calls between Android and Apple" are the phones'). The noun may have
// two lower-case modifiers before it, none of which puts it off, and the second party
// may neither own nor qualify what follows ("talks between A and B's lawyers"). It
// reports whether it read the pair.
func (rf *relationFinder) betweenPair(si, v int, w string) bool {
	if !rf.mayBe(v, w, wcBetween) {
		return false
	}
	pred := betweenNouns[w]
	if pred == "" || !rf.is(v+1, wBetween) {
		return false
	}
	s := &rf.sents[si]
	for k := v - 1; k >= s.start && k >= v-3; k-- {
		if rf.in(k, betweenPutOff) {
			return false
		}
	}
	if (w == "call" || w == "calls") && !rf.is(v-1, wPhone, wTelephone) {
		return false // "calls between" alone is any call, a referee's or a phone's
	}
	if rf.negatedBefore(v, s.start) || rf.unasserted(si, v) {
		return false
	}
	for k := v - 1; k >= s.start && k >= v-6; k-- {
		if rf.is(k, wMight, wCould, wWould, wMay, wIf) && !rf.toks[k].has(fCap) {
			return false // "what might have been a bitter battle between A and B"
		}
	}
	if an, bn, after := rf.betweenDescribed(v+2, s.b); an != "" {
		// "talks between the two countries", "the rivalry between the giant and the upstart": backrefs.go
		at, bt := rf.typeOfName(an), rf.typeOfName(bn)
		if !encounterParty(at, pred) || !encounterParty(bt, pred) || (at == kg.Person) != (bt == kg.Person) || pred == "spokeTo" && at != kg.Person ||
			rf.modifier(after) && !rf.pastAfterAct(after) || rf.is(after, wIs, wWas, wWill, wWould, wCould) {
			return false
		}
		if w == "talks" && at != kg.Person {
			pred = "negotiatesWith"
		}
		text := rf.span(v, min(s.b, after))
		rf.addRelation(si, an, pred, bn, text)
		rf.addRelation(si, bn, pred, an, text)
		return true
	}
	am := rf.mentionFrom(rf.skipThe(v+2), s.b)
	if am < 0 {
		return false
	}
	a := &rf.mentions[am]
	and := a.b
	if rf.punct(and, ',') {
		and++
	}
	if a.demonym || !rf.is(and, wAnd) {
		return false // "talks between A, B and C": a list, left to the meeting's own readers
	}
	bm := rf.mentionFrom(rf.skipThe(and+1), s.b)
	if bm < 0 {
		return false
	}
	b := &rf.mentions[bm]
	if b.demonym || b.ent == a.ent || rf.owner(b.b) || rf.tok(b.b) == "'" || rf.tok(b.b) == "’" || rf.punct(b.b, '-') ||
		rf.entAt[b.b] >= 0 || rf.modifiesNoun(b.b) && !rf.pastAfterAct(b.b) || rf.pluralAfter(b.b) || rf.is(b.b, wAnd) {
		return false // "between A and B's lawyers", "between A and B officials", "between A and B and C"
	}
	if n := b.b; rf.is(n, wIs, wWas, wWill, wWould, wCould) && rf.is(n+1, wPlanned, wScheduled, wExpected, wSet, wDue, wSlated, wBe, wLikely) {
		return false // "a meeting between A and B is planned for May"
	}
	at, bt := rf.ents[a.ent].typ, rf.ents[b.ent].typ
	if !encounterParty(at, pred) || !encounterParty(bt, pred) || (at == kg.Person) != (bt == kg.Person) {
		return false
	}
	if pred == "spokeTo" && at != kg.Person {
		return false
	}
	if w == "talks" && (at != kg.Person || bt != kg.Person) {
		pred = "negotiatesWith" // "talks between the White House and the Prime Minister's Office over aid"
	}
	text := rf.span(v, min(s.b, b.b))
	an, bn := rf.entName(a.ent), rf.entName(b.ent)
	rf.addRelation(si, an, pred, bn, text)
	rf.addRelation(si, bn, pred, an, text)
	return true
}

// encounterParty reports whether an entity of type t may be a party to pred read by
// betweenPair: people and bodies meet, talk and negotiate; places may also be rivals,
// allies and foes ("the rivalry between Iran and Saudi Arabia").
func encounterParty(t kg.EntityType, pred string) bool {
	switch t {
	case kg.Person, kg.Organization:
		return true
	case kg.Place:
		return pred == "rivalOf" || pred == "allyOf" || pred == "fights"
	}
	return false
}

// phoneTalk returns the token after "with" or "to" when the verb of speech at v is
// followed by a phone phrase: "spoke by phone with", "talked by telephone to", "spoke
// on the phone with", "spoke over the phone with"; -1 otherwise.
func (rf *relationFinder) phoneTalk(v int) int {
	k := v + 1
	switch {
	case rf.is(k, wBy) && rf.is(k+1, wPhone, wTelephone):
		k += 2
	case rf.is(k, wOn, wOver) && rf.is(k+1, wThe) && rf.is(k+2, wPhone, wTelephone):
		k += 3
	default:
		return -1
	}
	if !rf.is(k, wWith, wTo) {
		return -1
	}
	if rf.titledPersonAt(k+1, len(rf.toks)) >= 0 {
		return k + 1 // "spoke by phone with Turkish President Tayyip Erdogan": titledobjects.go
	}
	mi := rf.mentionFrom(rf.skipThe(k+1), len(rf.toks))
	if mi < 0 {
		return -1 // "talked by phone with their Armenian and Azeri counterparts"
	}
	if m := &rf.mentions[mi]; m.demonym || rf.modifiesNoun(m.b) || rf.owner(m.b) {
		return -1 // "spoke by phone to European Commission head Jean-Claude Juncker": the head
	}
	return k + 1
}

// rivalOfNouns are the nouns of "NAME, a rival of NAME" (ties.go's allyOf reads them).
var rivalOfNouns = newTokSet(map[string]bool{"rival": true, "rivals": true, "archrival": true, "arch-rival": true,
	"competitor": true, "competitors": true, "foe": true, "foes": true})

// articleBefore returns the token before the lower-case modifiers that end at token k
// and the article before them ("a senior", "the main regional"), the comma's place in
// "NAME, a senior ally of".
func (rf *relationFinder) articleBefore(k int) int {
	for j := k; j > k-3 && j > 0; j-- {
		if rf.is(j, wA, wAn, wThe, wBoth) {
			return j - 1
		}
		if !rf.allianceModifier(j) {
			return -1
		}
	}
	return -1
}

// titledStart returns the first token of mention m with its title ("Secretary of State
// John Kerry"), when the title starts in the sentence that starts at token start; the
// name's first token otherwise. The "of" inside a title puts the name after no
// preposition: "Secretary of State John Kerry met Wang Yi" has Kerry as its subject.
func titledStart(m *mention, start int) int {
	if m.ta < m.a && m.ta >= start {
		return m.ta
	}
	return m.a
}
