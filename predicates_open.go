package kg

// Open predicates: relations read from a verb phrase the controlled vocabulary has no term
// for (extraction/openrelations.go), named by a fixed rule from the phrase — the verb's base
// form, its particle, the head noun of a short object and the preposition, in camelCase:
// "dropped its legal case against" → dropCaseAgainst, "was introduced by" → introduce. They
// depart from DESIGN.md's controlled vocabulary on purpose: news uses more verbs than any
// list holds. They are marked as open (IsOpenPredicate, their own IRI namespace in schema,
// "open": true in the JSON) and Opposites never applies to them.

// IsOpenPredicate reports whether p is an open predicate: a camelCase name of ASCII letters
// opening in lower case ("imposeLimitsOn") that is not a term of the controlled vocabulary.
func IsOpenPredicate(p string) bool {
	if p == "" || p[0] < 'a' || p[0] > 'z' || IsPredicate(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if c := p[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}
