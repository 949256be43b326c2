package extraction

import "testing"

// TestTitledAgents: the agent of "led by" after a title or description ("led by Director
// Ann Vole") leads the group, and after an organization and a common noun ("by Quill
// veteran Mara Lind", "by Velland unit Birch Financial Group") the name the noun heads
// acts, not the organization.
func TestTitledAgents(t *testing.T) {
	x := extract(t, "titled-agents")
	for _, r := range [][3]string{
		{"Ann Vole", "leads", "Ostra Foundation"},
		{"Tom Reed", "leads", "Harlan Relief Group"},
		{"Birch Financial Group", "operate", "Kestrel Pay"},
		{"Mara Lind", "train", "Ida Sorn"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Velland", "operate", "Kestrel Pay"},
		{"Quill", "train", "Ida Sorn"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}
