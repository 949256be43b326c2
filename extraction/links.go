package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Relations that news states with a phrase rather than a verb and its object: who
// carried out an attack, who claimed it, which alliance a country belongs to, which
// group another is linked to, who shut what where, and a party's country.

// links reads the phrase-borne relations of sentence si.
func (d *doc) links(si int) {
	s := &d.sents[si]
	for v := s.start; v < s.b; v++ {
		if d.quoteOf[v] != 0 || d.toks[v].kind != tWord {
			continue
		}
		switch w := d.low(v); {
		case (w == "carried" || w == "carry" || w == "carries") && d.is(v+1, "out"):
			d.carriedOut(si, v)
		case w == "part" && d.is(v-1, "as") && d.is(v+1, "of"):
			d.partOfAlliance(si, v)
		case (w == "linked" || w == "tied" || w == "affiliated" || w == "allied") && d.is(v+1, "to", "with"):
			d.linkedTo(si, v)
		case w == "shut" || w == "closed" || w == "shuts" || w == "closes":
			d.shuts(si, v)
		case (w == "attacker" || w == "attackers" || w == "bomber" || w == "bombers" || w == "gunman" || w == "gunmen" || w == "assailant" || w == "assailants") && !d.toks[v].has(fCap):
			d.attackerFrom(si, v)
		case (w == "warning" || w == "threat") && d.is(v+1, "from"):
			d.warningFrom(si, v)
		}
	}
}

// mainSpot is where the main event struck at its most precise: a street, square or
// building named in a sentence that states it ("hit part of Istiklal Street"), else the
// main place.
func (d *doc) mainSpot() string {
	if len(d.out.Events) > 0 && d.out.Events[0].Main {
		spot := ""
		first := -1
		for si := range d.sents {
			if d.sents[si].kind == sProse && si != d.headline {
				first = si
				break
			}
		}
		prose := 0
		for si := max(first, 0); si < len(d.sents) && prose < 12 && first >= 0; si++ {
			if d.sents[si].kind != sProse || si == d.headline {
				continue
			}
			prose++
			s := &d.sents[si]
			states := false
			for k := s.start; k < s.b; k++ {
				if d.eventAt(k) != "" && !d.otherEventWord(si, k) {
					states = true
				}
			}
			if !states {
				continue
			}
			for k := s.start; k < s.b && spot == ""; k++ {
				if e := d.entityOf(k); e >= 0 && d.ents[e].typ == kg.Place && spotHeads[strings.ToLower(lastWord(d.entName(e)))] {
					spot = d.entName(e)
				}
			}
			if spot != "" {
				break
			}
		}
		if spot != "" {
			return spot
		}
	}
	if d.mainPlace != "" {
		return d.mainPlace
	}
	return d.mainCountry
}

// carriedOut: "the outlawed Kurdistan Workers Party (PKK) or an affiliate carried out the
// attack": the group attacks the place the article's attack struck.
func (d *doc) carriedOut(si, v int) {
	o := v + 2
	if !d.is(o, "the") || eventNoun(d.low(o+1)) == "" && !d.is(o+2, "attack", "attacks", "bombing", "bombings") {
		return // "looking to carry out attacks": no particular attack
	}
	g := v - 1
	for g > d.sents[si].start && betweenSubjectAndVerb[d.low(g)] {
		g--
	}
	// "X or an affiliate", "X or its allies"
	if d.is(g, "affiliate", "affiliates", "allies", "ally", "supporters") {
		for g > d.sents[si].start && !d.is(g, "or", "and") {
			g--
		}
		g--
	}
	subj := ""
	if d.punct(g, ')') {
		subj = d.entityBefore(g+1, d.sents[si].start)
	} else if e := d.entityOf(g); e >= 0 && !d.mentions[d.entAt[g]].demonym {
		subj = d.entName(e)
	}
	if subj == "" {
		return
	}
	d.addRelation(si, subj, "attacks", d.mainSpot(), d.span(max(d.sents[si].start, g-2), min(d.sents[si].b, v+4)))
}

// attackerFrom: "evidence suggested the attacker was likely from the outlawed Kurdistan
// Workers Party (PKK) or the Islamic State militant group": each group named attacks
// the place the attack struck.
func (d *doc) attackerFrom(si, v int) {
	s := &d.sents[si]
	k := v + 1
	for k < s.b && k <= v+5 && !d.is(k, "from", "of") {
		if !d.is(k, "was", "were", "is", "are", "likely", "probably", "possibly", "believed", "thought", "to", "be", "a", "member", "members") {
			return
		}
		k++
	}
	if !d.is(k, "from", "of") || !d.is(v-1, "the") && !d.is(v-1, "an", "a") {
		return
	}
	place := d.attackPlace(si)
	if place == d.mainPlace || place == d.mainCountry {
		place = d.mainSpot()
	}
	for j := k + 1; j < s.b && j <= k+16; j++ {
		if d.punct(j, ',') || d.punct(j, ';') || d.toks[j].kind == tStop {
			break
		}
		if e := d.entityOf(j); e >= 0 {
			m := &d.mentions[d.entAt[j]]
			if t := d.ents[e].typ; (t == kg.Organization || t == kg.Group) && !m.demonym {
				d.addRelation(si, d.entName(e), "attacks", place, d.span(v, min(s.b, m.b)))
			}
			j = m.b - 1
		}
	}
}

