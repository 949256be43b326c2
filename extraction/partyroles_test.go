package extraction

import "testing"

// TestPartyRoles: a party's word in a description after the name says which party the
// person belongs to and is never the body of the office ("Tom Briggs, a Republican
// senator from Texas" is a senator of Texas and a Republican, not "senatorOf
// Republican"); two parties for two names are not given out ("A and B, the Republican
// and Democratic leaders"); "a Democratic socialist" names no member, nor does a title
// before another person's name ("Governor Lars Udo, Republican front-runner Kit
// Moran"). "general" before a lower-case noun is no general's rank ("a general
// assignment reporter"), and "general counsel for the Director of National
// Intelligence" is no director. A party's body keeps its party's word ("Republican
// National Committee Chairman X"). A country's word before "citizen" or "national" closing
// the description gives citizenship, not "a U.S. national security adviser".
func TestPartyRoles(t *testing.T) {
	x := extract(t, "party-roles")
	for _, r := range [][3]string{
		{"Tom Briggs", "senatorOf", "Texas"},
		{"Tom Briggs", "memberOf", "Republican Party"},
		{"Mark Tull", "governorOf", "Ohio"},
		{"Mark Tull", "memberOf", "Republican Party"},
		{"Paul Okafor", "memberOf", "Democratic Party"},
		{"Lena Marsh", "memberOf", "Republican Party"},
		{"Elena Ruiz", "reporterOf", "Reuters"},
		{"Jon Pike", "citizenOf", "United States"},
		{"Ana Duval", "citizenOf", "France"},
		{"Rita Fenn", "strategistOf", "Democratic Party"},
		{"Republican National Committee", "partOf", "Republican Party"},
		{"Ned Corlo", "chairmanOf", "Republican National Committee"},
		{"Ray Dunmore", "speakerOf", "House"},
		{"Gil Harlan", "memberOf", "Republican Party"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case usPartyWords[r.Object] != "":
			t.Errorf("unwanted %+v: a party's lone word is no body of a role", r)
		case (r.Subject == "Cal Ardent" || r.Subject == "Nora Vick" || r.Subject == "Ivo Crane" || r.Subject == "Lars Udo") && r.Predicate == "memberOf":
			t.Errorf("unwanted %+v: which party is whose is not said", r)
		case r.Predicate == "generalOf" || r.Subject == "Dov Lerner" && r.Predicate == "directorOf":
			t.Errorf("unwanted %+v: a general assignment reporter is a reporter", r)
		case r.Subject == "Greg Hale" && r.Predicate == "citizenOf":
			t.Errorf("unwanted %+v: a national security adviser", r)
		}
	}
}

// TestAffiliates: a station named after a network's "affiliate" is the network's
// affiliate ("Fox affiliate KXRT", "NBC television affiliate WQRX"), and the station, not
// the network, is the outlet told ("told NBC affiliate WQMD"); an affiliate with no
// station name after it gives nothing.
func TestAffiliates(t *testing.T) {
	x := extract(t, "affiliates")
	for _, r := range [][3]string{
		{"KXRT", "affiliateOf", "Fox"},
		{"WQMD", "affiliateOf", "NBC"},
		{"WQRX", "affiliateOf", "NBC"},
		{"Ana Bell", "told", "WQMD"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if heard(r.Predicate) && r.Object == "NBC" || r.Predicate == "affiliateOf" && r.Object == "Harbor Front" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
