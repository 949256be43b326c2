package extraction

import "testing"

// TestFromPlaces: "NAME, a NOUN from PLACE" gives the person a home (residentOf the town
// and its state; nativeOf a country, or any place after "originally"; a U.S. state named
// like a country is a state); "born in PLACE" gives a birthplace (nativeOf) after a name,
// ", who was", a pronoun or an appositive name, with a date between or "Born in PLACE,"
// opening the sentence. A move ("released from", "returning from"), a distance ("a short
// drive from"), a body's name after the place, a place that modifies a noun ("born in a
// Dunmore hospital") and a quoted "I was born in" give nothing. A distance's landmark
// ("about 30 miles south of Melvale") is no figure's place.
func TestFromPlaces(t *testing.T) {
	x := extract(t, "from-places")
	for _, want := range [][3]string{
		{"Gail Fisk", "residentOf", "Oria"}, {"Gail Fisk", "residentOf", "Indiana"},
		{"Ty Harte", "residentOf", "Stayton"}, {"Ty Harte", "residentOf", "Oregon"},
		{"Ana Kell", "nativeOf", "Bangladesh"}, {"Ray Coll", "residentOf", "Georgia"},
		{"Pat Sims", "nativeOf", "Brantley"}, {"Pat Sims", "nativeOf", "Kentucky"},
		{"Marla Penning", "nativeOf", "Castrel"}, {"Marla Penning", "nativeOf", "Ohio"},
		{"Ross Dunning", "nativeOf", "Lakeview"}, {"Ellen Stroud", "nativeOf", "Harwood"},
		{"Ellen Stroud", "nativeOf", "Kentucky"}, {"Tom Stroud", "nativeOf", "Vetland"},
		{"Sam Orr", "nativeOf", "Tarsk"}, {"Sam Orr", "nativeOf", "Poland"}, {"Dee Lyle", "nativeOf", "Brantley"},
	} {
		if !hasRelation(x, want[0], want[1], want[2]) {
			t.Errorf("want %s %s %s; relations: %+v", want[0], want[1], want[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Subject {
		case "Lee Parr", "Rob Tesh", "Mia Roe", "Jo Kemp", "Kim Alder", "Ann Vole":
			if r.Predicate == "residentOf" || r.Predicate == "nativeOf" {
				t.Errorf("%s %s %s: want none", r.Subject, r.Predicate, r.Object)
			}
		}
		if r.Subject == "Ray Coll" && r.Predicate == "nativeOf" {
			t.Errorf("Ray Coll nativeOf %s: want residentOf (Georgia, the state)", r.Object)
		}
	}
	for _, f := range x.Figures {
		if f.Place == "Melvale" {
			t.Errorf("figure %q placed in %s: a distance's landmark is no figure's place", f.Text, f.Place)
		}
	}
}
