package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Departments a Cabinet title heads: "Secretary of State Ana Vey" in a report that also
// names the State Department makes Vey headOf the State Department, as well as
// secretaryOfStateOf the United States.

// cabinetDepartments maps the role predicate of a U.S. Cabinet title to the names of the
// department its holder heads (data/relations.txt [cabinet-departments]).
var cabinetDepartments = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for title, names := range wordValues("cabinet-departments") {
		set := map[string]bool{}
		for _, n := range strings.Split(names, "|") {
			set[n] = true
		}
		out[rolePredicate(title)] = set
	}
	return out
}()

// departmentHeads adds headOf the department for every holder of a U.S. Cabinet title
// when the article names that department as an organization ("the Pentagon", "the U.S.
// Defense Department"): a role found held for the United States ("Ash Vey, the defense
// secretary"), or a title before a name that no other place or body opens ("Secretary
// of State Ana Vey" in a report from Caracas, where no country is found for the role).
// A state's attorney general ("Kansas Attorney General Tom Fell") heads no federal
// department; nor does a deputy or a former holder (notHeld).
func (rf *relationFinder) departmentHeads() {
	for i, n := 0, len(rf.rels); i < n; i++ {
		r := rf.rels[i]
		names := cabinetDepartments[r.Predicate]
		if names == nil || r.Object != "United States" || rf.notHeld(r.Sentence, r.Text) {
			continue
		}
		if d := rf.departmentNamed(names); d != "" {
			rf.addRelation(r.Sentence, r.Subject, "headOf", d, r.Text)
		}
	}
	for mi := range rf.mentions {
		m := &rf.mentions[mi]
		if m.role == "" || m.ent < 0 || m.sent == rf.headline || rf.ents[m.ent].typ != kg.Person {
			continue
		}
		names := cabinetDepartments[rolePredicate(m.role)]
		if names == nil || !usTitle(m.roleOrg) {
			continue
		}
		text := rf.span(m.ta, m.b)
		if rf.notHeld(m.sent, text) {
			continue
		}
		if d := rf.departmentNamed(names); d != "" {
			rf.addRelation(m.sent, rf.entName(m.ent), "headOf", d, text)
		}
	}
}

// usTitle reports whether the body or place named before a title (roleOrg) leaves it a
// federal one: none, or the United States itself ("U.S. Attorney General").
func usTitle(roleOrg string) bool {
	switch roleOrg {
	case "", "U.S.", "US", "United States":
		return true
	}
	return false
}

// departmentNamed returns the name of the article's first organization that names are
// the names of, "U.S." or "US" before it or not ("U.S. State Department"), or "".
func (rf *relationFinder) departmentNamed(names map[string]bool) string {
	for _, e := range rf.ents {
		if e.dropped || e.typ != kg.Organization {
			continue
		}
		n := strings.TrimPrefix(strings.TrimPrefix(e.name, "U.S. "), "US ")
		if names[n] {
			return e.name
		}
	}
	return ""
}

// notHeld reports whether the title text of sentence si is a deputy's ("Deputy Defense
// Secretary Ron Sable", "Under Secretary of State Ida Crane", the word inside the title
// or a few characters before it) or one held before ("former U.S. Secretary of State Ana
// Vey", "then Secretary of State"): its holder does not head the department now.
func (rf *relationFinder) notHeld(si int, text string) bool {
	t := strings.ToLower(text)
	if strings.Contains(t, "deputy") || strings.Contains(t, "assistant") || strings.Contains(t, "under") {
		return true
	}
	if si < 0 || si >= len(rf.sents) {
		return false
	}
	s := &rf.sents[si]
	sent := strings.ToLower(rf.span(s.start, s.b))
	i := strings.Index(sent, t)
	if i < 0 {
		return false
	}
	before := sent[max(0, i-16):i] // "former U.S. ", "ex-", "Under "
	for _, w := range []string{"former", "then", "ex-", "under", "deputy", "assistant"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}
