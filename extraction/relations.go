package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// actionVerbs maps news verbs to action predicates of the schema vocabulary.
var actionVerbs = wordValues("action-verbs")

func (d *doc) addRelation(si int, subj, pred, obj, text string) {
	if subj == "" || obj == "" || subj == obj || !kg.IsPredicate(pred) {
		return
	}
	for _, r := range d.out.Relations {
		if r.Subject == subj && r.Predicate == pred && r.Object == obj {
			return
		}
	}
	src := ""
	if si >= 0 && si < len(d.sents) {
		if k := d.sents[si].start; k < len(d.quoteOf) && d.quoteOf[k] > 0 {
			src = d.quoteSrc[d.quoteOf[k]-1]
		}
	}
	d.out.Relations = append(d.out.Relations, kg.Relation{Subject: subj, Predicate: pred, Object: obj, Source: src, Sentence: si, Text: text})
}

// rolePredicate finds the predicate of a role title: the title itself, else its longest
// ending in the vocabulary ("information officer" → officerOf).
func rolePredicate(role string) string {
	role = strings.ToLower(strings.TrimSpace(role))
	for role != "" {
		if kg.IsRole(role) {
			return kg.RolePredicate(role)
		}
		i := strings.IndexByte(role, ' ')
		if i < 0 {
			break
		}
		role = role[i+1:]
	}
	return ""
}

func (d *doc) findRelations() {
	d.out.Relations = nil
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.sent == d.headline {
			continue
		}
		s := &d.sents[m.sent]
		if s.kind != sProse {
			continue
		}
		d.titleRoles(mi)
		d.preRoles(mi)
		d.appositive(mi)
		d.partyOf(mi)
	}
	for si := range d.sents {
		s := &d.sents[si]
		if s.kind != sProse || si == d.headline {
			continue
		}
		d.actions(si)
		d.links(si)
		d.places(si)
	}
	d.gazetteerPlaces()
	d.reportedPlaces()
}

// attackPlace: the place an attack in sentence si hit: a place the sentence names, else
// the article's main place.
func (d *doc) attackPlace(si int) string {
	s := &d.sents[si]
	for k := s.start; k < s.b; k++ {
		if e := d.entityOf(k); e >= 0 && d.ents[e].typ == kg.Place && !d.mentions[d.entAt[k]].demonym {
			return d.entName(e)
		}
	}
	if d.mainPlace != "" {
		return d.mainPlace
	}
	return d.mainCountry
}

// reportedPlaces: "…, according to the U.S. Geological Survey" in a sentence that names a
// place: the organization reports on that place.
func (d *doc) reportedPlaces() {
	for si := range d.sents {
		s := &d.sents[si]
		if s.kind != sProse || si == d.headline {
			continue
		}
		src := ""
		for k := s.start; k+1 < s.b; k++ {
			if d.is(k, "according") && d.is(k+1, "to") {
				for j := k + 2; j < s.b && j < k+10; j++ {
					if e := d.entityOf(j); e >= 0 && d.ents[e].typ == kg.Organization {
						src = d.entName(e)
						break
					}
				}
			}
		}
		if src == "" {
			continue
		}
		// the place where something is reported to be ("has struck southern Taiwan", "was
		// in Kaohsiung"), not a place in the attribution or a subject
		for k := s.start; k < s.b; k++ {
			if d.is(k, "according") && d.is(k+1, "to") {
				break
			}
			e := d.entityOf(k)
			if e < 0 || d.ents[e].typ != kg.Place || d.mentions[d.entAt[k]].demonym {
				continue
			}
			m := &d.mentions[d.entAt[k]]
			k = m.b - 1
			p := m.a - 1
			for p > s.start && m.a-p < 3 && !d.is(p, "in", "near", "of", "struck", "hit", "rocked", "shook", "off") && d.toks[p].kind == tWord && !d.toks[p].has(fCap) && d.toks[p].feat&lxFunc == 0 {
				p-- // "southern"
			}
			if d.is(p, "in", "near", "of", "struck", "hit", "rocked", "shook", "off") {
				d.addRelation(si, src, "reports", d.entName(e), d.span(s.start, min(s.b, s.start+8)))
				break
			}
		}
	}
}

// titleRoles: "Health Minister Mehmet Muezzinoglu", "Tainan City Mayor Lai Ching-Te",
// "U.S. Secretary of State John Kerry".
func (d *doc) titleRoles(mi int) {
	m := &d.mentions[mi]
	if m.role == "" || d.ents[m.ent].typ != kg.Person {
		return
	}
	pred := rolePredicate(m.role)
	if pred == "" {
		return
	}
	obj := ""
	if m.roleOrgM >= 0 && d.mentions[m.roleOrgM].ent >= 0 {
		obj = d.entName(d.mentions[m.roleOrgM].ent)
	} else if m.roleOrg != "" {
		obj = m.roleOrg
	}
	// "Republican Texas Senator Ted Cruz": the party is a side, Texas the office's place
	if f := strings.Fields(obj); len(f) > 1 && partyWords[f[0]] {
		obj = strings.Join(f[1:], " ")
	} else if len(f) == 1 && partyWords[f[0]] {
		obj = ""
	}
	if obj == "" {
		obj = d.orgBefore(m.sent, m.ta)
	}
	if obj == "" && isNationalRole(m.role) {
		obj = d.countryServed(m.ent)
	}
	d.addRelation(m.sent, d.entName(m.ent), pred, obj, d.span(m.ta, m.b))
}

