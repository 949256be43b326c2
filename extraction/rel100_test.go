package extraction

import "testing"

// TestApposedBasedParticiple: a body's apposition "a PLACE-based KIND" may go on with a
// participle right after its kind ("owned by", "known as") and still says where the body
// is; a person so described is no body.
func TestApposedBasedParticiple(t *testing.T) {
	x := extractBody(t, "The contract went to Orvane Labs, a Denver-based startup owned by Ann Cole, on Monday.")
	wantRelations(t, x, [][3]string{{"Orvane Labs", "locatedIn", "Denver"}})
	x = extractBody(t, "Suitors included Brightwell Capital Co, the Beijing-based investment firm known as BWC, according to the report.")
	wantRelations(t, x, [][3]string{{"Brightwell Capital Co", "locatedIn", "Beijing"}})
	x = extractBody(t, "Orvane Labs hired Ann Cole, a Denver-based consultant known for her work on water rights.")
	for _, r := range x.Relations {
		if r.Predicate == "locatedIn" && r.Object == "Denver" {
			t.Errorf("a consultant is no body: %+v", r)
		}
	}
}

// TestApposedSplitBased: "an Oakland, Calif.-based KIND", whose "-based" the tokenizer
// splits off the state's abbreviation, puts the body in the town and the state.
func TestApposedSplitBased(t *testing.T) {
	x := extractBody(t, "Last year Orvane Labs, an Oakland, Calif.-based software company, moved its email to the cloud.")
	wantRelations(t, x, [][3]string{{"Orvane Labs", "locatedIn", "Oakland"}, {"Orvane Labs", "locatedIn", "California"}})
	x = extractBody(t, "Orvane Labs said an Oakland, Calif.-based lawyer had filed the suit on Monday.")
	for _, r := range x.Relations {
		if r.Subject == "Orvane Labs" && r.Predicate == "locatedIn" {
			t.Errorf("the lawyer is based there, not the body: %+v", r)
		}
	}
}

// TestPlaceFundName: a place before "fund" and the fund's name says where the fund is;
// not a fund's managers, nor a person after "fund manager".
func TestPlaceFundName(t *testing.T) {
	x := extractBody(t, "The tower was sold to Singapore sovereign wealth fund Orvane Capital on Monday.")
	wantRelations(t, x, [][3]string{{"Orvane Capital", "locatedIn", "Singapore"}})
	x = extractBody(t, "Singapore fund manager Ann Cole met Orvane Capital on Monday.")
	for _, r := range x.Relations {
		if r.Predicate == "locatedIn" && r.Object == "Singapore" {
			t.Errorf("no body of Singapore is named: %+v", r)
		}
	}
}

// TestFrontedPlaceBody: a body that opens the clause after a fronted "In PLACE," and
// before its verb works in the place (operatesIn); not a body's name that modifies a
// noun there.
func TestFrontedPlaceBody(t *testing.T) {
	x := extractBody(t, "Rates rose across the region. In Dayton, the Orvane Savings Bank is raising its fees for small accounts.")
	wantRelations(t, x, [][3]string{{"Orvane Savings Bank", "operatesIn", "Dayton"}})
	x = extractBody(t, "Rates rose across the region. In Dayton, Orvane Savings Bank executive Ann Cole raised the fees.")
	for _, r := range x.Relations {
		if r.Subject == "Orvane Savings Bank" && r.Object == "Dayton" {
			t.Errorf("the name modifies a noun: %+v", r)
		}
	}
}

// TestNamedPresence: a body's people right after its name ("officials", "drivers",
// "militants") or one of presenceNouns, then "in PLACE", say the body works there
// (operatesIn); a past verb after the name is a clause, not such a phrase.
func TestNamedPresence(t *testing.T) {
	x := extractBody(t, "Orvane Motors officials in Dayton declined to comment on the recall.")
	wantRelations(t, x, [][3]string{{"Orvane Motors", "operatesIn", "Dayton"}})
	x = extractBody(t, "The court heard that Orvane Motors expanded operations in Dayton last year.")
	for _, r := range x.Relations {
		if r.Subject == "Orvane Motors" && r.Predicate == "operatesIn" && r.Object == "Dayton" {
			t.Errorf("a past verb after the name opens a clause: %+v", r)
		}
	}
}
