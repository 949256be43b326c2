package extraction

import "testing"

// TestNamedRoleWords: a role written with a hyphen is a role ("the United Nations
// secretary-general"); a role word inside a name is a word of the name ("the General
// Dynamo Corp chief executive" is its chief executive, no general of it; "a nurse at
// Harbor General Hospital" is no general).
func TestNamedRoleWords(t *testing.T) {
	x := extract(t, "named-role-words")
	wantRelations(t, x, [][3]string{
		{"Ana Vell", "secretaryGeneralOf", "United Nations"},
		{"Dana Ruiz", "chiefExecutiveOf", "General Dynamo Corp"},
	})
	for _, r := range x.Relations {
		if r.Predicate == "generalOf" {
			t.Errorf("a word of a name read as a role: %+v", r)
		}
	}
}