func isLocalRole(role string) bool {
	return strings.HasSuffix(role, "mayor") || role == "police chief" || role == "governor" || role == "sheriff"
}

func isNationalRole(role string) bool {
	e := lexicon[role]
	if e != nil && e.feat&lxNationalRole != 0 {
		return true
	}
	return strings.HasSuffix(role, "minister") || role == "president" || role == "prime minister"
}

// orgBefore: "X's" or "ORG ROLE NAME" where the organization is the mention just before.
func (d *doc) orgBefore(si, ta int) string {
	k := ta - 1
	if k >= d.sents[si].start && d.tok(k) == "'s" || d.tok(k) == "’s" {
		k--
	}
	if e := d.entityOf(k); e >= 0 && d.ents[e].typ != kg.Person {
		return d.entName(e)
	}
	return ""
}

// preRoles: lower-case role words before a name: "French Foreign Ministry spokesman Bernard
// Valero", "UN humanitarian chief Valerie Amos", "NATO member Turkey", "Tainan fire
// department information officer Lee Po Min", "Chinese state news agency Xinhua".
func (d *doc) preRoles(mi int) {
	m := &d.mentions[mi]
	s := &d.sents[m.sent]
	e := d.ents[m.ent]
	end := m.ta // first token of the title, or of the name
	a := end
	for a > s.start && end-a < 5 && d.toks[a-1].kind == tWord && !d.toks[a-1].has(fCap) && d.toks[a-1].feat&(lxFunc|lxSpeech) == 0 && d.entAt[a-1] < 0 {
		a--
	}
	if a == end {
		return
	}
	// the longest role at the end of the words
	role := ""
	ra := end
	for k := a; k < end; k++ {
		cand := strings.ToLower(d.span(k, end))
		if roleNouns[cand] {
			role, ra = cand, k
			break
		}
	}
	if role == "" {
		if e.typ == kg.Organization && d.is(end-1, "agency") && d.is(end-2, "news") {
			role, ra = "news agency", end-2
			for ra > a && d.toks[ra-1].kind == tWord {
				ra--
			}
		} else {
			return
		}
	}
	pred := rolePredicate(role)
	if pred == "" {
		return
	}
	if e.typ != kg.Person && role != "member" && role != "news agency" {
		return
	}
	// the organization: lower-case words before the role ending in an organization noun,
	// with the entity before them ("Tainan fire department"), or the entity itself
	obj := ""
	if ra > a {
		if d.toks[ra-1].feat&lxOrgHead != 0 {
			st := a
			if e2 := d.entityOf(a - 1); e2 >= 0 {
				st = d.mentions[d.entAt[a-1]].a
			}
			obj = d.span(st, ra)
		}
	}
	if obj == "" {
		if e2 := d.entityOf(a - 1); e2 >= 0 && d.ents[e2].typ != kg.Person {
			obj = d.entName(e2)
		} else if e2 := d.entityOf(a - 2); e2 >= 0 && (d.tok(a-1) == "'s" || d.tok(a-1) == "’s") {
			obj = d.entName(e2)
		}
	}
	if obj == "" {
		// a bare title ("spokeswoman Elizabeth Sun"): the organization the sentence names
		for k := s.start; k < s.b; k++ {
			if e2 := d.entityOf(k); e2 >= 0 && d.ents[e2].typ == kg.Organization && e2 != m.ent {
				obj = d.entName(e2)
				break
			}
		}
	}
	if obj == "" && isNationalRole(role) {
		obj = d.countryServed(m.ent)
	}
	if obj == "" && isLocalRole(role) {
		obj = d.mainPlace
	}
	d.addRelation(m.sent, e.name, pred, obj, d.span(a, m.b))
}

// appositive: "Burhan Ghalioun, the head of the Syrian National Council", "Jeremy Douglas,
// a United Nations official", "Annan, who was appointed the United Nations and Arab League
// envoy to Syria", "Liu Shih-chung, city government deputy secretary general".
func (d *doc) appositive(mi int) {
	m := &d.mentions[mi]
	s := &d.sents[m.sent]
	e := d.ents[m.ent]
	if e.typ != kg.Person {
		return
	}
	if d.punct(m.ta-1, ',') {
		d.reversedAppositive(mi)
	}
	if !d.punct(m.b, ',') {
		return
	}
	k := m.b + 1
	if d.is(k, "who") {
		// who was appointed|named|elected …
		j := k + 1
		for j < s.b && j < k+4 && d.is(j, "was", "is", "has", "had", "been", "recently", "later") {
			j++
		}
		if !d.is(j, "appointed", "named", "elected", "made") {
			return
		}
		k = j + 1
	}
	end := k
	for end < s.b && end-k < 18 && !d.punct(end, ',') && d.toks[end].kind != tStop && !d.is(end, "who", "said", "says", "told", "based") {
		end++
	}
	for k < end && d.is(k, "the", "a", "an", "its", "his", "her") {
		k++
	}
	if k >= end {
		return
	}
	// the role: the longest role-noun run in the phrase
	role, ra, rb := "", -1, -1
	for i := k; i < end; i++ {
		for j := min(end, i+maxRoleLen); j > i; j-- {
			cand := strings.ToLower(d.span(i, j))
			if roleNouns[cand] {
				role, ra, rb = cand, i, j
				break
			}
		}
		if role != "" {
			break
		}
	}
	if role == "" {
		return
	}
	pred := rolePredicate(role)
	if pred == "" {
		return
	}
	// objects: organizations named in the phrase (all of "the United Nations and Arab League"), else a place,
	// else the lower-case organization before the role ("city government")
	var objs []string
	place := ""
	for i := k; i < end; i++ {
		e2 := d.entityOf(i)
		if e2 < 0 || e2 == m.ent {
			continue
		}
		switch d.ents[e2].typ {
		case kg.Organization, kg.Group:
			name := d.entName(e2)
			if len(objs) == 0 || objs[len(objs)-1] != name {
				objs = append(objs, name)
			}
		case kg.Place:
			if place == "" && !d.mentions[d.entAt[i]].demonym {
				place = d.entName(e2)
			}
		case kg.Person:
			if i < ra {
				// "Joko Widodo's cabinet secretary"
				objs = append(objs, d.entName(e2))
			}
		}
	}
	if len(objs) == 0 && rb < end && d.is(rb, "of", "for", "at") {
		// "head of the Indonesian armed forces": a lower-case organization
		j := rb + 1
		if d.is(j, "the") {
			j++
		}
		if j < end && d.toks[end-1].feat&lxOrgHead != 0 {
			objs = append(objs, d.span(j, end))
		}
	}
	if len(objs) == 0 && ra > k && d.toks[ra-1].feat&lxOrgHead != 0 {
		objs = append(objs, d.span(k, ra))
	}
	if len(objs) == 0 && place != "" {
		objs = append(objs, place)
	}
	for _, o := range objs {
		d.addRelation(m.sent, e.name, pred, o, d.span(m.a, end))
	}
}

