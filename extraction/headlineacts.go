package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Headline acts. A headline is a sentence of the report in a style of its own: the
// present for what happened, "to" and a verb for what will, no articles ("Christie
// endorses Trump", "Oracle to buy Textura for $663 million", "Thoma Bravo to buy
// analytics firm Qlik in $3 billion deal"). It often states the one act the story is
// about more plainly than the body, whose lead wraps it in a clause the readers of
// actions miss ("agreed to sell itself to private equity firm Thoma Bravo LLC"). The
// entities stage reads no names in a headline, so each of its names is matched to an
// entity the body names (headlineEntity).

// headlineActVerbs are the present forms a headline states an act with, and the base
// forms after "to" ("to buy", "agrees to acquire"), with their predicates: the acts of
// actionVerbs whose object is a name, and a stake ("invests in").
var headlineActVerbs = map[string]string{
	"acquires": "acquires", "buys": "acquires", "acquire": "acquires", "buy": "acquires",
	"sues": "sues", "sue": "sues", "endorses": "endorses", "endorse": "endorses",
	"invests": "investsIn", "invest": "investsIn", "backs": "supports",
	"hires": "hires", "hire": "hires", "appoints": "appoints",
	"accuses": "accuses", "condemns": "condemns", "criticizes": "criticizes", "criticises": "criticizes",
	"praises": "praises", "rebuffs": "rejects", "rejects": "rejects", "meets": "meets", "meet": "meets",
	"visits": "visits", "visit": "visits", "joins": "joins", "join": "joins", "fines": "fines", "fine": "fines",
	"succeeds": "succeeds", "replaces": "succeeds", "expels": "expels", "investigates": "investigates",
	"indicts": "charges", "charges": "charges", "convicts": "convicts", "bans": "bans",
	"warns": "warns", "opposes": "opposes", "strikes": "attacks",
	// a headline's words for criticism: "Obama knocks Trump", "Paulson slams Trump"
	"blasts": "criticizes", "bashes": "criticizes", "slams": "criticizes", "rips": "criticizes", "knocks": "criticizes",
}

// headlineActs adds the act the headline states between two names the body names: a
// name at the headline's start (after a title, or a place's possessive: "Canada's
// OpenText"), one of headlineActVerbs in the present or after "to" (also "agrees to"),
// and a name right after it, or after a few lower-case words that end in a kind of
// body ("analytics firm Qlik") or a place's possessive ("Taiwan's Hermes Microvision").
// The object is not a possessor ("to buy HPE's stake"), no word of its kind follows
// it and it is no part of a compound ("U.S.-Saudi"). Headlines with a question or a
// quotation mark are left alone: a pun, a claim.
func (rf *relationFinder) headlineActs() {
	if rf.headline < 0 {
		return
	}
	s := &rf.sents[rf.headline]
	a, b := s.start, s.b
	for k := a; k < b; k++ {
		if t := &rf.toks[k]; t.kind == tOpenQ || t.kind == tCloseQ || rf.tok(k) == "?" || rf.punct(k, '\'') || rf.punct(k, '"') {
			return
		}
	}
	k := rf.headlinePrefix(a, b)
	subj, v := rf.headlineEntity(k, b)
	if subj < 0 || v >= b {
		return
	}
	w := rf.low(v)
	if (w == "agrees" || w == "agree") && rf.is(v+1, wTo) {
		v++
		w = "to"
	}
	if w == "to" {
		v++
		w = rf.low(v)
		if strings.HasSuffix(w, "s") {
			return // "to meets": no base form
		}
	} else if !strings.HasSuffix(w, "s") {
		return // a base form with no "to": "Trump allies meet" is no headline's present
	}
	pred, ok := headlineActVerbs[w]
	if !ok || v+1 >= b {
		return
	}
	o := v + 1
	if pred == "investsIn" {
		if !rf.is(o, wIn) {
			return // "to invest $436 million on new solar capacity"
		}
		o++
	}
	o = rf.headlineObjectStart(o, b)
	obj, end := rf.headlineEntity(o, b)
	if obj < 0 || obj == subj {
		return
	}
	if end < b && (rf.is(end, wAposS, wRsquoS) || rf.toks[end].kind == tWord && rf.toks[end].feat&lxFunc == 0 && !rf.toks[end].has(fCap)) {
		return // "to buy HPE's stake", "buys Acme shares": the name describes the object
	}
	if end < b && !rf.toks[end].has(fSpace) && !rf.punct(end, ',') && !rf.punct(end, ':') && !rf.punct(end, ';') {
		return // "bashes U.S.-Saudi Arabia relations": the name is part of a compound
	}
	sj, ob := rf.ents[subj].name, rf.ents[obj].name
	if !rf.subjectFits(pred, sj) || !rf.objectFits(pred, ob) {
		return
	}
	rf.addRelation(rf.headline, sj, pred, ob, rf.span(a, b))
}

