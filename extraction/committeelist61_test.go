package extraction

import "testing"

// TestCommitteeSubjectsNoList: "chairs the Senate Committee on Energy, Mining and Water"
// names one committee; its subjects after the comma are no further objects. A plain list
// of bodies after the verb still is one.
func TestCommitteeSubjectsNoList(t *testing.T) {
	x := extractTitled(t, "Report", "Dana Pruitt, a Republican senator from Ostmark who chairs the Senate Committee on Energy, Mining and Water, spoke on Friday.")
	for _, r := range x.Relations {
		if r.Subject == "Dana Pruitt" && (r.Object == "Mining" || r.Object == "Water") {
			t.Errorf("a committee's subject read as an object: %+v", r)
		}
	}
	x = extractTitled(t, "Report", "Dana Pruitt condemned Norland Capital, Harlow Bank and Westbrook Partners on Friday.")
	if !hasRelation(x, "Dana Pruitt", "condemns", "Westbrook Partners") {
		t.Errorf("near miss: want Dana Pruitt condemns Westbrook Partners: %+v", x.Relations)
	}
}