// actions reads who did what to whom in sentence si with the verbs of actionVerbs, and
// "spoke to"/"told" a news organization, "claimed responsibility for", "offered assistance".
func (d *doc) actions(si int) {
	s := &d.sents[si]
	for v := s.start; v < s.b; v++ {
		if d.quoteOf[v] != 0 || d.toks[v].kind != tWord {
			continue
		}
		w := d.low(v)
		pred := actionVerbs[w]
		objStart := v + 1
		// a noun carries the relation ("supplier to", "a visit to"): its subject is the
		// clause's
		nominal := false
		switch {
		case w == "spoke" && d.is(v+1, "to", "with"):
			pred, objStart = "spokeTo", v+2
		case w == "told":
			if e := d.entityOf(v + 1); e >= 0 && d.ents[e].typ == kg.Organization {
				pred = "spokeTo"
			}
		case (w == "claimed" || w == "claims" || w == "claim") && d.is(v+1, "responsibility"):
			pred, objStart = "claimsResponsibilityFor", v+2
			if d.is(objStart, "for") {
				objStart++
			}
		case (w == "called" || w == "calls" || w == "call") && d.is(v+1, "for"):
			pred, objStart = "callsFor", v+2
		case (w == "agreed" || w == "agrees") && d.is(v+1, "to"):
			pred, objStart = "agreesTo", v+2
		case (w == "offered" || w == "offers" || w == "provide" || w == "offer") && d.is(v+1, "assistance", "help", "aid"):
			pred, objStart = "offersAssistanceTo", v+2
		case w == "accept" && d.negatedBefore(v, s.start):
			pred = "rejects"
		case w == "visit" && d.is(v+1, "to"):
			pred, objStart, nominal = "visits", v+2, true
		case (w == "supplier" || w == "suppliers" || w == "supplies") && d.is(v+1, "to", "of", "for"):
			pred, objStart, nominal = "suppliesTo", v+2, true
		case w == "maker" && d.is(v+1, "of") && d.is(v+3, "for"):
			pred, objStart, nominal = "suppliesTo", v+4, true
		case (w == "attack" || w == "attacks" || w == "bombing" || w == "bombings") && d.is(v+1, "by"):
			// "a suspected attack by Kurdish militants": the attackers attack the place
			if e := d.entityOf(v + 2); e >= 0 {
				if ob := d.attackPlace(si); ob != "" {
					d.addRelation(si, d.entName(e), "attacks", ob, d.span(v, min(s.b, v+5)))
				}
			} else if e := d.entityOf(v + 3); e >= 0 && d.is(v+2, "the", "a") {
				if ob := d.attackPlace(si); ob != "" {
					d.addRelation(si, d.entName(e), "attacks", ob, d.span(v, min(s.b, v+6)))
				}
			}
			continue
		case (w == "factories" || w == "factory" || w == "plants" || w == "plant" || w == "offices" || w == "facility" || w == "facilities") && d.is(v+1, "in"):
			if e := d.entityOf(v + 2); e >= 0 && d.ents[e].typ == kg.Place {
				if sj := d.clauseSubject(si, v); sj != "" && !strings.Contains(sj, "\x00") {
					d.addRelation(si, sj, "hasFacilityIn", d.entName(e), d.span(v, v+3))
				}
			}
			continue
		case w == "held" && d.is(v+1, "talks"):
			pred, objStart = "meets", v+2
		case w == "blamed":
			// "an attack the government blamed on Islamic State"
			if d.is(v+1, "on") {
				objStart = v + 2
			}
		}
		if pred == "" {
			continue
		}
		if strings.HasSuffix(w, "s") && w != "agrees" && w != "claims" && w != "calls" && pred != "suppliesTo" && d.entityOf(v-1) < 0 {
			continue // "carry out attacks", "visits": a noun here
		}
		if d.is(v+1, "up", "off", "out", "down", "away", "back", "over") && objStart == v+1 {
			continue // "struck up a friendship", "backed off"
		}
		var subj, obj string
		if d.passive(si, v) {
			// "was arrested by Malian police": the agent acts on the subject
			if !d.is(objStart, "by") {
				continue
			}
			if e := d.entityOf(objStart + 1 + b2i(d.is(objStart+1, "the"))); e >= 0 {
				subj = d.entName(e)
			}
			g := v - 1
			for g > s.start && betweenSubjectAndVerb[d.low(g)] {
				g--
			}
			if e := d.entityOf(g); e >= 0 {
				obj = d.entName(e)
			}
			if subj == "" || obj == "" {
				continue
			}
			d.addRelation(si, subj, pred, obj, d.span(v, min(s.b, objStart+4)))
			continue
		}
		if nominal {
			subj = d.clauseSubject(si, v)
		} else {
			subj = d.actionSubject(si, v)
		}
		if subj == "" {
			continue
		}
		if pred == "spokeTo" && d.typeOfName(subj) == kg.Place {
			continue // "Taiwan told Reuters": an official did
		}
		obj = d.actionObject(si, objStart, pred)
		if obj == "" && pred == "offersAssistanceTo" {
			obj = d.mainCountry
		}
		if obj == "" {
			continue
		}
		for _, sj := range strings.Split(subj, "\x00") {
			d.addRelation(si, sj, pred, obj, d.span(v, min(s.b, objStart+4)))
		}
	}
}

