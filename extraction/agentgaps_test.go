package extraction

import "testing"

// TestAgentGaps: a short phrase of place, manner or destination between a passive
// participle and "by" keeps the agent (agentgaps.go); a phrase whose noun takes "by"
// itself ("in a lawsuit by", "in a report by") and "to" before a verb do not.
func TestAgentGaps(t *testing.T) {
	x := extract(t, "agent-gaps")
	for _, r := range [][3]string{
		{"Velland Army", "supports", "Ostra Guard"},
		{"Norvik Police", "arrests", "Mara Lind"},
		{"Oren Capital", "funds", "Peller Motors"},
		{"Ida Sorn", "appoints", "Anders Berg"},
		{"Tarn Council", "welcome", "Nora Beck"},
		{"Peru", "supports", "Ostra Guard"},
		{"Chile", "arrests", "Nora Beck"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Harbor Fund", "names", "Tomas Quill"},
		{"Harbor Fund", "appoints", "Tomas Quill"},
		{"Dorn Freight", "criticizes", "Kestrel Bank"},
		{"Pell Radio", "calls", "Corvid Labs"},
		{"Chile", "arrests", "Ida Sorn"}, // "by Chilean army officers": the officers act
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}
