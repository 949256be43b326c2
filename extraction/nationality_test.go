package extraction

import "testing"

// TestNationalityModifiers: a country's name or people's word before a trade or a
// person's noun and a name says the person's nationality ("Russian billionaire X", "U.S.
// citizen X", each name after a plural: "Swiss pilots A and B"), and before a body's kind
// where the body lies ("Indian marketplace X", "Phoenix television station X", "Chinese
// players like X", and a list beside a plural kind: "Both Japanese manufacturers, A and
// B"). A town or a state before a person's noun that is no trade says where they live
// ("longtime Ohio operative X", "a Texas woman, X"), and a place's "-based" word before
// a person's noun where they work ("Tokyo-based analyst X", "X, a Singapore-based
// economist at Y": residentOf, not analystOf the city). Not a list set against the kind
// ("Unlike U.S. firms, A and B"), not a compound of two countries ("Iranian-American
// businessman X"), not a newspaper typed as a person.
func TestNationalityModifiers(t *testing.T) {
	x := extract(t, "nationality-modifiers")
	for _, r := range [][3]string{
		{"Pavel Orlov", "citizenOf", "Russia"},
		{"Anna Meier", "citizenOf", "Switzerland"},
		{"Omar Haddad", "citizenOf", "United States"},
		{"Lee Tan", "citizenOf", "United Kingdom"},
		{"Bertrand Vogel", "citizenOf", "Switzerland"},
		{"Andre Kuhn", "citizenOf", "Switzerland"},
		{"Tohoku Electric", "locatedIn", "Japan"},
		{"Kansai Devices", "locatedIn", "Japan"},
		{"Snapbuy", "locatedIn", "India"},
		{"Wenzhou Motors", "locatedIn", "China"},
		{"KXYZ", "locatedIn", "Phoenix"},
		{"Dan Ruiz", "residentOf", "Ohio"},
		{"Mia Cole", "residentOf", "Texas"},
		{"Ken Arima", "residentOf", "Tokyo"},
		{"Jun Sato", "residentOf", "Singapore"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case (r.Subject == "Zorblat Inc" || r.Subject == "Quenco Ltd") && r.Predicate == "locatedIn":
			t.Errorf("unwanted %+v: bodies set against the kind", r)
		case r.Subject == "Siamak Rahimi" && r.Predicate == "citizenOf":
			t.Errorf("unwanted %+v: a compound of two countries", r)
		case r.Subject == "Ken Arima" && r.Object == "Tokyo" && r.Predicate != "residentOf":
			t.Errorf("unwanted %+v: a city where the analyst works is no body", r)
		case r.Subject == "Morgenblatt Tagewerk" && r.Predicate == "citizenOf":
			t.Errorf("unwanted %+v: a newspaper has no citizenship", r)
		}
	}
}

// TestNationalityNouns: a people's word standing for one person says the person's
// nationality, before the name ("Frenchman X", "Spaniard A and Irishman B") or as the
// whole description after it ("X, a Swede who", "X is an Austrian who", "X, a Dane
// whose", "X, a Ghanaian,"). Not a compound with a second people's word ("X, a Mexican
// American").
func TestNationalityNouns(t *testing.T) {
	x := extract(t, "nationality-nouns")
	for _, r := range [][3]string{
		{"Marcel Dubreuil", "citizenOf", "France"},
		{"Greta Lindqvist", "citizenOf", "Sweden"},
		{"Tomas Brandt", "citizenOf", "Austria"},
		{"Pieter Hals", "citizenOf", "Denmark"},
		{"Luis Ortega", "citizenOf", "Spain"},
		{"Conor Walsh", "citizenOf", "Ireland"},
		{"Kofi Mensah", "citizenOf", "Ghana"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Rosa Lindner" && r.Predicate == "citizenOf" {
			t.Errorf("unwanted %+v: an ethnic compound names no citizenship", r)
		}
	}
}