// auxiliaries and adverbs that may stand between a subject and its verb.
var betweenSubjectAndVerb = wordSet("between-subject-and-verb")

// actionSubject finds the subject of the verb at v: the entity named right before it
// (auxiliaries and adverbs aside) — "The Syrian opposition has angrily rejected", with
// coordinated subjects ("The U.S., Japan and mainland China offered") — or a pronoun, "the
// government", or the entity a relative clause between them belongs to ("Zarif, who was
// on an official visit to Istanbul, condemned"). A common noun right before the verb
// ("police arrested") means the subject is no entity: it returns "".
func (d *doc) actionSubject(si, v int) string {
	s := &d.sents[si]
	g := v - 1
	for g > s.start && (betweenSubjectAndVerb[d.low(g)] || d.toks[g].kind == tWord && strings.HasSuffix(d.low(g), "ly") && !d.toks[g].has(fCap)) {
		g--
	}
	if g < s.start {
		return ""
	}
	if d.is(g, "government") && d.is(g-1, "the") && d.mainCountry != "" {
		return d.mainCountry
	}
	if d.is(g, "it", "they") {
		return d.itSubject(si, g, 0)
	}
	if d.is(g, "he", "she") {
		return d.pronoun(g)
	}
	// "Germany, which this week shut its embassy": the entity before the relative pronoun
	for j := g; j > s.start && j >= g-4 && !d.punct(j, ','); j-- {
		if d.is(j, "who", "which") && d.punct(j-1, ',') {
			return d.entityBefore(j-1, s.start)
		}
	}
	// "China was willing to provide help": the subject of the verb that governs "to"
	if d.is(g, "to") {
		for j := g - 1; j > s.start && j >= g-4; j-- {
			if d.toks[j].kind != tWord || d.entAt[j] >= 0 {
				if e := d.entityOf(j); e >= 0 {
					return d.entName(e)
				}
				break
			}
		}
		return ""
	}
	// "Ghalioun, the head of the SNC, spoke", "Zarif, who was on a visit to Istanbul,
	// described": the entity before the aside
	if d.punct(g, ',') {
		for j := g - 1; j > s.start && j > g-25; j-- {
			if d.punct(j, ',') {
				return d.entityBefore(j, s.start)
			}
		}
		return ""
	}
	if d.punct(g, ')') {
		for g > s.start && !d.punct(g, '(') {
			g--
		}
		g-- // "Peoples' Democratic Party (HDP) condemned"
	}
	e := d.entityOf(g)
	if e < 0 || d.mentions[d.entAt[g]].demonym || d.afterPreposition(d.mentions[d.entAt[g]].a, s.start) {
		return ""
	}
	subs := []string{d.entName(e)}
	// coordinated subjects: "X, Y and [mainland] Z"
	k := d.mentions[d.entAt[g]].a - 1
	for k > s.start && k > g-30 {
		for k > s.start && d.toks[k].kind == tWord && !d.toks[k].has(fCap) && !d.is(k, "and") && d.entAt[k] < 0 && d.toks[k].feat&lxFunc == 0 {
			k-- // "mainland"
		}
		if !(d.is(k, "and") || d.punct(k, ',')) {
			break
		}
		j := k - 1
		if d.is(k, "and") && d.punct(j, ',') {
			j--
		}
		e2 := d.entityOf(j)
		if e2 < 0 || d.mentions[d.entAt[j]].demonym {
			break
		}
		subs = append([]string{d.entName(e2)}, subs...)
		k = d.mentions[d.entAt[j]].a - 1
	}
	if len(subs) > 1 && !d.coordinated(k, g) {
		return subs[len(subs)-1]
	}
	return strings.Join(subs, "\x00")
}

// countryServed is the country a person with a national role and no organization named
// serves: the one the word lists know them for ("President Obama" in a report from
// Jakarta), else the article's country.
func (d *doc) countryServed(ei int) string {
	e := d.ents[ei]
	if c := leaderOf[e.name]; c != "" {
		return c
	}
	for _, a := range e.aliases {
		if c := leaderOf[a]; c != "" {
			return c
		}
	}
	return d.mainCountry
}

