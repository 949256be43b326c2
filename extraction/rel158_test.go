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

// TestSharesHeldByName: a body that owns a company's shares ("owns Brekke Corp
// shares", "owns voting shares of Lumo Inc and Tessaro Labs", "owned $9.5 million of
// Brekke Corp stock") invests in it; one that does not own them does not.
func TestSharesHeldByName(t *testing.T) {
	x := extractBody(t, "\"It will improve,\" said Anna Lund, chief executive of Halvard Capital Management, which owns Brekke Corp shares.")
	if !hasRelation(x, "Halvard Capital Management", "investsIn", "Brekke Corp") {
		t.Errorf("no Halvard Capital Management investsIn Brekke Corp: %+v", x.Relations)
	}
	x = extractBody(t, "Kestrel Funds Inc, which owns voting shares of Lumo Inc and Tessaro Labs, welcomed the change.")
	if !hasRelation(x, "Kestrel Funds Inc", "investsIn", "Lumo Inc") || !hasRelation(x, "Kestrel Funds Inc", "investsIn", "Tessaro Labs") {
		t.Errorf("no Kestrel Funds Inc investsIn Lumo Inc and Tessaro Labs: %+v", x.Relations)
	}
	x = extractBody(t, "The $1.1 billion Norvik Smaller Companies Fund owned $9.5 million of Brekke Corp stock at the end of December.")
	if !hasRelation(x, "Norvik Smaller Companies Fund", "investsIn", "Brekke Corp") {
		t.Errorf("no Norvik Smaller Companies Fund investsIn Brekke Corp: %+v", x.Relations)
	}
	x = extractBody(t, "Halvard Capital Management does not own Brekke Corp shares, its filing showed.")
	if hasRelation(x, "Halvard Capital Management", "investsIn", "Brekke Corp") {
		t.Errorf("shares not owned are no stake: %+v", x.Relations)
	}
}
