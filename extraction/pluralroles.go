package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Plural roles before a list of names: a lower-case role noun in the plural right
// before two or more names ("Intel co-founders Ann Holt and Ben Ruiz", "Acme engineers
// A and B") or a plural description set before them as an appositive ("the two U.S.
// senators from Vermont, A and B", "Two Acme executives, A and B, …"). Every member of
// the list holds the singular role in the body or place the phrase names; a phrase that
// names none (its owner a pronoun, "its top two executives, A and B") gives nothing.
// Capitalised plural titles ("Senators A and B") are listtitles.go's.

// pluralRoles gives person mention mi, a member of a list of names that a plural role
// opens, that role in the body or place the role's phrase names.
func (rf *relationFinder) pluralRoles(mi int) {
	m := &rf.mentions[mi]
	if m.ent < 0 || m.role != "" || m.ta != m.a {
		return
	}
	head := rf.nameListHead(mi)
	if head < 0 {
		return
	}
	h := &rf.mentions[head]
	role, obj, a := rf.pluralRoleBefore(h)
	if role == "" || obj == "" {
		return
	}
	pred := rolePredicate(role)
	if pred == "" {
		return
	}
	if typ := rf.ents[m.ent].typ; typ != kg.Person && (role != "member" || typ == kg.Group) {
		return // "OPEC members Qatar and Venezuela": only membership is held by a country or firm
	}
	if rf.entName(m.ent) == obj {
		return
	}
	if role == "member" && rf.ents[m.ent].typ == kg.Person && rf.is(a, wBoard) && rf.is(a+1, wMembers) {
		pred = boardSeat // "Quill board members A and B": boards.go
	}
	rf.addRelation(m.sent, rf.entName(m.ent), pred, obj, rf.span(a, m.b))
}

// nameListHead returns the first mention of the list of two or more names mention mi
// belongs to ("A, B and C", "A and B"), each member untitled and of mi's type, or -1
// when mi stands alone. Members are joined by ",", "and" or ", and".
func (rf *relationFinder) nameListHead(mi int) int {
	m := &rf.mentions[mi]
	typ := rf.ents[m.ent].typ
	s := &rf.sents[m.sent]
	member := func(k int) int { // the mention that ends at token k, when it may be a member
		if k < s.start || rf.entAt[k] < 0 {
			return -1
		}
		pi := int(rf.entAt[k])
		p := &rf.mentions[pi]
		if p.b != k+1 || p.ent < 0 || rf.ents[p.ent].typ != typ || p.role != "" || p.ta != p.a {
			return -1
		}
		return pi
	}
	head := mi
	for steps := 0; steps < 6; steps++ {
		k := rf.mentions[head].a - 1
		switch {
		case rf.is(k, wAnd) && rf.punct(k-1, ','):
			k -= 2
		case rf.is(k, wAnd):
			k--
		case rf.punct(k, ','):
			k--
		default:
			k = -1
		}
		p := -1
		if k >= 0 {
			p = member(k)
		}
		if p < 0 {
			break
		}
		head = p
	}
	if head != mi {
		return head
	}
	// mi opens the list: another member follows
	k := m.b
	if rf.punct(k, ',') {
		k++
	}
	if rf.is(k, wAnd) {
		k++
	}
	n := rf.namedMentionAt(k)
	if k == m.b || k >= s.b || n == nil || rf.ents[n.ent].typ != typ || !rf.is(k-1, wAnd) && !rf.punct(n.b, ',') && !rf.is(n.b, wAnd) {
		return -1
	}
	return mi
}

// pluralRoleBefore reads the plural role that opens the list whose first name is h: the
// role, the body or place it is held in and the phrase's first token, or "" when there
// is none. Lower-case words right before the name ("Acme staff attorneys A and B") take
// the entity right before them, or the one a possessive names ("Acme's engineers"); a
// description before a comma ("the two U.S. senators from Vermont, A and B") takes the
// place or body after its "of", "from", "for" or "at", else the entity before the role.
func (rf *relationFinder) pluralRoleBefore(h *mention) (role, obj string, start int) {
	s := &rf.sents[h.sent]
	end := h.a
	reversed := rf.punct(end-1, ',')
	if reversed {
		end--
	}
	a := end
	limit := 5
	if reversed {
		limit = 12
	}
	for a > s.start && end-a < limit && rf.toks[a-1].kind != tPunct && rf.toks[a-1].kind != tCloseQ && !rf.is(a-1, wAnd, wSaid, wSays) {
		if !reversed && (rf.toks[a-1].kind != tWord || rf.toks[a-1].has(fCap) || rf.toks[a-1].feat&(lxFunc|lxSpeech) != 0 || rf.entAt[a-1] >= 0) {
			break
		}
		a--
	}
	if a == end {
		return "", "", 0
	}
	// the plural role: the phrase's last word, or the word before its "of"
	rb := end
	if reversed {
		for j := a + 1; j < end; j++ {
			if rf.is(j, wOf, wFrom, wFor, wAt) {
				rb = j
				break
			}
		}
	}
	one := singularRole(rf.low(rb - 1))
	if one == "" {
		return "", "", 0
	}
	ra := -1
	for k := max(a, rb-maxRoleLen); k < rb; k++ {
		cand := one
		if k < rb-1 {
			cand = strings.ToLower(rf.span(k, rb-1)) + " " + one
		}
		if roleNouns[cand] {
			role, ra = cand, k
			break
		}
	}
	if role == "" {
		return "", "", 0
	}
	if rb < end {
		for j := rb + 1; j < end; j++ {
			if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ != kg.Person {
				return role, rf.entName(e), a
			}
		}
		return "", "", 0
	}
	// the entity right before the role's modifiers: "Acme engineers", "two Acme executives"
	p := ra - 1
	for p >= a && rf.toks[p].kind == tWord && !rf.toks[p].has(fCap) && rf.entAt[p] < 0 && rf.toks[p].feat&lxFunc == 0 {
		p--
	}
	if p < a-1 || p < s.start {
		return "", "", 0
	}
	if b := rf.bodyBeforeTag(p, s.start); b >= 0 {
		p = b // "Acme Corp (ACM.N) engineers A and B", "Michigan Department of Environmental Quality (MDEQ) employees"
	}
	if rf.tok(p) == "'s" || rf.tok(p) == "’s" {
		p--
	}
	if e := rf.entityOf(p); e >= 0 && rf.ents[e].typ != kg.Person && !(rf.ents[e].typ == kg.Place && rf.basedWord(p)) && !rf.mentions[rf.entAt[p]].demonym {
		return role, rf.entName(e), a
	}
	return "", "", 0
}

// singularRole returns the singular of w when w is the plural of a role noun's last
// word ("senators" → "senator", "attorneys" → "attorney", "spokesmen" → "spokesman",
// "secretaries" → "secretary"), else "".
func singularRole(w string) string {
	var one string
	switch {
	case strings.HasSuffix(w, "men") && len(w) > 5:
		one = w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		one = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		one = w[:len(w)-1]
	default:
		return ""
	}
	for r := range roleNouns {
		if r == one || strings.HasSuffix(r, " "+one) {
			return one
		}
	}
	return ""
}