// typeOfName returns the type of the entity named name, or Other.
func (d *doc) typeOfName(name string) kg.EntityType {
	for _, e := range d.ents {
		if !e.dropped && e.name == name {
			return e.typ
		}
	}
	return kg.Other
}

// entityBefore returns the entity that ends right before token c (a comma), across a
// parenthesised acronym ("Peoples' Democratic Party (HDP), a Kurdish-rooted …"), or "".
func (d *doc) entityBefore(c, start int) string {
	j := c - 1
	if d.punct(j, ')') {
		for j > start && !d.punct(j, '(') {
			j--
		}
		j--
	}
	if e := d.entityOf(j); e >= 0 && !d.mentions[d.entAt[j]].demonym {
		return d.entName(e)
	}
	return ""
}

// itSubject resolves "it" or "they" at token k of sentence si to an organization, group or
// place: the subject of the sentence's own main clause before it ("France stated … that
// it cannot accept"), else the subject of the sentence before ("NATO member Turkey faces …
// As part of a U.S.-led coalition, it is fighting …").
func (d *doc) itSubject(si, k, depth int) string {
	s := &d.sents[si]
	for j := s.start; j < k; j++ {
		e := d.entityOf(j)
		if e < 0 {
			continue
		}
		m := &d.mentions[d.entAt[j]]
		j = m.b - 1
		if d.ents[e].typ == kg.Person || m.demonym || d.afterPreposition(m.a, s.start) {
			continue
		}
		return d.entName(e)
	}
	if si == 0 || depth > 2 {
		return ""
	}
	p := si - 1
	for p > 0 && d.sents[p].kind != sProse {
		p--
	}
	return d.subjectOf(p, depth+1)
}

// subjectOf returns the subject of sentence si when it is an entity other than a person:
// the last entity of the noun phrase that opens it ("NATO member Turkey", "Israel's
// foreign ministry"), or what its opening "it" stands for.
func (d *doc) subjectOf(si, depth int) string {
	s := &d.sents[si]
	last := ""
	for j := s.start; j < s.b && j < s.start+12; j++ {
		if e := d.entityOf(j); e >= 0 {
			m := &d.mentions[d.entAt[j]]
			if !m.demonym && d.ents[e].typ != kg.Person {
				last = d.entName(e)
			} else if d.ents[e].typ == kg.Person {
				last = ""
			}
			j = m.b - 1
			continue
		}
		if d.is(j, "it", "they") && j == s.start {
			return d.itSubject(si, j, depth)
		}
		if j == s.start {
			// "As part of a U.S.-led coalition, it is fighting …": what its "it" is
			for k := s.start; k < s.b; k++ {
				if d.is(k, "it", "they") && d.quoteOf[k] == 0 && d.punct(k-1, ',') {
					return d.itSubject(si, k, depth)
				}
			}
		}
		t := &d.toks[j]
		if d.is(j, "the", "a", "an") || d.tok(j) == "'s" || d.tok(j) == "’s" || t.kind == tWord && !t.has(fCap) && t.feat&lxRole != 0 {
			continue // "NATO member Turkey"
		}
		break
	}
	return last
}

// afterPreposition reports whether the noun phrase at token a follows a preposition
// ("As part of a U.S.-led coalition", "in Syria").
func (d *doc) afterPreposition(a, start int) bool {
	for j := a - 1; j >= start && j >= a-6; j-- {
		if d.is(j, "of", "in", "at", "from", "by", "with", "for", "to", "on", "into", "against", "as", "near") {
			return true
		}
		t := &d.toks[j]
		switch {
		case d.is(j, "a", "an", "the", "its", "their"), d.punct(j, '-') && !t.has(fSpace):
		case t.kind == tWord && t.feat&lxFunc == 0:
		default:
			return false
		}
	}
	return false
}

func (d *doc) coordinated(a, v int) bool {
	for k := a; k < v; k++ {
		if d.is(k, "and") {
			return true
		}
	}
	return false
}

