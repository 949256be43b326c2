package extraction

import "testing"

// TestShareholders: the holder of a firm's shares named by "shareholder", "investor" or
// "early backer" in an appositive, after a present copula, in a "which is" aside and
// beside the firm's possessive invests in the firm, for each firm of a pair and each
// holder of a pair; a former holder, a past or hedged copula, a candidate's backers,
// investors with no name and an investor in a firm's venture give nothing. A firm
// "backed by" a fund is invested in by it; a union's backing is no investment.
func TestShareholders(t *testing.T) {
	x := extract(t, "shareholders")
	for _, r := range [][3]string{
		{"Sable Ventures", "investsIn", "Tessaro Media"},
		{"Marrow Financial", "investsIn", "Gallant Steel Corp"},
		{"Halden Capital", "investsIn", "Zephyr Software"},
		{"Orrin Blake", "investsIn", "Pelmar Holdings"},
		{"Orrin Blake", "investsIn", "Quarry Cinemas Inc"},
		{"Granite Partners", "investsIn", "Corvid Robotics Inc"},
		{"Ardent Capital", "investsIn", "Tessaro Media"},
		{"Norvik Bank", "investsIn", "Halvard Oil"},
		{"Selden Trust", "investsIn", "Halvard Oil"},
		{"Opal Funds", "investsIn", "Corvid Robotics Inc"},
		{"Granite Capital", "investsIn", "Lumo Robotics Inc"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Wren Holdings", "investsIn", "Gallant Steel Corp"},
		{"Lark Capital", "investsIn", "Zephyr Software"},
		{"Fenwick Group", "investsIn", "Pelmar Holdings"},
		{"Maria Solano", "investsIn", "Tom Reyes"},
		{"Talbot Bank", "investsIn", "Brisk Motors"},
		{"Ostrava Partners", "investsIn", "Tessaro Media"},
		{"Farmers Union", "investsIn", "Quarry Mills"},
		{"Norwick Inc", "investsIn", "Vela Systems"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unexpected %s %s %s", r[0], r[1], r[2])
		}
	}
}
