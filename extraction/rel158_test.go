package extraction

import "testing"

// TestHeldFractions: a share in words held of a company ("owns a third of", "holds
// two-thirds of") is a stake, as "owns 9 percent of" is; a share of a town is none.
func TestHeldFractions(t *testing.T) {
	x := extractBody(t, "Brekke Corp owns a third of the Lumo Company, and the two firms also share an office.")
	if !hasRelation(x, "Brekke Corp", "investsIn", "Lumo Company") {
		t.Errorf("no Brekke Corp investsIn Lumo Company: %+v", x.Relations)
	}
	x = extractBody(t, "Halvard Group holds two-thirds of Tessaro Labs, its filing showed.")
	if !hasRelation(x, "Halvard Group", "investsIn", "Tessaro Labs") {
		t.Errorf("no Halvard Group investsIn Tessaro Labs: %+v", x.Relations)
	}
	x = extractBody(t, "The Velland Front holds a third of Aleppo after a week of fighting.")
	if hasRelation(x, "Velland Front", "investsIn", "Aleppo") {
		t.Errorf("a town held is no stake: %+v", x.Relations)
	}
}

// TestCoordinatedRival: "A and larger rival B VERB": the rival after "and" is read
// whatever word follows it (the verb the two names share), also past a ticker after A.
func TestCoordinatedRival(t *testing.T) {
	x := extractBody(t, "Lumo Inc and larger rival Brekke Corp face separate lawsuits brought by drivers.")
	if !hasRelation(x, "Brekke Corp", "rivalOf", "Lumo Inc") {
		t.Errorf("no Brekke Corp rivalOf Lumo Inc: %+v", x.Relations)
	}
	x = extractBody(t, "Halvard Group (HAL.N) and smaller rival Tessaro Labs (TES.O) reported losses on Monday.")
	if !hasRelation(x, "Tessaro Labs", "rivalOf", "Halvard Group") {
		t.Errorf("no Tessaro Labs rivalOf Halvard Group: %+v", x.Relations)
	}
	x = extractBody(t, "Norvik Rides Inc and ride-hailing competitor Kestrel Cabs Corp have been working with transit agencies.")
	if !hasRelation(x, "Kestrel Cabs Corp", "rivalOf", "Norvik Rides Inc") {
		t.Errorf("no Kestrel Cabs Corp rivalOf Norvik Rides Inc: %+v", x.Relations)
	}
}

// TestOwnerPastPossessor: "owned by A's company B": B owns the unit, A only describes it.
func TestOwnerPastPossessor(t *testing.T) {
	x := extractBody(t, "Tessaro Labs, a food delivery service owned by Anna Lund's company Halvard Group, said on Monday it would expand.")
	if !hasRelation(x, "Tessaro Labs", "partOf", "Halvard Group") {
		t.Errorf("no Tessaro Labs partOf Halvard Group: %+v", x.Relations)
	}
	x = extractBody(t, "Brekke Corp, owned by Anna Lund's shareholders, declined to comment.")
	for _, r := range x.Relations {
		if r.Subject == "Brekke Corp" && r.Predicate == "partOf" {
			t.Errorf("shareholders are no company: %+v", r)
		}
	}
}
