package extraction

import "testing"

// TestPartnersListedByExample: "partners such as", "partners like" name the partners of
// the organization the sentence opens with, as rivals are named (rivalsnamed.go); a
// seller's "partners" named after another company are not the opening company's.
func TestPartnersListedByExample(t *testing.T) {
	x := extractBody(t, "Norvik Media works closely with messaging app partners like Kestrel Inc and Halden Data this year. "+
		"Talvo Corp launched its video app in October and has announced content partners such as Umbra Inc and Velo Inc this year.")
	for _, r := range [][2]string{{"Norvik Media", "Kestrel Inc"}, {"Norvik Media", "Halden Data"}, {"Talvo Corp", "Umbra Inc"}, {"Talvo Corp", "Velo Inc"}} {
		if !hasRelation(x, r[0], "partnerOf", r[1]) {
			t.Errorf("no %s partnerOf %s: %+v", r[0], r[1], x.Relations)
		}
	}
	z := extractBody(t, "Brantor Corp said on Tuesday that analysts expect Lumo Inc to sign partners like Globex Inc this year.")
	if hasRelation(z, "Brantor Corp", "partnerOf", "Globex Inc") {
		t.Errorf("partnerOf past the company named before the list: %+v", z.Relations)
	}
}

// TestTradeGroupMembers: a trade group that represents named companies has them as
// members (tradegroups.go): by an appositive of a group noun, or as the subject when its
// own name is a group's; a lawyer or a union "representing" a company makes no member.
func TestTradeGroupMembers(t *testing.T) {
	x := extractBody(t, "\"We object,\" said Mara Lind, an official at the Halden Carmakers Association, a trade group representing Norvik Motors Corp, Talvo Motors Co and other automakers. "+
		"The Ostmark Software Council, a Washington-based trade organization that represents Brekke Corp, Lumo Inc and other companies, sent a letter. "+
		"The Ostmark Banking Association represents 40 leading banks, including Umbra Bank and Velo Bank.")
	for _, r := range [][2]string{{"Norvik Motors Corp", "Halden Carmakers Association"}, {"Talvo Motors Co", "Halden Carmakers Association"},
		{"Brekke Corp", "Ostmark Software Council"}, {"Lumo Inc", "Ostmark Software Council"},
		{"Umbra Bank", "Ostmark Banking Association"}, {"Velo Bank", "Ostmark Banking Association"}} {
		if !hasRelation(x, r[0], "memberOf", r[1]) {
			t.Errorf("no %s memberOf %s: %+v", r[0], r[1], x.Relations)
		}
	}
	z := extractBody(t, "Jana Voss, a lawyer at Kestrel & Fenn representing Pendra Corp, declined to comment. "+
		"The Halden Drivers Union, representing 16,000 workers of Norvik Motors Corp, approved the contract.")
	for _, r := range z.Relations {
		if r.Predicate == "memberOf" && (r.Subject == "Pendra Corp" || r.Subject == "Norvik Motors Corp") {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestApposedParent: "Lipper Inc, a Thomson Reuters company," — an appositive that
// names a parent (or, for "affiliate", a network or group) as the modifier of a unit
// noun (affiliates.go apposedParent); an appositive that goes on past the noun, or a
// demonym in the modifier's place, names none.
func TestApposedParent(t *testing.T) {
	x := extractBody(t, "Analysts used data from Ravel Inc, a Norvik Media company, to examine the market. "+
		"Pictures bore the logo of Halden Films, an Ostmark Front affiliate, according to Kestrel Watch.")
	if !hasRelation(x, "Ravel Inc", "partOf", "Norvik Media") {
		t.Errorf("no Ravel Inc partOf Norvik Media: %+v", x.Relations)
	}
	if !hasRelation(x, "Halden Films", "affiliateOf", "Ostmark Front") {
		t.Errorf("no Halden Films affiliateOf Ostmark Front: %+v", x.Relations)
	}
	z := extractBody(t, "Brekke Corp, a Talvo Motors company executive said, is growing.")
	if hasRelation(z, "Brekke Corp", "partOf", "Talvo Motors") {
		t.Errorf("partOf past the appositive's noun: %+v", z.Relations)
	}
}
