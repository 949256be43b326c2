package extraction

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/kg"
)

// Surnames that stand for one of several people: a titled surname ("Justice Lee",
// "Gov. Palin", "Mrs. Clinton") is the short form of the person the article titled or
// sexed alike, never of one it titled or sexed otherwise ("Sen. Mike Lee" is no justice,
// "Mrs." no man's honorific).

// titleEvidence is what the titles before an entity's mentions say of it: the roles they
// give ("senator", "governor") and the sex their honorifics or role words give.
type titleEvidence struct {
	roles []string
	sex   byte // 'F', 'M', 0 unknown, 'X' both
}

// titleEvidences gathers the titles of every entity's mentions, indexed like es.ents.
func (ef *entityFinder) titleEvidences() []titleEvidence {
	ev := make([]titleEvidence, len(ef.ents))
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.ent >= 0 && m.ta == m.a && m.a >= 2 && ef.is(m.a-1, wLady) && ef.is(m.a-2, wFirst) && !ef.toks[m.a-1].has(fCap) {
			ev[m.ent].addRole("first lady") // "first lady Michelle Obama": a title in lower case, before the name's run
			ev[m.ent].addSex('F')
		}
		if m.ent < 0 || m.ta >= m.a {
			continue
		}
		v := &ev[m.ent]
		if m.role != "" {
			v.addRole(m.role)
		}
		for k := m.ta; k < m.a; k++ {
			if g := ef.genderWord(k); g != 0 {
				v.addSex(g)
			}
		}
	}
	return ev
}

func (v *titleEvidence) addRole(r string) {
	for _, x := range v.roles {
		if x == r {
			return
		}
	}
	v.roles = append(v.roles, r)
}

func (v *titleEvidence) addSex(g byte) {
	switch v.sex {
	case 0:
		v.sex = g
	case g:
	default:
		v.sex = 'X'
	}
}

// surnameFit says how the titles of a one-word person's name (short) fit the person
// named in full (full, whose given name may say the sex): -1 they conflict by sex (the
// full name's honorifics or given name), -2 by office (officeClasses), 2
// they agree (a shared role word,
// the sex of the full name's own honorifics), 0 the roles differ ("Justice Lee" and "Sen.
// Mike Lee"), 1 nothing is said either way.
func surnameFit(short, full titleEvidence, fullName string) int {
	given := nameGender[strings.Fields(fullName + " x")[0]]
	fsex := full.sex
	if fsex == 0 {
		fsex = given
	}
	sexed := short.sex == 'F' || short.sex == 'M'
	if sexed && (fsex == 'F' || fsex == 'M') && fsex != short.sex {
		return -1
	}
	titled := len(short.roles) > 0 && len(full.roles) > 0
	shared := titled && rolesShareWord(short.roles, full.roles)
	if sc, fc := officesOf(short.roles), officesOf(full.roles); titled && !shared && sc != 0 && fc != 0 && sc&fc == 0 {
		return -2 // "Justice Lee" is not Sen. Mike Lee, Prince George not King George VI
	}
	if titled && (spouseOfHead(short.roles, full.roles) || spouseOfHead(full.roles, short.roles)) {
		return -2 // "President Obama" is not "first lady Michelle Obama"
	}
	switch {
	case shared || sexed && full.sex == short.sex:
		return 2
	case titled:
		return 0
	}
	return 1
}

// officeClasses are the offices one person does not hold beside another in one report:
// a crown, a prince's rank, a presidency, a Senate seat, a governorship, a bench, a
// mayoralty, the papacy. "Chairman", "chief" or "commissioner" are no such office: a
// senator chairs a committee.
var officeClasses = map[string]uint{
	"king": 1, "queen": 1, "emperor": 1,
	"prince": 2, "princess": 2,
	"president": 4, "president-elect": 4,
	"senator":  8,
	"governor": 16,
	"justice":  32, "judge": 32,
	"mayor": 64,
	"pope":  128,
}

