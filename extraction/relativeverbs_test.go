package extraction

import "testing"

// TestRelativeClauseVerbs: the verb in -s of a relative clause after a name and a comma is
// a verb, not a plural noun ("Mara Lind, who teaches law at Harbor University" → Mara Lind
// teachLawAt Harbor University), and the prepositions of place "near", "outside",
// "inside", "within", "throughout" and "beyond" lead to the second name.
// "which members voted" keeps its noun.
func TestRelativeClauseVerbs(t *testing.T) {
	x := extractBody(t, "\"The rules will change,\" said Mara Lind, who teaches law at Harbor University. "+
		"The Velland Appeals Court, which sits in Dunmore, ruled on Monday. "+
		"Tom Wade, who lives in Ashmoor, said the plan would fail. "+
		"Mara Lind spoke outside Velland Appeals Court on Monday. "+
		"Kestrel Robotics rented a warehouse near Ashmoor last year.")
	for _, r := range [][3]string{
		{"Mara Lind", "teachLawAt", "Harbor University"},
		{"Velland Appeals Court", "sitIn", "Dunmore"},
		{"Tom Wade", "liveIn", "Ashmoor"},
		{"Mara Lind", "speakOutside", "Velland Appeals Court"},
		{"Kestrel Robotics", "rentWarehouseNear", "Ashmoor"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}