// clauseSubject finds the subject of a noun that carries a relation ("supplier to",
// "factories in", "visit to") at v: the entity that starts the clause
// ("The Syrian opposition has angrily rejected"), coordinated subjects ("The U.S., Japan and
// mainland China offered"), or "it" resolved to the sentence's first entity.
func (d *doc) clauseSubject(si, v int) string {
	s := &d.sents[si]
	a := v
	for a > s.start && v-a < 12 && !d.punct(a-1, ';') && d.toks[a-1].kind != tCloseQ && d.toks[a-1].kind != tOpenQ && !d.is(a-1, "that", "which", "who", "while", "when", "after", "before", "because") {
		a--
	}
	// "the government blamed": the article's country
	g := v - 1
	for g > s.start && d.is(g, "has", "have", "had", "also", "later", "was", "is") {
		g--
	}
	if d.is(g, "government") && d.is(g-1, "the") && d.mainCountry != "" {
		return d.mainCountry
	}
	// "Zarif, who was on an official visit to Istanbul"
	if d.is(a-1, "who") && d.punct(a-2, ',') {
		if e := d.entityOf(a - 3); e >= 0 {
			return d.entName(e)
		}
	}
	var subs []string
	coord := d.coordinated(a, v)
	for k := a; k < v; k++ {
		if e := d.entityOf(k); e >= 0 && !d.mentions[d.entAt[k]].demonym {
			p := k - 1
			if d.is(p, "the", "a", "an") {
				p--
			}
			if d.is(p, "of", "from", "in", "at", "to", "by", "on", "for", "with") || d.ents[e].typ == kg.Place && len(subs) > 0 && !coord {
				k = d.mentions[d.entAt[k]].b - 1
				continue
			}
			name := d.entName(e)
			if len(subs) == 0 || subs[len(subs)-1] != name {
				subs = append(subs, name)
			}
			k = d.mentions[d.entAt[k]].b - 1
		}
	}
	if len(subs) > 0 {
		// coordinated subjects only when joined by commas and "and"
		if len(subs) > 1 && !d.coordinated(a, v) {
			return subs[0]
		}
		return strings.Join(subs, "\x00")
	}
	// pronoun or "the government" just before the verb
	k := v - 1
	for k > s.start && d.is(k, "has", "have", "had", "also", "later", "angrily", "strongly", "once", "again", "was", "is", "not", "cannot", "can", "would", "will", "did", "does", "could", "had") {
		k--
	}
	if d.is(k, "it", "they") {
		for j := s.start; j < k; j++ {
			if e := d.entityOf(j); e >= 0 && d.ents[e].typ != kg.Person {
				return d.entName(e)
			}
		}
		// the previous sentence's subject
		if si > 0 {
			p := &d.sents[si-1]
			for j := p.start; j < p.b; j++ {
				if e := d.entityOf(j); e >= 0 && d.ents[e].typ != kg.Person && !d.mentions[d.entAt[j]].demonym {
					return d.entName(e)
				}
			}
		}
	}
	if d.is(k, "he", "she") {
		return d.pronoun(k)
	}
	if d.is(k, "government") && d.is(k-1, "the") && d.mainCountry != "" {
		return d.mainCountry
	}
	// "The company is a major supplier to …", "The maker of chips for Apple is …": the
	// organization named last before
	if d.is(s.start, "the") && d.is(s.start+1, "company", "firm", "maker", "chipmaker", "automaker", "group", "manufacturer", "supplier") {
		for j := s.start - 1; j >= 0 && j > s.start-300; j-- {
			if e := d.entityOf(j); e >= 0 && d.ents[e].typ == kg.Organization {
				return d.entName(e)
			}
		}
	}
	return ""
}

// recentEventPlace returns the place of an event of type typ other than the main one,
// first named in the two sentences before si.
func (d *doc) recentEventPlace(si int, typ string) string {
	for i := len(d.out.Events) - 1; i >= 0; i-- {
		if i < len(d.eventSent) && d.eventSent[i] >= si-2 && d.eventSent[i] < si && d.out.Events[i].Type == typ {
			return d.out.Events[i].Place
		}
	}
	return ""
}

// thingObjects are the predicates whose object may be a thing rather than an entity:
// "rejected the resolution", "condemned the attack".
var thingObjects = wordSet("thing-objects")

var participles = wordSet("participles")

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// passive reports whether the verb at v is passive: "was arrested", "had been struck".
func (d *doc) passive(si, v int) bool {
	s := &d.sents[si]
	w := d.low(v)
	if !strings.HasSuffix(w, "ed") && !participles[w] {
		return false // "is fighting"
	}
	for g := v - 1; g >= s.start && g >= v-3; g-- {
		if d.is(g, "was", "were", "is", "are", "been", "be", "being", "got", "get", "gets") {
			return true
		}
		if !(d.toks[g].kind == tWord && (strings.HasSuffix(d.low(g), "ly") || d.is(g, "not", "also", "later", "reportedly"))) {
			return false
		}
	}
	return false
}

// actionObject: the first entity after the verb in its clause, else the noun phrase
// ("a UN Security Council resolution"); an event noun stands for the main event's place.
func (d *doc) actionObject(si, k int, pred string) string {
	s := &d.sents[si]
	end := min(s.b, k+12)
	for j := k; j < end; j++ {
		if d.toks[j].kind == tStop || d.punct(j, ';') || d.toks[j].kind == tOpenQ {
			break
		}
		if e := d.entityOf(j); e >= 0 && !d.mentions[d.entAt[j]].demonym {
			name := d.entName(e)
			// "a UN Security Council resolution": the thing, named with its owner
			m := &d.mentions[d.entAt[j]]
			if m.b < s.b && d.is(m.b, "resolution", "proposal", "plan", "deal", "agreement", "statement", "decision") {
				return name + " " + d.low(m.b)
			}
			return name
		}
		if ev := eventNoun(d.low(j)); ev != "" && d.is(j-1, "the", "this") {
			if d.mainPlace != "" {
				return d.mainPlace
			}
			return d.mainCountry
		}
		if ev := eventNoun(d.low(j)); ev != "" && d.is(j-1, "those", "these", "both", "earlier", "previous") {
			// "both of those bombings": the events the sentences before told of
			if p := d.recentEventPlace(si, ev); p != "" {
				return p
			}
		}
		if d.punct(j, ',') && !d.is(j+1, "including", "notably", "such") {
			break
		}
	}
	// a noun phrase: "the resolution", "a ceasefire" — for verbs whose object may be a
	// thing, and only one that opens with a determiner
	if !thingObjects[pred] || !d.is(k, "the", "a", "an", "its", "their", "his", "her", "any", "all") {
		return ""
	}
	j := k
	for j < end && d.is(j, "the", "a", "an", "its", "their", "his", "her", "any", "all") {
		j++
	}
	st := j
	for j < end && d.toks[j].kind == tWord && d.toks[j].feat&(lxFunc|lxSpeech) == 0 && j-st < 3 && !strings.HasSuffix(d.low(j), "ly") {
		j++
	}
	if j > st {
		return d.span(st, j)
	}
	return ""
}