// spouseOfHead reports whether roles a name a president or a mayor and roles b the
// first lady, never one of them: the first lady is the head's spouse, another person of
// the same surname. (first lady is no office class: a former first lady may be a
// senator too.)
func spouseOfHead(a, b []string) bool {
	return officesOf(a)&(officeClasses["president"]|officeClasses["mayor"]) != 0 && slices.Contains(b, "first lady") && !slices.Contains(a, "first lady")
}

// officesOf returns the office classes of roles, a bit each.
func officesOf(roles []string) uint {
	var c uint
	for _, r := range roles {
		c |= officeClasses[r]
	}
	return c
}

// rolesShareWord reports whether two lists of roles share a word ("secretary" and
// "secretary of state", "president" and "president-elect").
func rolesShareWord(a, b []string) bool {
	words := func(r string) []string {
		return strings.FieldsFunc(r, func(c rune) bool { return c == ' ' || c == '-' })
	}
	for _, x := range a {
		for _, wx := range words(x) {
			if wx == "of" || wx == "the" || wx == "former" {
				continue
			}
			for _, y := range b {
				for _, wy := range words(y) {
					if wx == wy {
						return true
					}
				}
			}
		}
	}
	return false
}

// personOfSurname picks, among the people named in full whose names hold the one-word
// name of entity ei (candidates), the one its titles fit: one they agree with before one
// they say nothing of, and that before one titled otherwise, then the most mentioned;
// never one of the other sex or another office. Where the article gave one of them
// another office, only one it titled alike will do ("Justice Lee, the brother of Sen.
// Mike Lee and the son of Rex Lee" is neither): the titled surname is someone the
// article did not name in full. It returns -1 if none is left.
func personOfSurname(ev []titleEvidence, ents []*entity, ei int, candidates []int) int {
	best, bestFit := -1, -3
	otherOffice := false
	for _, t := range candidates {
		fit := surnameFit(ev[ei], ev[t], ents[t].name)
		if fit == -2 {
			otherOffice = true
		}
		if fit < 0 {
			continue
		}
		if fit > bestFit || fit == bestFit && ents[t].mentions > ents[best].mentions {
			best, bestFit = t, fit
		}
	}
	if otherOffice && bestFit < 2 {
		return -1
	}
	return best
}

// surnameReach is how many sentences after a person's full name a bare surname they
// share with another person of the article still means them ("Bernice King, daughter
// of … 'What would my father say?' asked King").
const surnameReach = 2

// splitSharedSurname resolves each mention of the one-word person's name ei (a surname
// or given name) that shortFormOf gave to person t, when another person named in full
// shares the word and fits its titles no worse (a daughter and her father, two
// brothers; otherBearer): a mention within surnameReach sentences after a sentence that
// opens with the other's full name (its subject) is theirs, unless t was named in full
// since; any other stays with t. A headline that says the surname makes the story
// t's ("Daniel Berrigan … dies": "Philip Berrigan died in 2002. … Berrigan said" is
// still Daniel): nothing is split, but the president's own title still takes the
// surname to the president (presidentBearer). It merges ei into t.
func (ef *entityFinder) splitSharedSurname(ei, t int, ev []titleEvidence) {
	e := ef.ents[ei]
	w := e.key
	tfit := surnameFit(ev[ei], ev[t], ef.ents[t].name)
	var rivals []int
	for ri, r := range ef.ents {
		if ri == ei || ri == t || r.dropped || r.typ != kg.Person || r.words <= 1 {
			continue
		}
		if !otherBearer(r.name, ef.ents[t].name, w) || surnameFit(ev[ei], ev[ri], r.name) < tfit {
			continue
		}
		rivals = append(rivals, ri)
	}
	pres := ef.presidentBearer(t, w)
	var moved [][2]int // mention → person
	if len(rivals) == 0 || !otherBearer(ef.ents[t].name, ef.ents[t].name, w) || ef.headlineSays(e.name) {
		for mi := range ef.mentions {
			if m := &ef.mentions[mi]; m.ent == ei && pres >= 0 && presidentTitled(m) {
				moved = append(moved, [2]int{mi, pres}) // "President Reagan" in a report on Nancy Reagan
			}
		}
		ef.moveSurnames(ei, t, e.name, moved)
		return
	}
	owners := append(rivals, t)
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.ent != ei || m.ta > 0 && ef.is(m.ta-1, wThe) {
			continue // "the Fields case", "the Kings": the family's, not one bearer's
		}
		if pres >= 0 && presidentTitled(m) {
			moved = append(moved, [2]int{mi, pres})
			continue
		}
		last := -1 // the full name read last before m (mentions are not in text order)
		for mj := range ef.mentions {
			f := &ef.mentions[mj]
			if f.b <= m.a && (last < 0 || f.a > ef.mentions[last].a) && f.ent >= 0 && strings.Contains(f.name, " ") && slices.Contains(owners, f.ent) {
				last = mj
			}
		}
		if last < 0 {
			continue
		}
		f := &ef.mentions[last]
		if f.ent != t && m.sent-f.sent <= surnameReach && f.ta-ef.sents[f.sent].a <= 1 {
			moved = append(moved, [2]int{mi, f.ent})
		}
	}
	ef.moveSurnames(ei, t, e.name, moved)
}

