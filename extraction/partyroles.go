package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A party's word beside a role. "Tom Briggs, a Republican senator from Texas", "Mark
// Tull, the Republican governor of Ohio", "Rep. Dale Harmon, Republican of Ohio", "Paul
// Okafor, a Democrat," say which party the person belongs to (memberOf "Republican
// Party"), never that the party is the body the office is held in: a senator of Texas,
// a governor of Ohio. The readers of roles (roles.go) take the first organization of a
// description as its body, and the entity stage makes the lone word "Republican" one;
// partyRoleObject is the one gate every role passes, and partyDescription reads the
// membership the description states.

// usPartyWords are the lone words of the two U.S. parties as entity names, and the party
// each names. A role held "of" one of them is a party's office only for the roles in
// partyOffices; the others are a public office the word only qualifies. The words of
// other countries' parties ("Labour leader Jeremy Corbyn") name the party itself and are
// left alone.
var usPartyWords = map[string]string{"Republican": "Republican Party", "Republicans": "Republican Party",
	"GOP": "Republican Party", "Democrat": "Democratic Party", "Democratic": "Democratic Party",
	"Democrats": "Democratic Party"}

// partyOffices are the role predicates a person holds in a party itself when a party's
// word qualifies them: "a Republican strategist", "Democratic spokeswoman X", "a
// Democrat" read as a member.
var partyOffices = newTokSet(map[string]bool{"memberOf": true, "strategistOf": true, "spokesmanOf": true,
	"spokeswomanOf": true, "spokespersonOf": true})

// rolePredicates are the predicates of kg's role vocabulary (kg.Roles).
var rolePredicates = func() map[string]bool {
	m := make(map[string]bool, len(kg.Roles))
	for _, r := range kg.Roles {
		m[kg.RolePredicate(r)] = true
	}
	return m
}()

// partyRoleObject returns the object a role relation keeps when its object obj is the
// lone word of a U.S. party: the party's name for a party's own office ("strategistOf
// Republican Party"), "" (no relation) for a public office ("senatorOf Republican"); obj
// itself for anything else.
func partyRoleObject(pred, obj string) string {
	party := usPartyWords[obj]
	if party == "" || !rolePredicates[pred] {
		return obj
	}
	if partyOffices.has(pred) {
		return party
	}
	return ""
}

// partyDescription reads the party a person's description after the name opens on
// (mention mi): ", a Republican senator from Texas", ", the Democratic chairman of the
// committee", ", Republican of Ohio", ", a Democrat," ", a Republican and former federal
// judge", " is a Democratic congresswoman". The party's word, capitalised and a name of
// one word, comes first after the article (or after "longtime" and the like, never after
// "former": a former Republican may have left), or after a U.S. state ("a Utah
// Republican"); it is followed by the end of the
// description, "and", "who", "of" or "from", or by up to three lower-case words ending in
// a role or a race noun ("a Democratic assembly member", "the Republican presidential
// nominee"). Not "a Republican National Committee official" (a longer name), nor "the
// Democratic primary" (no person's noun), nor "A and B, the Republican and Democratic
// leaders" (which is whose), nor a title before another person's name ("endorsed by
// Gov. Ann Cole, Republican front-runner Tom Reed said": Reed's).
func (rf *relationFinder) partyDescription(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person {
		return
	}
	s := &rf.sents[m.sent]
	k, ok := rf.descriptionStart(m)
	if !ok {
		return
	}
	if rf.is(k, wA, wAn, wThe) {
		k++
	}
	if rf.is(k, wLongtime, wLifelong, wVeteran, wModerate, wRegistered, wFellow, wProminent, wLeading, wTop, wRanking, wSenior) {
		k++
	}
	if st := rf.usStateAt(k); st != "" {
		k = rf.mentions[rf.entAt[k]].b // "a Utah Republican"
	}
	party := partyNames[rf.tok(k)]
	if party == "" || k >= s.b || !rf.toks[k].has(fCap) || strings.HasSuffix(rf.tok(k), "s") {
		return
	}
	if mj := rf.entAt[k]; mj >= 0 && (rf.mentions[mj].a != k || rf.mentions[mj].b != k+1) {
		return // "a Republican National Committee official"
	}
	if rf.is(k+1, wAnd, wOr) && partyNames[rf.tok(k+2)] != "" {
		return // "A and B, the Republican and Democratic leaders": whose is which
	}
	j := k + 1
	switch {
	case j >= s.b || rf.punct(j, ',') || rf.punct(j, ';') || rf.toks[j].kind == tStop || rf.is(j, wAnd, wWho, wOf, wFrom):
	case rf.is(j, wOn):
		if !rf.seatOn(m, j) {
			return
		}
	default:
		for j < s.b && j-k <= 3 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&(lxFunc|lxSpeech) == 0 {
			w := rf.low(j)
			if roleNouns[w] || raceNouns.has(w) {
				break
			}
			j++
		}
		if j >= s.b || j-k > 3 || !(roleNouns[rf.low(j)] || rf.in(j, raceNouns)) {
			return // "a Democratic socialist", "the Republican nomination"
		}
		j++
	}
	if e := rf.entityOf(j); e >= 0 && e != m.ent && rf.ents[e].typ == kg.Person {
		return // "endorsed by Gov. Chris Christie, Republican front-runner Donald Trump said": another's title
	}
	rf.addRelation(m.sent, rf.entName(m.ent), "memberOf", party, rf.span(m.a, j))
}

// seatOn reads "on [the] BODY" at token j after a party's word in the description of
// mention m ("Rep. Ann Cole, the top Democrat on the House Rules Committee", "a
// Republican on the Senate Finance Committee"): the person sits on the body, memberOf
// it, when the body is an organization whose name the description ends with. It
// reports whether the words are that shape.
func (rf *relationFinder) seatOn(m *mention, j int) bool {
	o := j + 1
	if rf.is(o, wThe) {
		o++
	}
	org := rf.entityOf(o)
	if org < 0 || org == m.ent || rf.ents[org].typ != kg.Organization || rf.mentions[rf.entAt[o]].a != o {
		return false
	}
	b := rf.mentions[rf.entAt[o]].b
	if s := &rf.sents[m.sent]; b < s.b && !rf.punct(b, ',') && !rf.punct(b, ';') && rf.toks[b].kind != tStop && !rf.is(b, wAnd, wWho) {
		return false // "a Democrat on the Judiciary Committee staff": not the body's name alone
	}
	rf.addRelation(m.sent, rf.entName(m.ent), "memberOf", rf.entName(org), rf.span(m.a, b))
	return true
}