// headlinePrefix returns the token where a headline's subject starts, from a: past a
// title ("President Barack Obama") or a place's possessive ("Canada's OpenText").
func (rf *relationFinder) headlinePrefix(a, b int) int {
	k := a
	for k+1 < b && rf.toks[k].has(fCap) {
		if r, ok := titleRole[rf.tok(k)]; !ok || r == "" {
			break
		}
		k++
	}
	if k+2 < b && rf.is(k+1, wAposS, wRsquoS) {
		if e := rf.headlineName(k, k+1); e >= 0 && rf.ents[e].typ == kg.Place {
			return k + 2
		}
	}
	return k
}

// headlineObjectStart returns where the name after a headline's verb starts, from o:
// past a place's possessive ("Taiwan's Hermes Microvision") or at most five lower-case
// words, no function word among them, the last a kind of body or a role ("analytics
// firm Qlik", "self-driving car startup Cruise"); else o.
func (rf *relationFinder) headlineObjectStart(o, b int) int {
	if o+2 < b && rf.is(o+1, wAposS, wRsquoS) {
		if e := rf.headlineName(o, o+1); e >= 0 && rf.ents[e].typ == kg.Place {
			return o + 2
		}
	}
	for j := o; j < b && j < o+5; j++ {
		t := &rf.toks[j]
		if t.kind != tWord || t.has(fCap) || t.feat&lxFunc != 0 {
			return o
		}
		if w := rf.low(j); (orgKindNoun(w) || rf.in(j, describedBodyKinds)) && j+1 < b && rf.toks[j+1].has(fCap) {
			return j + 1
		}
	}
	return o
}

// headlineEntity returns the entity that the longest run of capitalised words from k
// names, and the token after the run, or -1 (headlineName).
func (rf *relationFinder) headlineEntity(k, b int) (int, int) {
	end := k
	for end < b && end < k+6 && rf.toks[end].kind == tWord && rf.toks[end].has(fCap) {
		end++
	}
	for e := end; e > k; e-- {
		if ei := rf.headlineName(k, e); ei >= 0 {
			return ei, e
		}
	}
	return -1, k
}

// headlineName returns the one entity the words k..e-1 of the headline name: its name
// or an alias, the first words of an organization's name ("Oracle" for Oracle Corp,
// "Thoma Bravo" for Thoma Bravo LLC), or a person's family name ("Trump"); -1 when
// none or more than one.
func (rf *relationFinder) headlineName(k, e int) int {
	run := rf.span(k, e)
	found := -1
	for i := range rf.ents {
		en := rf.ents[i]
		if en.dropped {
			continue
		}
		match := en.name == run
		for _, al := range en.aliases {
			match = match || al == run
		}
		switch en.typ {
		case kg.Organization:
			match = match || len(run) >= 3 && strings.HasPrefix(en.name, run+" ")
		case kg.Person:
			match = match || e == k+1 && strings.HasSuffix(en.name, " "+run)
		}
		if !match {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}