// moveSurnames merges the one-word name ei into person t, then gives each moved mention
// to its own person (mention → person), who takes the word as an alias.
func (ef *entityFinder) moveSurnames(ei, t int, word string, moved [][2]int) {
	ef.merge(ei, t)
	for _, mv := range moved {
		if mv[1] == t {
			continue
		}
		ef.mentions[mv[0]].ent = mv[1]
		ef.ents[t].mentions--
		ef.ents[mv[1]].mentions++
		ef.ents[mv[1]].addAlias(word)
	}
}

// usPresidents are the presidents of the United States as news names them in full
// (data/names.txt).
var usPresidents = wordSet("us-presidents")

// presidentBearer returns the one person named in full whom the lists know as a
// president of the United States (usPresidents) and whose surname is w, person t or
// another bearer of it; else -1 (none, or two: "George H. W. Bush" and "George W. Bush").
func (ef *entityFinder) presidentBearer(t int, w string) int {
	p := -1
	for ri, r := range ef.ents {
		if r.dropped || r.typ != kg.Person || r.words <= 1 || !usPresidents[r.name] || ri != t && !otherBearer(r.name, ef.ents[t].name, w) {
			continue
		}
		if p >= 0 {
			return -1
		}
		p = ri
	}
	return p
}

// presidentTitled reports whether mention m is a surname under the title "President"
// ("President Reagan", "former President Clinton"): the title settles whose the surname
// is, before the nearness of a full name or the headline does (splitSharedSurname).
func presidentTitled(m *mention) bool {
	return m.ta < m.a && m.role == "president"
}

// otherBearer reports whether name is a person's full name ending in surname w (before a
// generational suffix) under another given name than known's: "Bernice King" beside
// "Martin Luther King Jr.", not "Harry M. Reid" beside "Harry Reid" nor "Chelsea
// Clinton" for the word "Chelsea".
func otherBearer(name, known, w string) bool {
	f := strings.Fields(name)
	for len(f) > 2 && (nameSuffixes.has(f[len(f)-1]) || f[len(f)-1] == "II" || f[len(f)-1] == "III" || f[len(f)-1] == "IV") {
		f = f[:len(f)-1]
	}
	if len(f) < 2 || nameKey(f[len(f)-1]) != w || !givenNameShape(f[0]) {
		return false
	}
	return name == known || strings.Fields(known)[0] != f[0]
}

// givenNameShape reports whether w can open a person's full name as a given name: a
// capitalised word of letters (or hyphenated), no abbreviation ("St."), no possessive
// ("Mesitis'") and no title.
func givenNameShape(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	if _, title := titleRole[w]; title {
		return false
	}
	if _, title := titleRole[w+"."]; title {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// headlineSays reports whether the article's headline holds the word w.
func (ef *entityFinder) headlineSays(w string) bool {
	if ef.headline < 0 {
		return false
	}
	s := ef.sents[ef.headline]
	for k := s.a; k < s.b; k++ {
		if ef.toks[k].kind == tWord && ef.tok(k) == w {
			return true
		}
	}
	return false
}