// places: "Taipei, Taiwan", "the Wei-guan Golden Dragon Building in the southern city of
// Tainan", "the capital, Taipei".
func (d *doc) places(si int) {
	s := &d.sents[si]
	for k := s.a; k < s.b; k++ {
		e := d.entityOf(k)
		if e < 0 {
			continue
		}
		m := &d.mentions[d.entAt[k]]
		k = m.b - 1
		if d.ents[e].typ == kg.Place && !m.demonym {
			// X, Y
			_, xCountry := countryNames[d.entName(e)]
			if d.punct(m.b, ',') && !xCountry && !d.punct(m.a-1, ',') {
				if e2 := d.entityOf(m.b + 1); e2 >= 0 && d.ents[e2].typ == kg.Place && e2 != e {
					m2 := &d.mentions[d.entAt[m.b+1]]
					_, isCountry := countryNames[d.entName(e2)]
					isCountry = isCountry || d.entName(e2) == d.datelineCountry
					// "Taipei, Taiwan" but not a list ("Barbados, Bolivia, Ecuador")
					if isCountry && !(d.punct(m2.b, ',') && d.entityOf(m2.b+1) >= 0) && !d.is(m2.b, "and") {
						d.addRelation(si, d.entName(e), "locatedIn", d.entName(e2), d.span(m.a, m.b+2))
					}
				}
			}
			// X in [the] [southern] [city|province of] Y
			j := m.b
			if d.is(j, "in") {
				j++
				for j < s.b && j < m.b+6 && d.toks[j].kind == tWord && !d.toks[j].has(fCap) {
					j++
				}
				if e2 := d.entityOf(j); e2 >= 0 && d.ents[e2].typ == kg.Place && e2 != e {
					d.addRelation(si, d.entName(e), "locatedIn", d.entName(e2), d.span(m.a, j+1))
				}
			}
		}
		// "the capital, Taipei" / "the capital Ankara"
		if d.ents[e].typ == kg.Place && d.is(m.a-1, "capital") || d.punct(m.a-1, ',') && d.is(m.a-2, "capital") {
			country := countryOf[d.entName(e)]
			if country == "" {
				country = d.mainCountry
			}
			d.addRelation(si, d.entName(e), "capitalOf", country, d.span(max(s.start, m.a-3), m.b))
		}
		// "China's Taiwan Affairs Office"
		if d.ents[e].typ == kg.Organization && (d.tok(m.a-1) == "'s" || d.tok(m.a-1) == "’s") {
			if e2 := d.entityOf(m.a - 2); e2 >= 0 && d.ents[e2].typ == kg.Place {
				d.addRelation(si, d.entName(e), "partOf", d.entName(e2), d.span(m.a-2, m.b))
			}
		}
	}
}

// gazetteerPlaces: places whose country the word lists know, when the article names that
// country; streets and buildings in the article's main city; other unlisted places in the
// article's main country.
func (d *doc) gazetteerPlaces() {
	named := map[string]bool{}
	for _, e := range d.ents {
		if !e.dropped && e.typ == kg.Place {
			named[e.name] = true
		}
	}
	located := map[string]bool{}
	for _, r := range d.out.Relations {
		if r.Predicate == "locatedIn" {
			located[r.Subject] = true
		}
	}
	for ei, e := range d.ents {
		if e.dropped || e.typ != kg.Place || e.mentions == 0 {
			continue
		}
		if _, isCountry := countryNames[e.name]; isCountry {
			continue
		}
		si := d.firstSentence(ei)
		if c, ok := countryOf[e.name]; ok {
			if named[c] {
				d.addRelation(si, e.name, "locatedIn", c, e.name)
			}
			continue
		}
		if located[e.name] {
			continue // the article says where it is
		}
		// only a name that is surely a place: a word list's, a place's head word, a
		// dateline, "X, Country", or named twice where one goes ("in X", "near X")
		if e.scores[typeIndex(kg.Place)] < 6 {
			continue
		}
		lw := strings.ToLower(lastWord(e.name))
		if spotHeads[lw] || strings.HasPrefix(e.name, "Jalan ") || strings.HasPrefix(e.name, "Plaza ") {
			// streets, squares and buildings lie in the article's town
			if d.mainPlace != "" && d.mainPlace != e.name && d.town(d.mainPlace) {
				d.addRelation(si, e.name, "locatedIn", d.mainPlace, e.name)
				continue
			}
		}
		// another place in the article's country only when a sentence names both, and no
		// other country ("Greek islands, chiefly Lesbos" in a report from Ankara)
		if d.mainCountry != "" && d.sameCountrySentence(ei) {
			d.addRelation(si, e.name, "locatedIn", d.mainCountry, e.name)
		}
	}
}

// town reports whether a place's name is a town's, not a region's ("Aleutian Islands",
// "Canakkale province").
func (d *doc) town(name string) bool {
	if _, isCountry := countryNames[name]; isCountry || d.regionName(name) {
		return false
	}
	lw := strings.ToLower(lastWord(name))
	if e := lexicon[lw]; e != nil && e.feat&lxPlaceHead != 0 {
		return lw == "city" || lw == "town" || lw == "village"
	}
	return true
}

