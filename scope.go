package kg

import "strings"

// Scope says which part of its subject's whole a figure counts. Only figures of the
// same subject, measure and scope are judged against each other: "three in New York"
// is not a report of the whole toll, "two more died" is an increment that feeds the
// running total, and "the five-year war that has killed 250,000" is background, never
// a new report of the event a sentence is about.
type Scope struct {
	Kind ScopeKind
	// Of names the part, for the kinds that have one: the place ("New York"), the group
	// ("children", "Germans", "officers") or the status ("critical condition").
	Of string
}

// ScopeKind is the kind of part a figure counts.
type ScopeKind string

// The scope kinds. Whole is the empty string: most figures count the whole.
const (
	Whole      ScopeKind = ""
	PlacePart  ScopeKind = "place"      // a sub-count by place: "three in New York"
	GroupPart  ScopeKind = "group"      // by group: "two of the dead were children", "officers"
	Increment  ScopeKind = "increment"  // "two more died", "an additional 40 bodies"
	Status     ScopeKind = "status"     // "identified", "in critical condition"
	Estimate   ScopeKind = "estimate"   // a forecast or estimate: "could reach", "expected"
	Rate       ScopeKind = "rate"       // "per hour", "a day"
	Background ScopeKind = "background" // context: a war's cumulative toll, last year's statistics
)

// String writes the scope as the JSON contract and the rows carry it: "" for the
// whole, "increment", "group: children".
func (s Scope) String() string {
	if s.Of == "" {
		return string(s.Kind)
	}
	return string(s.Kind) + ": " + s.Of
}

// ParseScope reads what String wrote.
func ParseScope(s string) Scope {
	k, of, _ := strings.Cut(s, ":")
	return Scope{Kind: ScopeKind(strings.TrimSpace(k)), Of: strings.TrimSpace(of)}
}

// Key is what two figures' scopes must share to be compared: the kind and the part,
// case and spacing folded.
func (s Scope) Key() string {
	return string(s.Kind) + "|" + strings.Join(strings.Fields(strings.ToLower(s.Of)), " ")
}

// Comparable reports whether figures of this scope are reports of their subject that
// can be judged against other reports: background is context, and an estimate or a
// rate is not a count to hold against another.
func (s Scope) Comparable() bool {
	switch s.Kind {
	case Background, Estimate:
		return false
	}
	return true
}
