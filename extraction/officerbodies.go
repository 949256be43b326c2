package extraction

import "github.com/factgraph/kg"

// Bodies named by the office a person holds in them. In an apposition "PERSON, [the]
// TITLE of|at [the] NAME" whose title is an officer's of a body — one who heads,
// founds, owns or directs it ("Joseph Mills, chief executive of Helen Keller Services",
// "Ann Holt, president of the Lucy Stone League", "Chris Vale, CEO of Vale Project
// Management") — the name is no person's: a person has no chief executive, founder or
// president. A name shaped like a person's (given name first) was typed Person; it is
// an organization. Titles that a person can be the object of ("a spokesman for Governor
// X", "an adviser to X", "the son of X", "a lawyer for X") are not in the table, and
// "president of" a place stays a place (only Person mentions change).

// officerTitles are the titles, as lower-case word runs, that the rule reads; not "vice
// president", often of a region or a unit ("vice president of Asia Pacific").
var officerTitles = newTokSet(map[string]bool{
	"chief executive": true, "chief executive officer": true, "ceo": true,
	"chief financial officer": true, "cfo": true, "chief operating officer": true, "coo": true,
	"chief technology officer": true, "cto": true,
	"president": true, "chairman": true, "chairwoman": true, "chair": true, "vice chairman": true,
	"founder": true, "co-founder": true, "cofounder": true,
	"executive director": true, "managing director": true, "managing partner": true,
	"general manager": true, "owner": true, "co-owner": true,
})

// officerTitleBefore returns the first token of an officer title that ends at token e-1
// (longest first), or -1.
func (ef *entityFinder) officerTitleBefore(e int) int {
	for n := 3; n >= 1; n-- {
		a := e - n
		if a < 0 {
			continue
		}
		w := ""
		ok := true
		for k := a; k < e; k++ {
			if ef.toks[k].kind != tWord || ef.entAt[k] >= 0 {
				ok = false
				break
			}
			if w != "" {
				w += " "
			}
			w += ef.low(k)
		}
		if ok && officerTitles.has(w) {
			return a
		}
	}
	return -1
}

// bodiesAfterOfficerTitles types as an organization a name typed Person that follows an
// officer's title in a person's apposition (see above).
func (ef *entityFinder) bodiesAfterOfficerTitles() {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.typ != kg.Person || m.demonym || m.role != "" || m.ta != m.a {
			continue
		}
		k := m.a - 1
		if ef.is(k, wThe) {
			k--
		}
		if !ef.is(k, wOf, wAt) {
			continue
		}
		ta := ef.officerTitleBefore(k)
		if ta < 0 {
			continue
		}
		j := ta - 1
		if ef.is(j, wThe) {
			j--
		}
		if !ef.punct(j, ',') || j < 1 || ef.entAt[j-1] < 0 {
			continue
		}
		p := &ef.mentions[ef.entAt[j-1]]
		if p.typ != kg.Person || p.b != j || p.sent != m.sent {
			continue
		}
		m.typ, m.score = kg.Organization, max(m.score, 6)
	}
}

// spokesRole reports whether a role is a spokesperson's.
func spokesRole(role string) bool {
	return role == "spokesman" || role == "spokeswoman" || role == "spokesperson"
}

// subjectBodyBefore is the body a spokesperson titled alone speaks for ("Spokesman Mike
// Thomas said" with no name before the title): the one organization that is the subject
// of the main clause of the prose sentence before ("Delta Air
// Lines said flights were delayed. Spokesman Mike Thomas said …"); else "" — a person,
// a place, two names or a pronoun leave the title without a body, and so does a name
// its own sentence holds before the title that the entities stage did not read (a word
// in capitals no dictionary knows): the spokesperson may be that body's.
func (rf *relationFinder) subjectBodyBefore(si, ta int) string {
	p := si - 1
	if p < 0 || p == rf.headline || rf.sents[p].kind != sProse {
		return ""
	}
	for k := rf.sents[si].start; k < ta; k++ {
		if t := &rf.toks[k]; t.kind == tWord && t.has(fCap) && rf.entAt[k] < 0 && rf.quoteOf[k] == 0 && t.feat&lxFunc == 0 && !rf.in(k, englishWords) {
			return "" // "Sungevity … occupies 68,000 square feet, spokesman John Ordona said": an unread name's
		}
	}
	names, pronoun, _ := rf.clauseSubjectAt(p, rf.sents[p].b)
	if pronoun || len(names) != 1 || rf.ents[names[0]].typ != kg.Organization {
		return ""
	}
	return rf.entName(names[0])
}
