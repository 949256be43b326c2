package extraction

import "testing"

// TestTrips: a trip by its noun takes the clause's subject; a trip on its way in the
// progressive or the present, and a departure for a place, are read; a trip cancelled,
// won, planned or considered gives nothing (trips.go).
func TestTrips(t *testing.T) {
	x := extract(t, "trips")
	for _, r := range [][3]string{
		{"Tom Grant", "headTo", "Brussels"},
		{"Ida Marsh", "headTo", "Ohio"},
		{"Karl Brandt", "visits", "Boston"},
		{"Sven Ekdal", "leaveFor", "Tokyo"},
		{"Nora Falk", "leaveFor", "Syria"},
		{"Paul Renner", "visits", "Bahamas"},
		{"Lena Voss", "visits", "Peru"},
		{"Carla Stein", "visits", "North Korea"},
		{"Otto Brenn", "visits", "Silicon Valley"},
		{"Omar Tally", "visits", "Cairo"},
		{"Ines Abel", "visits", "Quito"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Object {
		case "Lisbon", "Paris", "Chile", "Kenya", "Ghana", "Rome":
			if r.Predicate == "visits" {
				t.Errorf("unwanted %+v: a trip cancelled, won, considered or planned, or no traveller after an opening trip", r)
			}
		case "Denver":
			if r.Predicate == "leaveFor" {
				t.Errorf("unwanted %+v: a departure supposed after \"if\"", r)
			}
		case "Kabul":
			if r.Subject == "Muslims" {
				t.Errorf("unwanted %+v: an object before \"said while on\" is no traveller", r)
			}
		case "United States":
			if r.Predicate == "leaveFor" {
				t.Errorf("unwanted %+v: the subject of an infinitive, no destination", r)
			}
		}
	}
}
