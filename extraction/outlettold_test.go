package extraction

import (
	"strings"
	"testing"
)

// TestOutletTold: a verb of saying and "to" before an outlet ("confirmed to Reuters",
// "suggested to the Springfield Herald"), a participle after the speaker's name ("Kell,
// speaking to the Associated Press,"), a text message or an email to an outlet make the
// speaker spokeTo the outlet, and "told" a country's outlet or a host "on" an outlet told;
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
		{"Greta Alder", "told", "Springfield Herald"},
		{"Mara Kell", "told", "Radio North"},
		{"Ada Breen", "told", "Coastal News"},
		{"Springfield Herald", "reports", "Ada Breen"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("no relation %v in %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if heard(r.Predicate) && (r.Subject == "Lars Voss" || r.Object == "Ann Bell" || r.Object == "Harlow Port Authority" || r.Subject == "Tom Alder" && r.Object != "Associated Press") {
			t.Errorf("unwanted relation %+v", r)
		}
	}
}

// TestToldByVerb: a hearer's relation is named by its verb: "told Reuters" is told,
// "spoke to the Associated Press" and "in an email to" are spokeTo.
func TestToldByVerb(t *testing.T) {
	x := extract(t, "outlet-told")
	for _, r := range x.Relations {
		told := strings.Contains(" "+r.Text+" ", " told ")
		if r.Predicate == "spokeTo" && told {
			t.Errorf("a hearer told, named spokeTo: %+v", r)
		}
		if r.Predicate == "told" && !told {
			t.Errorf("named told with no telling verb: %+v", r)
		}
	}
	if !hasRelation(x, "Greta Alder", "told", "Springfield Herald") || !hasRelation(x, "Mara Kell", "spokeTo", "Associated Press") {
		t.Errorf("want both told and spokeTo: %+v", x.Relations)
	}
}
