package extraction

import (
	"github.com/factgraph/kg"
)

// Relations that news states with a phrase rather than a verb and its object: who
// carried out an attack, who claimed it, which alliance a country belongs to, which
// group another is linked to, who shut what where, and a party's country.

// links reads the phrase-borne relations of sentence si.
func (rf *relationFinder) links(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wCarried, wCarry, wCarries, wPart, wLinked, wTied, wAffiliated, wAllied, wShut, wClosed, wShuts, wCloses,
		wAttacker, wAttackers, wBomber, wBombers, wGunman, wGunmen, wAssailant, wAssailants, wWarning, wThreat, wAllegiance,
		wWorks, wWorked, wWorking, wWork) {
		return // sentindex.go: none of the words the switch below opens on
	}
	for v := s.start; v < s.b; v++ {
		if rf.quoteOf[v] != 0 || rf.toks[v].kind != tWord {
			continue
		}
		switch w := rf.low(v); {
		case (w == "carried" || w == "carry" || w == "carries") && rf.is(v+1, wOut):
			rf.carriedOut(si, v)
		case w == "part" && rf.is(v-1, wAs) && rf.is(v+1, wOf):
			rf.partOfAlliance(si, v)
		case (w == "linked" || w == "tied" || w == "affiliated" || w == "allied") && rf.is(v+1, wTo, wWith):
			rf.linkedTo(si, v)
		case w == "shut" || w == "closed" || w == "shuts" || w == "closes":
			rf.shuts(si, v)
		case (w == "attacker" || w == "attackers" || w == "bomber" || w == "bombers" || w == "gunman" || w == "gunmen" || w == "assailant" || w == "assailants") && !rf.toks[v].has(fCap):
			rf.attackerFrom(si, v)
		case (w == "warning" || w == "threat") && rf.is(v+1, wFrom):
			rf.warningFrom(si, v)
		case w == "allegiance":
			rf.allegiance(si, v) // allegiance.go
		case (w == "works" || w == "worked" || w == "working" || w == "work") && rf.is(v+1, wFor, wAt):
			rf.workedFor(si, v) // workplaces.go
		}
	}
}

// carriedOut: "the outlawed Kurdistan Workers Party (PKK) or an affiliate carried out the
// attack": the group attacks the place the article's attack struck.
func (rf *relationFinder) carriedOut(si, v int) {
	o := v + 2
	if !rf.is(o, wThe) || eventNoun(rf.low(o+1)) == "" && !rf.is(o+2, wAttack, wAttacks, wBombing, wBombings) {
		return // "looking to carry out attacks": no particular attack
	}
	g := v - 1
	for g > rf.sents[si].start && rf.in(g, betweenSubjectAndVerb) {
		g--
	}
	// "X or an affiliate", "X or its allies"
	if rf.is(g, wAffiliate, wAffiliates, wAllies, wAlly, wSupporters) {
		for g > rf.sents[si].start && !rf.is(g, wOr, wAnd) {
			g--
		}
		g--
	}
	subj := ""
	if rf.punct(g, ')') {
		subj = rf.entityBefore(g+1, rf.sents[si].start)
	} else if e := rf.entityOf(g); e >= 0 && !rf.mentions[rf.entAt[g]].demonym {
		subj = rf.entName(e)
	}
	if subj == "" {
		return
	}
	rf.addRelation(si, subj, "attacks", rf.mainSpot(), rf.span(max(rf.sents[si].start, g-2), min(rf.sents[si].b, v+4)))
}

// attackerFrom: "evidence suggested the attacker was likely from the outlawed Kurdistan
// Workers Party (PKK) or the Islamic State militant group": each group named attacks
// the place the attack struck.
func (rf *relationFinder) attackerFrom(si, v int) {
	s := &rf.sents[si]
	k := v + 1
	for k < s.b && k <= v+5 && !rf.is(k, wFrom, wOf) {
		if !rf.is(k, wWas, wWere, wIs, wAre, wLikely, wProbably, wPossibly, wBelieved, wThought, wTo, wBe, wA, wMember, wMembers) {
			return
		}
		k++
	}
	if !rf.is(k, wFrom, wOf) || !rf.is(v-1, wThe) && !rf.is(v-1, wAn, wA) {
		return
	}
	place := rf.attackPlace(si)
	if place == rf.mainPlace || place == rf.mainCountry {
		place = rf.mainSpot()
	}
	for j := k + 1; j < s.b && j <= k+16; j++ {
		if rf.punct(j, ',') || rf.punct(j, ';') || rf.toks[j].kind == tStop {
			break
		}
		if e := rf.entityOf(j); e >= 0 {
			m := &rf.mentions[rf.entAt[j]]
			if t := rf.ents[e].typ; (t == kg.Organization || t == kg.Group) && !m.demonym {
				rf.addRelation(si, rf.entName(e), "attacks", place, rf.span(v, min(s.b, m.b)))
			}
			j = m.b - 1
		}
	}
}

