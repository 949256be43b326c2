package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// groupKinds are the kinds of people the head noun of a counted group names
// (data/figures.txt): "officer", "policemen" and "deputies" are police; "citizens" are of
// any kind.
var groupKinds = wordValues("group-kinds")

// otherGroup reports whether two figures count groups of different kinds of people: "the
// police killings of two black men" are not the "two Baton Rouge police officers" killed
// on Sunday, and two tolls of one value that count them are two figures. Groups whose
// head nouns name one kind ("three police officers", "at least 3 officer"), or one
// that names a whole or anyone ("two of its citizens", "others", a group with no name),
// count the same people.
func otherGroup(a, b kg.Figure) bool {
	if a.Scope.Kind != kg.GroupPart || b.Scope.Kind != kg.GroupPart {
		return false
	}
	ka, kb := groupKind(a.Scope.Of), groupKind(b.Scope.Of)
	return ka != "" && kb != "" && ka != kb
}

// groupKind returns the kind of people a group's name counts by its last word
// (groupKinds, else the word without a plural's "s"), or "" when the name counts anyone:
// no name, a whole noun ("victims", "others"), a citizen.
func groupKind(of string) string {
	f := strings.Fields(of)
	if len(f) == 0 {
		return ""
	}
	head := f[len(f)-1]
	if wholeNouns.has(head) {
		return ""
	}
	if k, ok := groupKinds[head]; ok {
		if k == "any" {
			return ""
		}
		return k
	}
	return strings.TrimSuffix(head, "s")
}
