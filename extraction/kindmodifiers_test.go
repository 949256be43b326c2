package extraction

import "testing"

// TestKindModifiers: a people's word before a shipping or making trade ("Greek
// shipowner X", "Norwegian shipper X", "Dutch drugmaker X") places the firm; a list after a
// plural kind goes on past each member's ticker ("steelmakers such as A (T), B (T) and C");
// a person "of" a kind and a firm's name ("of ship broker X", "of the research firm X")
// belongs to the firm; "OUTLET's A, B and C in PLACE contributed to this report" makes
// each a reporter of the outlet, and "OUTLET's X spoke" does not.
func TestKindModifiers(t *testing.T) {
	x := extract(t, "kind-modifiers")
	for _, r := range [][3]string{
		{"Kalvos Maritime SA", "locatedIn", "Greece"},
		{"Fjordlast ASA", "locatedIn", "Norway"},
		{"Venhoek Pharmaceuticals", "locatedIn", "Netherlands"},
		{"Ferrova", "locatedIn", "Brazil"},
		{"Acomar", "locatedIn", "Brazil"},
		{"Lusteel", "locatedIn", "Brazil"},
		{"Ana Duarte", "memberOf", "Marlin Brokers"},
		{"Tom Greer", "memberOf", "Halden Partners"},
		{"Ida Moss", "reporterOf", "Fjord TV"},
		{"Per Lund", "reporterOf", "Fjord TV"},
		{"Eva Holm", "reporterOf", "Fjord TV"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	if hasRelation(x, "Nils Berg", "reporterOf", "Fjord TV") {
		t.Errorf("unwanted Nils Berg reporterOf Fjord TV: no credit line")
	}
}