// partOfAlliance: "As part of a U.S.-led coalition, it is fighting Islamic State": the
// subject of the main clause is a member of the coalition.
func (rf *relationFinder) partOfAlliance(si, v int) {
	s := &rf.sents[si]
	alliance := ""
	c := -1
	for j := v + 2; j < s.b && j <= v+8; j++ {
		if rf.punct(j, ',') {
			c = j
			break
		}
		if e := rf.entityOf(j); e >= 0 && (rf.ents[e].typ == kg.Organization || rf.ents[e].typ == kg.Group) {
			alliance = rf.entName(e)
		}
	}
	if alliance == "" || c < 0 {
		return
	}
	member := ""
	if rf.is(c+1, wIt, wThey) {
		member = rf.itSubject(si, c+1, 0)
	} else if e := rf.entityOf(c + 1); e >= 0 {
		member = rf.entName(e)
	}
	if member != "" && member != alliance {
		rf.addRelation(si, member, "memberOf", alliance, rf.span(v-1, min(s.b, c+3)))
	}
}

// linkedTo: "Jemaah Islamiyah, the now crushed Southeast Asian terrorist group that was
// linked to Al Qaeda", "an Islamic State-linked group".
func (rf *relationFinder) linkedTo(si, v int) {
	s := &rf.sents[si]
	g := v - 1
	for g > s.start && rf.in(g, betweenSubjectAndVerb) {
		g--
	}
	subj := ""
	switch {
	case rf.is(g, wThat, wWhich, wWho):
		// the noun the clause modifies, or the entity its appositive describes
		if e := rf.entityOf(g - 1); e >= 0 {
			subj = rf.entName(e)
			break
		}
		for j := g - 1; j > s.start && j > g-12; j-- {
			if rf.punct(j, ',') {
				subj = rf.entityBefore(j, s.start)
				break
			}
		}
	default:
		if e := rf.entityOf(g); e >= 0 && !rf.mentions[rf.entAt[g]].demonym && !rf.afterPreposition(rf.mentions[rf.entAt[g]].a, s.start) {
			subj = rf.entName(e)
		}
	}
	if subj == "" {
		return
	}
	o := v + 2
	if rf.is(o, wThe) {
		o++
	}
	if e := rf.entityOf(o); e >= 0 && rf.ents[e].typ != kg.Place {
		rf.addRelation(si, subj, "linkedTo", rf.entName(e), rf.span(v, min(s.b, rf.mentions[rf.entAt[o]].b)))
	}
}

// shuts: "Germany, which this week shut its embassy, consulate and schools in Ankara and
// Istanbul": the places where something was shut.
func (rf *relationFinder) shuts(si, v int) {
	s := &rf.sents[si]
	subj := rf.actionSubject(si, v)
	if subj == "" || nameList(subj).several() || rf.passive(si, v) {
		return
	}
	// what was shut must be a facility or a border, and where follows "in"
	what := false
	for j := v + 1; j < s.b && j <= v+12; j++ {
		switch rf.low(j) {
		case "embassy", "embassies", "consulate", "consulates", "schools", "school", "border", "borders",
			"office", "offices", "mission", "missions", "airport", "airports", "plant", "plants", "factory",
			"factories", "stores", "branches":
			what = true
		case "in":
			if !what {
				return
			}
			for k := j + 1; k < s.b && k <= j+6; k++ {
				if e := rf.entityOf(k); e >= 0 && rf.ents[e].typ == kg.Place {
					rf.addRelation(si, subj, "shuts", rf.entName(e), rf.span(v, min(s.b, rf.mentions[rf.entAt[k]].b)))
					k = rf.mentions[rf.entAt[k]].b - 1
					continue
				}
				if !rf.is(k, wAnd, wThe) && !rf.punct(k, ',') {
					break
				}
			}
			return
		}
		if rf.punct(j, ';') || rf.toks[j].kind == tStop {
			return
		}
	}
}

// warningFrom: "a warning from the Islamic State militant group that “there will be a
// concert” in Indonesia": the group warns the place the warning is about.
func (rf *relationFinder) warningFrom(si, v int) {
	s := &rf.sents[si]
	src := ""
	j := v + 2
	for ; j < s.b && j <= v+6; j++ {
		if e := rf.entityOf(j); e >= 0 && (rf.ents[e].typ == kg.Organization || rf.ents[e].typ == kg.Group) {
			src = rf.entName(e)
			j = rf.mentions[rf.entAt[j]].b
			break
		}
	}
	if src == "" {
		return
	}
	// what the warning says follows "that" or a quote: "a warning from X that “there will
	// be a concert” in Indonesia" (not "a threat from the PYD, Kurdish groups in Syria")
	said := false
	for ; j < s.b && j <= v+30; j++ {
		if rf.is(j, wThat) || rf.toks[j].kind == tOpenQ {
			said = true
		}
		if !said {
			continue
		}
		if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ == kg.Place && !rf.mentions[rf.entAt[j]].demonym && rf.is(j-1, wIn, wOn, wAgainst) {
			pred := "warns"
			if rf.low(v) == "threat" {
				pred = "threatens"
			}
			rf.addRelation(si, src, pred, rf.entName(e), rf.span(v, min(s.b, rf.mentions[rf.entAt[j]].b)))
			return
		}
	}
}
