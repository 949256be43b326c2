package extraction

import "testing"

// TestNamedTies: two names tied in one noun phrase with no verb between them. A role
// after a named body or place in a description that closes at the comma before a
// person is held there, as without the comma ("the Harbor Port Authority spokesman,
// Joseph Pentwell", "The Ohio governor, Dana Whitcombe", "The Nigeria army spokesman,
// Sani Usmanu"); a place that only says where one is based ("A Tokyo-based analyst") and
// a possessive's role ("The Harford County sheriff's spokeswoman": the sheriff's, not
// the county's) give nothing. A maker's product after modifiers of its standing is its
// product ("Acme Corp's upcoming Qube 7", "Acme Corp's popular Skyline app"); a state
// the product is in at another's hands is no such modifier ("The FBI's hacked Vexa 5").
// A person's full name after a body's possessive works for it ("Lumo Radio's Dana
// Kessler", "Birch Research's Ellen Marsh"); after a place's, not ("Ohio's Tom Brandt");
// after a body the article calls a party, it is a member ("the Kestrel party …
// Kestrel's Ana Ruizova").
func TestNamedTies(t *testing.T) {
	x := extract(t, "named-ties")
	for _, r := range [][3]string{
		{"Joseph Pentwell", "spokesmanOf", "Harbor Port Authority"},
		{"Dana Whitcombe", "governorOf", "Ohio"},
		{"Sani Usmanu", "spokesmanOf", "Nigeria army"},
		{"Qube 7", "productOf", "Acme Corp"},
		{"Skyline", "productOf", "Acme Corp"},
		{"Dana Kessler", "employeeOf", "Lumo Radio"},
		{"Ellen Marsh", "employeeOf", "Birch Research"},
		{"Ana Ruizova", "memberOf", "Kestrel"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Kenji Satoma" && r.Object == "Tokyo":
			t.Errorf("unwanted %+v: a place one is based in is no body one serves", r)
		case r.Subject == "Cristie Hoplin" && r.Object == "Harford County":
			t.Errorf("unwanted %+v: the sheriff's spokeswoman, not the county's", r)
		case r.Subject == "Tom Brandt" && r.Predicate == "employeeOf":
			t.Errorf("unwanted %+v: a state's possessive names no employer", r)
		case r.Subject == "Vexa 5" && r.Predicate == "productOf":
			t.Errorf("unwanted %+v: a hacked phone is not the FBI's product", r)
		}
	}
}
