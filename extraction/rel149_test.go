package extraction

import "testing"

// TestOpeningBodyTrade: a body's name that opens the sentence (or follows "Former" or
// a dateline) still owns the trade after it when it reads firmly as a body's;
// "Billionaire investor X" and "Acme fired marketing specialist X" give nothing.
func TestOpeningBodyTrade(t *testing.T) {
	x := extractBody(t, "Harbor Hawks quarterback Jo Vance has decided to retire, the team said on Sunday.\n\n"+
		"Former Vexa TV anchor Lena Marsh sued the network on Wednesday.\n\n"+
		"Billionaire investor Carl Ward is backing the Harbor Hawks.\n\n"+
		"Quillon fired marketing specialist Ada Brook this week, the Quillon board said.\n")
	for _, r := range [][3]string{
		{"Jo Vance", "memberOf", "Harbor Hawks"},
		{"Lena Marsh", "anchorOf", "Vexa TV"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Carl Ward" && r.Object == "Billionaire" || r.Subject == "Ada Brook" && r.Object == "Quillon" {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestBodyServiceTrades: "DEA agent X", "Norland Space Agency astronaut X" make X the
// body's employee; "NFL free agent X" does not.
func TestBodyServiceTrades(t *testing.T) {
	x := extractBody(t, "The case was opened by DEA agent Tom Reller in March, court papers show.\n\n"+
		"The mission will carry Norland Space Agency astronaut Ivo Stahl, officials said.\n\n"+
		"The team signed NFL free agent Bo Kettler on Monday, the club said.\n")
	for _, r := range [][3]string{
		{"Tom Reller", "employeeOf", "Drug Enforcement Administration"},
		{"Ivo Stahl", "employeeOf", "Norland Space Agency"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Bo Kettler" && r.Predicate == "employeeOf" {
			t.Errorf("unwanted %+v: a free agent", r)
		}
	}
}

// TestPossessedParty: "PERSON's PARTY party" makes the person a member of a body that reads
// as a party; "PERSON's FIRM" ties nothing.
func TestPossessedParty(t *testing.T) {
	x := extractBody(t, "Prime Minister Tomas Varga spoke on Monday.\n\nThe policy chief of Varga's NUP party held open the possibility of intervention.\n\n"+
		"The rocket was built by Elan Moss's Quillon Labs in Tallow.\n")
	if !hasRelation(x, "Tomas Varga", "memberOf", "NUP") {
		t.Errorf("missing Tomas Varga memberOf NUP; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Subject == "Elan Moss" && r.Object == "Quillon Labs" && r.Predicate == "memberOf" {
			t.Errorf("unwanted %+v: a firm, not a party", r)
		}
	}
}
