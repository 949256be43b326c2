package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Titles before a list of names: "Senators Tom Ardell of Ohio and Maria Quist of Iowa",
// "Reps. Jim Corbin (R-Ohio) and Mark Velt (D-N.C.)", "former Prime Ministers Tony
// Harrow and John Malley". A plural title is a title of data/titles.txt in its plural
// form (pluralTitle); the entity stage reads it before the first name like the singular
// one, and listTitle gives every later name of the list the same role.

// pluralTitles maps the plural form of a title that has a role to that role ("Sens." →
// "senator", "Prime Ministers" → "prime minister"). They are kept apart from titleRole:
// a plural is a title only where it opens a list of names (listTitleAt), not in "House
// of Representatives", "Presidents Day" or "Queens".
var pluralTitles = map[string]string{}

// addPluralTitle records the plural form of the title t with role role, when the role
// is a noun that has a plural: "Sen." → "Sens.", "Senator" → "Senators", "Secretary" →
// "Secretaries". Honorifics (Mr., Dr.) and titles that already end in s are left alone.
func addPluralTitle(t, role string) {
	if p := pluralTitle(t); role != "" && p != "" {
		pluralTitles[p] = role
	}
}

// listTitleAt reports the role of the title at tokens k..e-1 of the capitalised run that
// ends at b: a title of titleRole, or a plural title that opens a list of names, which
// the run ends in or its first name's "of" place ends in ("Senators Tom Ardell of Ohio, Maria Quist …", "Reps. Jim Corbin
// (R-Ohio) and …", "Prime Ministers Tony Harrow and John Malley") and no "of" comes
// before ("House of Representatives Speaker Paul Ryan").
func (ef *entityFinder) listTitleAt(k, e, b int) (string, bool) {
	w := ef.span(k, e)
	if r, ok := titleRole[w]; ok {
		return r, true
	}
	r, ok := pluralTitles[w]
	if !ok || ef.is(k-1, wOf) || !ef.punct(b, ',') && !ef.punct(b, '(') && !ef.is(b, wAnd, wOf) && !ef.punct(b, '&') {
		return "", false
	}
	return r, true
}

// pluralTitleOpens reports whether a plural title stands in the capitalised run a..b-1
// before a name, so that the run goes on over "of" to the first name's place: "Senators
// Tom Ardell of Ohio", "U.S. Representatives Ana Duarte of Idaho".
func (ef *entityFinder) pluralTitleOpens(a, b int) bool {
	for k := a; k < b-1; k++ {
		for l := min(maxTitleLen, b-k-1); l >= 1; l-- {
			if _, ok := pluralTitles[ef.span(k, k+l)]; ok && !ef.is(k-1, wOf) {
				return true
			}
		}
	}
	return false
}

// listTitleRole is the role of a plural title that ends at tb ("Senators"), or role.
func (ef *entityFinder) listTitleRole(tb int, role string) string {
	for l := min(maxTitleLen, tb); l >= 1; l-- {
		if r, ok := pluralTitles[ef.span(tb-l, tb)]; ok {
			return r
		}
	}
	return role
}

// pluralTitle is the plural of the title t, or "" when it has none that names people
// before their names: "Gov." → "Govs.", "Prime Minister" → "Prime Ministers",
// "Secretary" → "Secretaries"; not "Secretary of State" (an office held by one), a title
// of several words with a hyphen or an "of", nor one ending in s.
func pluralTitle(t string) string {
	if strings.ContainsAny(t, "-") || strings.Contains(t, " of ") {
		return ""
	}
	w := t
	dot := strings.HasSuffix(w, ".")
	w = strings.TrimSuffix(w, ".")
	if w == "" || strings.HasSuffix(w, "s") || strings.Contains(w, ".") {
		return ""
	}
	switch {
	case dot:
		w += "s."
	case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ey"):
		w = w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "x"):
		w += "es"
	default:
		w += "s"
	}
	return w
}

