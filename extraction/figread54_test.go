package extraction

import "testing"

// TestCountersWhoTreat: a count that treated someone ("two doctors who had treated the
// gunman") is not a count of the hurt, and "relatives of the dead" are not the dead; "12
// were treated for burns" and "two of the dead" still are.
func TestCountersWhoTreat(t *testing.T) {
	checkFigures(t, "Clinic lawsuit", map[string][]string{
		"Nine people were hurt in the blast and 12 were treated for burns at Elmtown hospital.": {"injured 12"},
		"Eight people died in the fire, and two of the dead were firefighters.":                 {"killed 8"},
	})
	checkFigures(t, "Clinic lawsuit", map[string][]string{
		"The suit also blames two psychiatrists who had treated the gunman and failed to warn anyone.": {"psychiatrists 2"},
		"The suit was filed by more than two dozen surviving victims and relatives of the dead.":       {"surviving victims 24"},
	}, "injured 2", "killed 24")
}

// TestNameBeforeCountedHead: a name with "of" inside it before the counted noun
// modifies the head: "two University of Elmtown psychiatrists" counts psychiatrists.
func TestNameBeforeCountedHead(t *testing.T) {
	checkFigures(t, "Clinic lawsuit", map[string][]string{
		"Researchers at the University of Elmtown spoke first. The suit blames two University of Elmtown psychiatrists for the delay.": {"psychiatrists 2"},
		"The Department of Defense was asked. Two Department of Defense documents are especially relevant.":                            {"documents 2"},
	}, "university 2", "department 2")
}
