package extraction

import "testing"

// TestOutletTold: a verb of saying and "to" before an outlet ("confirmed to Reuters",
// "suggested to the Springfield Herald"), a participle after the speaker's name ("Kell,
// speaking to the Associated Press,"), a text message or an email to an outlet, "told" a
// country's outlet and "told" a host "on" an outlet make the speaker spokeTo the outlet;
// "his wife, Greta Alder, told" is Greta Alder's telling; an outlet that first reported
// a person's memo reports that person. A complaint to a port authority tells no outlet;
// the name after "close to" is not the one who spoke; a host is not the outlet.
func TestOutletTold(t *testing.T) {
	x := extract(t, "outlet-told")
	for _, r := range [][3]string{
		{"Ada Breen", "spokeTo", "Reuters"},
		{"Nils Ekman", "spokeTo", "Springfield Herald"},
		{"Mara Kell", "spokeTo", "Associated Press"},
		{"Ida Lorne", "spokeTo", "Reuters"},
		{"Tom Alder", "spokeTo", "Associated Press"},
		{"Greta Alder", "spokeTo", "Springfield Herald"},
		{"Mara Kell", "spokeTo", "Radio North"},
		{"Ada Breen", "spokeTo", "Coastal News"},
		{"Springfield Herald", "reports", "Ada Breen"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("no relation %v in %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "spokeTo" && (r.Subject == "Lars Voss" || r.Object == "Ann Bell" || r.Object == "Harlow Port Authority" || r.Subject == "Tom Alder" && r.Object != "Associated Press") {
			t.Errorf("unwanted relation %+v", r)
		}
	}
}