// partOfAlliance: "As part of a U.S.-led coalition, it is fighting Islamic State": the
// subject of the main clause is a member of the coalition.
func (d *doc) partOfAlliance(si, v int) {
	s := &d.sents[si]
	alliance := ""
	c := -1
	for j := v + 2; j < s.b && j <= v+8; j++ {
		if d.punct(j, ',') {
			c = j
			break
		}
		if e := d.entityOf(j); e >= 0 && (d.ents[e].typ == kg.Organization || d.ents[e].typ == kg.Group) {
			alliance = d.entName(e)
		}
	}
	if alliance == "" || c < 0 {
		return
	}
	member := ""
	if d.is(c+1, "it", "they") {
		member = d.itSubject(si, c+1, 0)
	} else if e := d.entityOf(c + 1); e >= 0 {
		member = d.entName(e)
	}
	if member != "" && member != alliance {
		d.addRelation(si, member, "memberOf", alliance, d.span(v-1, min(s.b, c+3)))
	}
}

// linkedTo: "Jemaah Islamiyah, the now crushed Southeast Asian terrorist group that was
// linked to Al Qaeda", "an Islamic State-linked group".
func (d *doc) linkedTo(si, v int) {
	s := &d.sents[si]
	g := v - 1
	for g > s.start && betweenSubjectAndVerb[d.low(g)] {
		g--
	}
	subj := ""
	switch {
	case d.is(g, "that", "which", "who"):
		// the noun the clause modifies, or the entity its appositive describes
		if e := d.entityOf(g - 1); e >= 0 {
			subj = d.entName(e)
			break
		}
		for j := g - 1; j > s.start && j > g-12; j-- {
			if d.punct(j, ',') {
				subj = d.entityBefore(j, s.start)
				break
			}
		}
	default:
		if e := d.entityOf(g); e >= 0 && !d.mentions[d.entAt[g]].demonym && !d.afterPreposition(d.mentions[d.entAt[g]].a, s.start) {
			subj = d.entName(e)
		}
	}
	if subj == "" {
		return
	}
	o := v + 2
	if d.is(o, "the") {
		o++
	}
	if e := d.entityOf(o); e >= 0 && d.ents[e].typ != kg.Place {
		d.addRelation(si, subj, "linkedTo", d.entName(e), d.span(v, min(s.b, d.mentions[d.entAt[o]].b)))
	}
}

// shuts: "Germany, which this week shut its embassy, consulate and schools in Ankara and
// Istanbul": the places where something was shut.
func (d *doc) shuts(si, v int) {
	s := &d.sents[si]
	subj := d.actionSubject(si, v)
	if subj == "" || strings.Contains(subj, "\x00") || d.passive(si, v) {
		return
	}
	// what was shut must be a facility or a border, and where follows "in"
	what := false
	for j := v + 1; j < s.b && j <= v+12; j++ {
		switch d.low(j) {
		case "embassy", "embassies", "consulate", "consulates", "schools", "school", "border", "borders",
			"office", "offices", "mission", "missions", "airport", "airports", "plant", "plants", "factory",
			"factories", "stores", "branches":
			what = true
		case "in":
			if !what {
				return
			}
			for k := j + 1; k < s.b && k <= j+6; k++ {
				if e := d.entityOf(k); e >= 0 && d.ents[e].typ == kg.Place {
					d.addRelation(si, subj, "shuts", d.entName(e), d.span(v, min(s.b, d.mentions[d.entAt[k]].b)))
					k = d.mentions[d.entAt[k]].b - 1
					continue
				}
				if !d.is(k, "and", "the") && !d.punct(k, ',') {
					break
				}
			}
			return
		}
		if d.punct(j, ';') || d.toks[j].kind == tStop {
			return
		}
	}
}

// warningFrom: "a warning from the Islamic State militant group that “there will be a
// concert” in Indonesia": the group warns the place the warning is about.
func (d *doc) warningFrom(si, v int) {
	s := &d.sents[si]
	src := ""
	j := v + 2
	for ; j < s.b && j <= v+6; j++ {
		if e := d.entityOf(j); e >= 0 && (d.ents[e].typ == kg.Organization || d.ents[e].typ == kg.Group) {
			src = d.entName(e)
			j = d.mentions[d.entAt[j]].b
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
		if d.is(j, "that") || d.toks[j].kind == tOpenQ {
			said = true
		}
		if !said {
			continue
		}
		if e := d.entityOf(j); e >= 0 && d.ents[e].typ == kg.Place && !d.mentions[d.entAt[j]].demonym && d.is(j-1, "in", "on", "against") {
			pred := "warns"
			if d.low(v) == "threat" {
				pred = "threatens"
			}
			d.addRelation(si, src, pred, d.entName(e), d.span(v, min(s.b, d.mentions[d.entAt[j]].b)))
			return
		}
	}
}

// partyOf: "Turkey's Peoples' Democratic Party (HDP), a Kurdish-rooted opposition party":
// an organization described as a party of a country.
func (d *doc) partyOf(mi int) {
	m := &d.mentions[mi]
	if m.ent < 0 || d.ents[m.ent].typ != kg.Organization {
		return
	}
	s := &d.sents[m.sent]
	k := m.b
	if d.punct(k, '(') {
		for k < s.b && !d.punct(k, ')') {
			k++
		}
		k++
	}
	if !d.punct(k, ',') {
		return
	}
	role := ""
	end := k + 1
	for ; end < s.b && end <= k+8 && !d.punct(end, ','); end++ {
		if d.is(end, "party") {
			switch {
			case d.is(end-1, "opposition"):
				role = "opposition party"
			case d.is(end-1, "ruling", "governing"):
				role = "ruling party"
			}
		}
	}
	if role == "" {
		return
	}
	country := ""
	if (d.tok(m.a-1) == "'s" || d.tok(m.a-1) == "’s") && d.entityOf(m.a-2) >= 0 {
		country = d.entName(d.entityOf(m.a - 2))
	}
	if country == "" {
		country = d.mainCountry
	}
	d.addRelation(m.sent, d.entName(m.ent), rolePredicate(role), country, d.span(m.a, end))
}