// sameCountrySentence reports whether the article's country may be given to entity ei,
// a place the word lists do not know: a sentence names it while telling of the article's
// event, or the country named nearest it is the article's ("left the Greek island of
// Lesbos for Turkey" in a report from Athens; not "Greek islands, chiefly Lesbos" in one
// from Ankara), or names no country at all in an article whose country is sure (its
// dateline's or its event's) and does not place it elsewhere ("Port Coquitlam, British
// Columbia").
func (d *doc) sameCountrySentence(ei int) bool {
	sure := d.mainCountry != "" && (d.datelineCountry != "" || d.mainCity != "" && countryOf[d.mainCity] == d.mainCountry ||
		len(d.out.Events) > 0 && d.out.Events[0].Main && d.out.Events[0].Country == d.mainCountry)
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent != ei {
			continue
		}
		s := &d.sents[m.sent]
		if len(d.out.Events) > 0 && d.out.Events[0].Main {
			for k := s.start; k < s.b; k++ {
				if ev := d.eventAt(k); ev != "" && kg.FamilyOf(ev) == kg.FamilyOf(d.out.Events[0].Type) && !d.otherEventWord(m.sent, k) {
					return true
				}
			}
		}
		adjacent, main, other := "", false, false
		for k := s.a; k < s.b; k++ {
			e := d.entityOf(k)
			if e < 0 || e == ei || d.ents[e].typ != kg.Place {
				continue
			}
			om := &d.mentions[d.entAt[k]]
			k = max(k, om.b-1)
			if d.tok(om.b) == "'s" || d.tok(om.b) == "’s" {
				continue // "Israel's foreign ministry": whose, not where
			}
			n := d.ents[e].name
			c := n
			if _, isCountry := countryNames[n]; !isCountry {
				c = countryOf[n]
			}
			if n == d.mainPlace {
				c = d.mainCountry
			}
			if c == "" {
				continue
			}
			// "the Greek island of Lesbos", "Lesbos, Greece": the country of its own phrase
			if om.b <= m.a && m.a-om.b < 4 || om.a == m.b+1 && d.punct(m.b, ',') {
				adjacent = c
			}
			if c == d.mainCountry {
				main = true
			} else {
				other = true
			}
		}
		switch {
		case adjacent != "":
			if adjacent == d.mainCountry {
				return true
			}
		case main && !other:
			return true
		case !main && !other && sure && !(d.punct(m.b, ',') && d.isNameWord(m.b+1)):
			return true
		}
	}
	return false
}

// spotHeads end the names of places small enough to lie in one town: streets, squares,
// buildings (not provinces, islands or regions).
var spotHeads = wordSet("spot-heads")

func (d *doc) firstSentence(ei int) int {
	for mi := range d.mentions {
		if d.mentions[mi].ent == ei {
			return d.mentions[mi].sent
		}
	}
	return -1
}

// reversedAppositive: "The head of the Indonesian armed forces, Gen. Gatot Nurmantyo",
// "President Joko Widodo's cabinet secretary, Pramono Anung", "the spokesman, Nico
// Schermers, of the Netherlands Embassy in Jakarta".
func (d *doc) reversedAppositive(mi int) {
	m := &d.mentions[mi]
	s := &d.sents[m.sent]
	e := d.ents[m.ent]
	c := m.ta - 1 // the comma
	a := c
	for a > s.start && c-a < 12 && !d.punct(a-1, ',') && !d.punct(a-1, ';') && d.toks[a-1].kind != tCloseQ && !d.is(a-1, "and", "said", "says") {
		a--
	}
	if a == c {
		return
	}
	role, ra, rb := "", -1, -1
	// the role that ends at the comma is the phrase's head ("President Joko Widodo's
	// cabinet secretary, Pramono Anung"); else the first one ("The head of …, Gen. X")
	for i := max(a, c-maxRoleLen); i < c; i++ {
		if cand := strings.ToLower(d.span(i, c)); roleNouns[cand] {
			role, ra, rb = cand, i, c
			break
		}
	}
	for i := a; i < c && role == ""; i++ {
		for j := min(c, i+maxRoleLen); j > i; j-- {
			cand := strings.ToLower(d.span(i, j))
			if roleNouns[cand] {
				role, ra, rb = cand, i, j
				break
			}
		}
	}
	if role == "" || rb != c && !d.is(rb, "of", "for", "at") {
		return
	}
	pred := rolePredicate(role)
	if pred == "" {
		return
	}
	obj := ""
	// "X's ROLE"
	if ra >= 2 && (d.tok(ra-1) == "'s" || d.tok(ra-1) == "’s") {
		obj = d.entName(d.entityOf(ra - 2))
	}
	if obj == "" && rb < c {
		for j := rb + 1; j < c; j++ {
			if e2 := d.entityOf(j); e2 >= 0 && d.ents[e2].typ == kg.Organization {
				obj = d.entName(e2)
				break
			}
		}
		if obj == "" {
			j := rb + 1
			if d.is(j, "the") {
				j++
			}
			if d.toks[c-1].feat&lxOrgHead != 0 {
				obj = d.span(j, c)
			}
		}
	}
	if obj == "" && rb == c && d.punct(m.b, ',') && d.is(m.b+1, "of", "for", "at") {
		for j := m.b + 2; j < s.b && j < m.b+10; j++ {
			if e2 := d.entityOf(j); e2 >= 0 && d.ents[e2].typ == kg.Organization {
				obj = d.entName(e2)
				break
			}
		}
	}
	if obj == "" && isNationalRole(role) {
		obj = d.countryServed(m.ent)
	}
	d.addRelation(m.sent, e.name, pred, obj, d.span(a, m.b))
}
