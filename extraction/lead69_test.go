package extraction

import (
	"slices"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestNoAppositiveAfterAddressedName: a subject pronoun after a name's comma opens a
// clause, not an appositive, so the clause's role is no role of the name addressed.
func TestNoAppositiveAfterAddressedName(t *testing.T) {
	x := extractBody(t, "Tom Varga spoke on Friday. Ada Lind spoke too.\n\n"+
		"\"If we nominate Tom, we end up electing Ada as president,\" Ola Berg said.")
	if hasRelation(x, "Tom Varga", "presidentOf", "Ada Lind") {
		t.Errorf("Tom Varga presidentOf Ada Lind from a clause after the name addressed; relations %v", x.Relations)
	}
	// near miss: an appositive with its article still reads
	x = extractBody(t, "Tom Varga, the president of Kestrel Bank, spoke on Friday.")
	if !hasRelation(x, "Tom Varga", "presidentOf", "Kestrel Bank") {
		t.Errorf("no Tom Varga presidentOf Kestrel Bank; relations %v", x.Relations)
	}
}

// TestExecutiveChairmanOfBoth: an executive chairman is his body's chairman, and "of
// both A and B" gives the office in each.
func TestExecutiveChairmanOfBoth(t *testing.T) {
	x := extractBody(t, "Ivo Marsh controls Kestrel Media Inc. and Quill Studios Corp.\n\n"+
		"In March, Ivo Marsh stepped down as executive chairman of both Kestrel Media and Quill Studios.")
	for _, o := range []string{"Kestrel Media Inc.", "Quill Studios Corp."} {
		if !hasRelation(x, "Ivo Marsh", "chairmanOf", o) {
			t.Errorf("no Ivo Marsh chairmanOf %s; relations %v", o, x.Relations)
		}
	}
	// near miss: without "both" the office is only in the first body named
	x = extractBody(t, "Ivo Marsh controls Kestrel Media Inc. and Quill Studios Corp.\n\n"+
		"In March, Ivo Marsh stepped down as executive chairman of Kestrel Media and sold Quill Studios.")
	if !hasRelation(x, "Ivo Marsh", "chairmanOf", "Kestrel Media Inc.") || hasRelation(x, "Ivo Marsh", "chairmanOf", "Quill Studios Corp.") {
		t.Errorf("want Ivo Marsh chairmanOf Kestrel Media Inc. alone; relations %v", x.Relations)
	}
}

// TestRoleOfAnothersPromotion: a role reached through another person's noun ("Vos's
// elevation to chairman") is that person's, not the described one's; a possessor's
// title right before the role stays the owner ("Hale's chief of staff").
func TestRoleOfAnothersPromotion(t *testing.T) {
	x := extractBody(t, "Piet Vos runs Kestrel Media Inc.\n\n"+
		"In May, Lena Marsh was the only one to vote against Vos's elevation to executive chairman of Kestrel Media.")
	if hasRelation(x, "Lena Marsh", "chairmanOf", "Kestrel Media Inc.") || hasRelation(x, "Lena Marsh", "chairmanOf", "Piet Vos") {
		t.Errorf("Lena Marsh given Vos's office; relations %v", x.Relations)
	}
	x = extractBody(t, "Tom Hale is a senator.\n\nAda Lind, Hale's chief of staff, said on Monday that the bill would pass.")
	if !hasRelation(x, "Ada Lind", "chiefOfStaffOf", "Tom Hale") {
		t.Errorf("no Ada Lind chiefOfStaffOf Tom Hale; relations %v", x.Relations)
	}
}

// TestPairAfterKinNoun: after a plural noun of kin or partners, "X and Y Surname" names
// two people of that surname even when the given names are no list's; without the noun
// an unknown word before "and" keeps no surname.
func TestPairAfterKinNoun(t *testing.T) {
	x := extractBody(t, "Her foster parents, Rusty and Summer Varga, plan to appeal the ruling.")
	if e := entityNamed(x, "Rusty Varga"); e == nil || e.Type != "Person" {
		t.Errorf("no person Rusty Varga; entities %v", entityNames(x))
	}
	x = extractBody(t, "The brothers Erwan and Ronan Quellec showed a new chair in Milan.")
	if entityNamed(x, "Erwan Quellec") == nil {
		t.Errorf("no Erwan Quellec; entities %v", entityNames(x))
	}
	x = extractBody(t, "Rusty and Summer Varga plan to appeal the ruling.")
	if entityNamed(x, "Rusty Varga") != nil {
		t.Errorf("Rusty Varga without a kin noun; entities %v", entityNames(x))
	}
}

// TestNameSpelledByAcronym: a name goes on past "and" when the acronym in brackets after
// it spells the whole name's initials; an acronym of the second name alone keeps two.
func TestNameSpelledByAcronym(t *testing.T) {
	x := extractBody(t, "A Mobile Rescue and Tactics (MRAT) unit was called to the scene, police said.")
	if entityNamed(x, "Mobile Rescue and Tactics") == nil {
		t.Errorf("no Mobile Rescue and Tactics; entities %v", entityNames(x))
	}
	x = extractBody(t, "Officials from Kestrel Harbor and Northwind Trade Partnership (NTP) met on Monday.")
	if entityNamed(x, "Kestrel Harbor and Northwind Trade Partnership") != nil {
		t.Errorf("two names joined though the acronym spells the second alone; entities %v", entityNames(x))
	}
}

// TestDeployedNeedsForces: a verb of deploying counts forces, their craft or people; what
// else it "sends" (emails, cases) is the figure's own measure.
func TestDeployedNeedsForces(t *testing.T) {
	x := extractBody(t, "The Coast Guard sent two boats to search for the missing fisherman on Sunday.")
	if findFigure(x, "deployed", 2) == nil {
		t.Errorf("no 2 deployed; figures %v", x.Figures)
	}
	x = extractBody(t, "The campaign sent 183 million emails to voters last year, Kestrel Data said.")
	if findFigure(x, "deployed", 183000000) != nil {
		t.Errorf("emails sent read as deployed; figures %v", x.Figures)
	}
	// a part of a whole takes the sentence's later verb, but counties are not deployed
	x = extractBody(t, "The governor declared a state of emergency in 44 of 55 counties and deployed 200 members of the National Guard on Friday.")
	if findFigure(x, "deployed", 44) != nil || findFigure(x, "deployed", 200) == nil {
		t.Errorf("want 200 deployed and no 44 deployed; figures %v", x.Figures)
	}
}

// TestInitialsOfSuffixedCompany: a company's initials name it even when its full name
// ends in a suffix ("KD" for Kestrel Dynamics Co), before a unit whose name opens with
// them ("KD Capital"); and a results story whose headline names the company by those
// initials lends it the later sourceless figures of its accounts.
func TestInitialsOfSuffixedCompany(t *testing.T) {
	a := kg.Article{Title: "KD quarterly profit falls", Body: "Kestrel Dynamics Co reported a 12 percent fall in quarterly profit on Tuesday, KD said. " +
		"Its KD Capital unit lost money, and KD Capital will be sold, KD said.\n\n" +
		"Net income fell to $4.2 billion from $5.1 billion a year earlier.",
		Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	e := entityNamed(x, "Kestrel Dynamics Co")
	if e == nil || !slices.Contains(e.Aliases, "KD") {
		t.Fatalf("KD is no alias of Kestrel Dynamics Co; entities %+v", x.Entities)
	}
	if u := entityNamed(x, "KD Capital"); u != nil && slices.Contains(u.Aliases, "KD") {
		t.Errorf("KD taken for the KD Capital unit")
	}
	if f := findFigure(x, "net income", 4.2e9); f == nil || f.Source != "Kestrel Dynamics Co" {
		t.Errorf("net income $4.2 billion not sourced to Kestrel Dynamics Co; figures %+v", x.Figures)
	}
	// near miss: initials that spell no company of the article stay apart
	x = extractBody(t, "Kestrel Dynamics Co reported a loss on Tuesday. QX said it would bid for the unit.")
	if e := entityNamed(x, "Kestrel Dynamics Co"); e != nil && slices.Contains(e.Aliases, "QX") {
		t.Errorf("QX merged into Kestrel Dynamics Co")
	}
}

// TestRoleOfTheClauseSubject: a role a clause gives its own subject ("selected as the
// next head of", "worked as an adviser to") is not the role of the name after the comma;
// the name after the comma keeps the role when a pronoun before it stands for that name.
func TestRoleOfTheClauseSubject(t *testing.T) {
	x := extractBody(t, "Piet Vos runs Kestrel Bank. Ada Lind leads the Northern Fleet.\n\n"+
		"Ada Lind has been selected as the next head of Kestrel Bank, Defense Secretary Piet Vos said on Friday.")
	if hasRelation(x, "Piet Vos", "headOf", "Kestrel Bank") {
		t.Errorf("Piet Vos given the head's role a clause gave Ada Lind; relations %v", x.Relations)
	}
	x = extractBody(t, "Piet Vos runs Kestrel Bank.\n\nSince he became chairman of Kestrel Bank, Piet Vos has cut 300 jobs.")
	if !hasRelation(x, "Piet Vos", "chairmanOf", "Kestrel Bank") {
		t.Errorf("no Piet Vos chairmanOf Kestrel Bank; relations %v", x.Relations)
	}
}
