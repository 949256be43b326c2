package extraction

import "testing"

// TestFirmTrades: a people's word before a firm's place in a market or a deal ("Greek
// tanker owner X", "French peer X", "Chinese bidder X") places the firm, and so does one
// before a plural kind that the list of firms follows at once ("German discounters A and
// B"); a person after "Greek owner", a list set against the kind ("Unlike U.S. firms A
// and B") and a single name after a plural kind are left alone.
func TestFirmTrades(t *testing.T) {
	x := extract(t, "firm-trades")
	for _, r := range [][3]string{
		{"Helmara Tankers Inc", "locatedIn", "Greece"},
		{"Sorvane Shipping SA", "locatedIn", "France"},
		{"Qinlong Holdings Ltd", "locatedIn", "China"},
		{"Kornfeld", "locatedIn", "Germany"},
		{"Lindmark", "locatedIn", "Germany"},
		{"Hanwei Technologies Co", "locatedIn", "China"},
		{"Zetan Corp", "locatedIn", "China"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Nikos Pappas", "locatedIn", "Greece"},
		{"Ardent", "locatedIn", "United States"},
		{"Bexley", "locatedIn", "United States"},
		{"Hanbit Telecom", "locatedIn", "South Korea"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}
