package extraction

import "strings"

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
		if m.ent < 0 || m.ta >= m.a {
			continue
		}
		v := &ev[m.ent]
		if m.role != "" {
			v.addRole(m.role)
		}
		for k := m.ta; k < m.a; k++ {
			if g := genderWords[ef.low(k)]; g != 0 {
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
