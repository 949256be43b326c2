package extraction

import "testing"

// TestChiefTechnologyOfficerInitials: "CTO" is the chief technology officer, as "CEO",
// "CFO" and "COO" are their offices.
func TestChiefTechnologyOfficerInitials(t *testing.T) {
	x := extractBody(t, "Quill Systems Inc. opened an office in Oslo. Quill Systems has 400 workers.\n\n"+
		"Ivo Marsh, Quill Systems' CTO, said the office would grow.")
	if !hasRelation(x, "Ivo Marsh", "chiefTechnologyOfficerOf", "Quill Systems Inc.") {
		t.Errorf("no Ivo Marsh chiefTechnologyOfficerOf Quill Systems Inc.; relations %v", x.Relations)
	}
	// near miss: initials that name no office give no role
	x = extractBody(t, "Quill Systems Inc. opened an office in Oslo. Quill Systems has 400 workers.\n\n"+
		"Ivo Marsh, Quill Systems' QTO, said the office would grow.")
	for _, r := range x.Relations {
		if r.Subject == "Ivo Marsh" && r.Object == "Quill Systems Inc." {
			t.Errorf("a role from unknown initials: %v", r)
		}
	}
}

// TestOwnerBeforeTitleMark: a plural name's bare possessive before a title it holds
// ends the name ("Quill Systems' CEO"); a bare possessive inside a name does not.
func TestOwnerBeforeTitleMark(t *testing.T) {
	x := extractBody(t, "Quill Systems Inc. opened an office in Oslo. Quill Systems has 400 workers.\n\n"+
		"Ivo Marsh, Quill Systems' CEO, said the office would grow.")
	if entityNamed(x, "Quill Systems' CEO") != nil {
		t.Errorf("Quill Systems' CEO taken for a name; entities %v", entityNames(x))
	}
	if !hasRelation(x, "Ivo Marsh", "chiefExecutiveOfficerOf", "Quill Systems Inc.") {
		t.Errorf("no Ivo Marsh chiefExecutiveOfficerOf Quill Systems Inc.; relations %v", x.Relations)
	}
	// near miss: a union's name keeps its mark
	x = extractBody(t, "The Dockers' Union called a strike in Oslo on Monday.")
	if entityNamed(x, "Dockers' Union") == nil {
		t.Errorf("no Dockers' Union; entities %v", entityNames(x))
	}
}
