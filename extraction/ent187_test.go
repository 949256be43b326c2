package extraction

import "testing"

// TestCommonWordAfterDateline: the common word that opens a sentence after its dateline
// ("DAYTON Legislators in Ohio …") is the sentence's capital, no organization; a name
// there (a firm no word list knows, a body's head word) stays one.
func TestCommonWordAfterDateline(t *testing.T) {
	for _, c := range []struct{ body, word string }{
		{"DAYTON Legislators in Ohio on Tuesday passed a bill on road tolls.\n\nThe governor is expected to sign it.", "Legislators"},
		{"PORTLAND Torrential rain flooded streets in Oregon on Monday.\n\nSchools closed early.", "Torrential"},
		{"AUSTIN Billionaire investor Carl Danvers said on Friday he sold his stake.\n\nHe gave no reason.", "Billionaire"},
	} {
		x := extractBody(t, c.body)
		if e := entityNamed(x, c.word); e != nil {
			t.Errorf("%q: the sentence's first word named: %+v", c.body, e)
		}
	}
	for _, c := range []struct{ body, name string }{
		{"OSLO Norvatek (NVT.OL) said on Friday it would cut 400 jobs.\n\nNorvatek makes telecom gear.", "Norvatek"},
		{"DENVER Army recruiters said on Monday they met their targets.\n\nThey were pleased.", "Army"},
	} {
		if x := extractBody(t, c.body); entityNamed(x, c.name) == nil {
			t.Errorf("%q: %s not named; entities %v", c.body, c.name, entityNames(x))
		}
	}
}

// TestFoundersShop: a shop's name whose owner is the surname of the person named just
// before "of" ("Wes Dalton of Dalton's Auctions") is one name; a trade's head word after
// a possessive first name is one too ("Hank's Firearms"); a person's or a firm's
// possessive before another name stays two ("Apple's Tim Cook").
func TestFoundersShop(t *testing.T) {
	x := extractBody(t, "Two dealers, Wes Dalton of Dalton's Auctions in Dayton and Ann Roe, said so. Both declined the sale.")
	if !hasRelation(x, "Dalton's Auctions", "locatedIn", "Dayton") {
		t.Errorf("no Dalton's Auctions locatedIn Dayton; entities %v relations %+v", entityNames(x), x.Relations)
	}
	if entityNamed(x, "Auctions") != nil {
		t.Errorf("the shop cut at its owner's possessive; entities %v", entityNames(x))
	}
	x = extractBody(t, "“Sales are up,” said Jim Lane, manager of Hank’s Firearms in Macon. He spoke on Monday.")
	if !hasRelation(x, "Jim Lane", "managerOf", "Hank’s Firearms") || !hasRelation(x, "Hank’s Firearms", "locatedIn", "Macon") {
		t.Errorf("Hank’s Firearms not read; entities %v relations %+v", entityNames(x), x.Relations)
	}
	x = extractBody(t, "Wes Dalton of Dalton's house in Dayton said so. He declined the sale.")
	if entityNamed(x, "Dalton's house") != nil {
		t.Errorf("a person's house named a shop; entities %v", entityNames(x))
	}
	x = extractBody(t, "Apple's Tim Cook met Ann Roe on Monday. They talked.")
	if entityNamed(x, "Tim Cook") == nil {
		t.Errorf("a firm's possessive glued to the person after it; entities %v", entityNames(x))
	}
}
