package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// rel80Extract extracts an invented report whose body is text.
func rel80Extract(t *testing.T, text string) *kg.Extraction {
	t.Helper()
	return mustExtract(t, kg.Article{Title: "Sites of firms", Body: text, Published: time.Date(2016, 3, 14, 0, 0, 0, 0, time.UTC)})
}

// TestBodySiteNounIn: a body's name before a site's noun and "in PLACE" gives the body a
// site there ("a Norvale Health hospital in Dunmore", "the Halvex forecast office in
// Lusk", "a Tarvo Energy oil-processing platform in the Gulf of Ostmark"), a noun of
// presence ("the Brenlow Union mission in Ostmark") operatesIn; a noun that names no site
// ("Quillon Systems buyers visiting stores in Ostmark": a verb's -ing form is no
// modifier of the noun; "a Quillon Systems spokesman in Carvell") gives nothing.
func TestBodySiteNounIn(t *testing.T) {
	x := rel80Extract(t, "Rebels shelled a Norvale Health hospital in Dunmore on Monday, officials said. "+
		"The Halvex Weather forecast office in Lusk predicted more rain. "+
		"A fire broke out on a Tarvo Energy oil-processing platform in the Gulf of Ostmark. "+
		"Funding for the Brenlow Union mission in Ostmark was cut by a fifth. "+
		"Quillon Systems buyers visiting stores in Ostmark were safe. "+
		"A Quillon Systems spokesman in Carvell declined to comment.")
	for _, r := range [][3]string{
		{"Norvale Health", "hasFacilityIn", "Dunmore"},
		{"Halvex Weather", "hasFacilityIn", "Lusk"},
		{"Tarvo Energy", "hasFacilityIn", "Gulf of Ostmark"},
		{"Brenlow Union", "operatesIn", "Ostmark"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Quillon Systems" && (r.Object == "Ostmark" || r.Object == "Carvell") {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestPlaceSiteOfBody: "the PLACE [modifier] NOUN of [the] BODY" gives the body a site
// ("the Denver office of the Halvex Institute", "the Lusk law offices of Brenlow
// Partners") or a presence ("the Chicago chapter of the Norvale Union"); a demonym before
// a noun of presence ("the German arm of Tarvo Energy") says nothing.
func TestPlaceSiteOfBody(t *testing.T) {
	x := rel80Extract(t, "\"We will appeal,\" said Dana Whitlow, director of the Denver office of the Halvex Institute. "+
		"The senators met at the Boston law offices of Brenlow Partners on Friday. "+
		"Ruth Calder, president of the Chicago chapter of the Norvale Union, said members were angry. "+
		"Germany approved the sale. The German arm of Tarvo Energy was sold.")
	for _, r := range [][3]string{
		{"Halvex Institute", "hasFacilityIn", "Denver"},
		{"Brenlow Partners", "hasFacilityIn", "Boston"},
		{"Norvale Union", "operatesIn", "Chicago"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Tarvo Energy" && r.Object == "Germany" {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestBasedDescriptionBeforeVerbOrPossessive: "the PLACE-based KIND" stands for the body
// named before when a possessive ("the Tokyo-based company's shares") or a present tense
// before a function word ("the Oslo-based firm ranks a distant fifth") follows the kind;
// a plural noun before a verb ("the Lusk-based company shares rose") still reads as a
// noun the kind modifies, and says nothing.
func TestBasedDescriptionBeforeVerbOrPossessive(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"Halvex Corp makes games and chairs. The Tokyo-based company's shares hit a high of $44 in early trading.", "Tokyo"},
		{"Halvex Corp makes games and chairs. The Oslo-based firm ranks a distant fifth.", "Oslo"},
		{"Halvex Corp makes games and chairs. The Boston-based company shares rose.", ""},
	} {
		x := rel80Extract(t, c.text)
		for _, p := range []string{"Tokyo", "Oslo", "Boston"} {
			if got := hasRelation(x, "Halvex Corp", "locatedIn", p); got != (p == c.place) {
				t.Errorf("%q: Halvex Corp locatedIn %s = %v; relations: %+v", c.text, p, got, x.Relations)
			}
		}
	}
}

// TestOwnedSitesIn: "its" and "the company's" before a site give the site to the body
// they stand for: the one organization named before "its" in its sentence ("Halvex Corp
// builds each boat at its Denver factory"), the salient business for "the company's"
// ("… at the company's headquarters in Boston"); two organizations before "its"
// ("Brightwell Inc and Tarvo Corp said its Chicago office …") or a body named before "the
// company's" in its sentence ("the Quillon Arena, 30 miles from the company's
// headquarters in Seattle") give nothing.
func TestOwnedSitesIn(t *testing.T) {
	x := rel80Extract(t, "Halvex Corp builds each boat at its Denver factory. Halvex Corp sold 40 boats last year, "+
		"Halvex Corp said. In an interview at the company's headquarters in Boston, a manager spoke. "+
		"Brightwell Inc and Tarvo Corp said its Chicago office would close. "+
		"The meeting at the Quillon Arena, 30 miles from the company's headquarters in Seattle, was full.")
	for _, r := range [][3]string{
		{"Halvex Corp", "hasFacilityIn", "Denver"},
		{"Halvex Corp", "hasFacilityIn", "Boston"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Object == "Chicago" || r.Object == "Seattle" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