// listTitle gives person mention mi, when it has no title of its own and follows a
// name that a plural title opens in a list ("Senators Tom Ardell of Ohio, Maria Quist
// and Ben Hallor"), the role of that title, held for the place or body after its own
// "of" ("Maria Quist of Iowa"), else for the one the title was held for before it
// ("U.S. Senators …"). titleRoles then reads the role as if the title stood before
// the name.
func (rf *relationFinder) listTitle(mi int) {
	m := &rf.mentions[mi]
	if m.role != "" || m.ta != m.a || rf.ents[m.ent].typ != kg.Person {
		return
	}
	first := rf.listOpener(m)
	if first < 0 {
		return
	}
	f := &rf.mentions[first]
	m.role = f.role
	m.roleOrg, m.roleOrgM = "", -1
	if om := rf.ofAfter(m.b); om >= 0 {
		m.roleOrg, m.roleOrgM = rf.mentions[om].name, om
	} else if f.roleOrgM < 0 || rf.mentions[f.roleOrgM].b <= f.ta {
		m.roleOrg, m.roleOrgM = f.roleOrg, f.roleOrgM // "U.S. Senators A and B"
	}
}

// listOpener returns the person mention that opens the list m belongs to under a plural
// title, or -1: walking back over ", " and "and", each earlier member with its "of
// PLACE" or party tag, to a name whose title is plural. Names are no more than 12 tokens
// apart.
func (rf *relationFinder) listOpener(m *mention) int {
	s := &rf.sents[m.sent]
	k := m.a - 1
	for steps := 0; steps < 8; steps++ {
		// the joint: ",", "and", ", and"
		if !rf.punct(k, ',') && !rf.is(k, wAnd) {
			return -1
		}
		if rf.is(k, wAnd) {
			k--
			if rf.punct(k, ',') {
				k--
			}
		} else {
			k--
		}
		// the previous member's tail: a party tag "(R-Ohio)" or ", R-Ohio", or "of PLACE"
		k = rf.memberTail(k, s.a)
		if k < s.a || rf.entAt[k] < 0 {
			return -1
		}
		pi := int(rf.entAt[k])
		p := &rf.mentions[pi]
		if p.b != k+1 || p.ent < 0 || rf.ents[p.ent].typ != kg.Person {
			return -1
		}
		if p.role != "" && p.ta < p.a {
			if rf.pluralTitleBefore(p) {
				return pi
			}
			return -1
		}
		k = p.a - 1 // an untitled member, or one this stage gave the list's role
	}
	return -1
}

// memberTail steps back from token k over what may follow a name in a list: a party tag
// in brackets "(D-Ore.)" or after a comma, or "of" a place or body ("of Ohio", "of the
// Dominican Republic"); it returns the token that should end the name.
func (rf *relationFinder) memberTail(k, a int) int {
	if rf.punct(k, ')') {
		for j := k - 1; j >= a && j > k-6; j-- {
			if rf.punct(j, '(') {
				return j - 1
			}
		}
		return k
	}
	if k >= a && rf.entAt[k] >= 0 {
		om := &rf.mentions[rf.entAt[k]]
		j := om.a - 1
		if rf.is(j, wThe) {
			j--
		}
		if om.b == k+1 && rf.is(j, wOf) && om.ent >= 0 && rf.ents[om.ent].typ != kg.Person {
			return j - 1
		}
		if om.b == k+1 && om.ent >= 0 && rf.ents[om.ent].typ == kg.Place && rf.punct(j, ',') && strings.Contains(rf.tok(om.a), "-") {
			return j - 1 // "Tom Ardell, R-Ohio, and"
		}
	}
	return k
}

// ofAfter returns the place or organization mention right after "of" (or "of the") at
// token k, or -1: "Maria Quist of Iowa".
func (rf *relationFinder) ofAfter(k int) int {
	if !rf.is(k, wOf) {
		return -1
	}
	k++
	if rf.is(k, wThe) {
		k++
	}
	if k >= len(rf.entAt) || rf.entAt[k] < 0 {
		return -1
	}
	om := int(rf.entAt[k])
	o := &rf.mentions[om]
	if o.a != k || o.ent < 0 || rf.ents[o.ent].typ == kg.Person {
		return -1
	}
	return om
}

// pluralTitleBefore reports whether the title words right before the name of mention p
// end with a plural title ("Senators", "Former Prime Ministers").
func (rf *relationFinder) pluralTitleBefore(p *mention) bool {
	for l := 1; l <= maxTitleLen && p.a-l >= p.ta; l++ {
		if _, ok := pluralTitles[rf.span(p.a-l, p.a)]; ok {
			return true
		}
	}
	return false
}
