package extraction

import "testing"

// TestClaimsDisputes: a country that claims a share of a place ("claims most of the Amber
// Sea", "claims sovereignty over"), the countries that "have rival claims" or "also claim
// parts of it" after it (the place claimed last); a dispute its party has or is locked in
// ("has a patent dispute with", "is locked in a border dispute with"); a deal struck (agreesWith, no attack).
func TestClaimsDisputes(t *testing.T) {
	x := extract(t, "claims-disputes")
	for _, r := range [][3]string{
		{"Norway", "claims", "Amber Sea"},
		{"Vietnam", "claims", "Amber Sea"},
		{"Brunei", "claims", "Amber Sea"},
		{"Chile", "claims", "Amber Sea"},
		{"Peru", "claims", "Amber Sea"},
		{"Peru", "claims", "Koral Islands"},
		{"Chile", "disputesWith", "Peru"},
		{"Halvorsen Systems", "disputesWith", "Lumo Inc"},
		{"Northwind Corp", "agreesWith", "Tarn Bank"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Brisk Co" || r.Predicate == "attacks" || r.Predicate == "claims" && r.Object == "Koral Islands" && r.Subject != "Peru" {
			t.Errorf("unwanted %+v: a deal only wanted, a deal struck read as an attack, a claim denied", r)
		}
	}
}

// TestClaimsMore: "claims almost the entire X", "have claims to parts of the waters" with
// no modifier before "claims", and "the sea" taking up the sea claimed or named last.
func TestClaimsMore(t *testing.T) {
	x := extract(t, "claims-more")
	for _, r := range [][3]string{
		{"Norway", "claims", "Amber Sea"},
		{"Chile", "claims", "Amber Sea"},
		{"Peru", "claims", "Amber Sea"},
		{"Ecuador", "claims", "Amber Sea"},
		{"Portugal", "claims", "Amber Sea"},
		{"Lisbon", "claims", "Amber Sea"},
		{"Spain", "claims", "Koral Islands"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "claims" && (r.Subject == "Finland" || r.Subject == "Sweden") {
			t.Errorf("unwanted %+v: no claim, or a lighthouse built", r)
		}
	}
}

// TestClaimsPassive: a place claimed by countries named after "by" (an aside after its
// name, "parts of which are also claimed by"), a possessive claim ("Norway's vast claims
// in", "Denmark's Amber Sea claims", "a claim to more than 80 percent of"), the places
// listed before ", all of which have claims", "nearly all the" and modifiers before the
// place; attacks claimed by a group are claimed and carried out by it.
func TestClaimsPassive(t *testing.T) {
	x := extract(t, "claims-passive")
	for _, r := range [][3]string{
		{"Norway", "claims", "Kashmir"},
		{"Sweden", "claims", "Kashmir"},
		{"Finland", "claims", "Koral Islands"}, // "the Koral archipelago": the islands named in full after it
		{"Norway", "claims", "Amber Sea"},
		{"Denmark", "claims", "Amber Sea"},
		{"Iceland", "claims", "Amber Sea"},
		{"Estonia", "claims", "Amber Sea"},
		{"Latvia", "claims", "Amber Sea"},
		{"Lithuania", "claims", "Amber Sea"},
		{"Poland", "claims", "Koral Islands"},
		{"Red Hand Front", "claimsResponsibilityFor", "Oslo"},
		{"Red Hand Front", "attacks", "Oslo"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}
