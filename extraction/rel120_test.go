package extraction

import "testing"

// TestRivalsListedByExample: "rivals such as", "competitors like" name the rivals of the
// organization the sentence opens with (rivalsnamed.go); another company named before
// the list may own them ("expect Lumo Inc to take on"); a sentence that names the
// rivals of a seller's customers ("sells to rivals like") or lists them beside another
// company by "by … and by" states no rivalry of that company.
func TestRivalsListedByExample(t *testing.T) {
	x := extractBody(t, "Northwind Corp said on Tuesday it had raised $50 million to help it take on competitors like Globex Inc and Initech Corp this year. "+
		"Video streaming service Kestrel Media is trying to fend off rivals such as Umbra Inc and Velo Inc, which are battling for a share of the market.")
	for _, r := range [][2]string{{"Northwind Corp", "Globex Inc"}, {"Kestrel Media", "Umbra Inc"}, {"Kestrel Media", "Velo Inc"}} {
		if !hasRelation(x, r[0], "rivalOf", r[1]) {
			t.Errorf("no %s rivalOf %s: %+v", r[0], r[1], x.Relations)
		}
	}
	z := extractBody(t, "Kestrel Media said on Tuesday that analysts expect Lumo Inc to take on competitors like Globex Inc this year.")
	if hasRelation(z, "Kestrel Media", "rivalOf", "Globex Inc") {
		t.Errorf("rivalOf past the company named before the list: %+v", z.Relations)
	}
	y := extractBody(t, "Brantor Corp, which sells network capacity wholesale to rivals like Globex Inc, is managed at arm's length. "+
		"Though squeezed by Ostrava Corp at the high end and by rivals such as Umbra Inc at the low end, analysts say Velo Inc is recovering.")
	for _, r := range y.Relations {
		if r.Predicate == "rivalOf" && (r.Subject == "Brantor Corp" || r.Subject == "Ostrava Corp") {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestStakeOfTheLeadingCompany: when the clause's subject is a pronoun kg cannot resolve
// ("after it shelved plans", "said on Friday it currently has"), a stake named by a
// noun is the sentence's opening company's (leadingCompany, rivalsnamed.go); another
// company named between them is the subject instead.
func TestStakeOfTheLeadingCompany(t *testing.T) {
	x := extractBody(t, "Kestrel Corp launched an auction of its core business in February after it shelved plans to spin off its stake in Brekke Inc this year. "+
		"Velo Inc, the world's largest maker of bicycles, said on Friday it currently has about a 1 percent stake in payments company Umbra Inc based on a 2011 investment.")
	for _, r := range [][2]string{{"Kestrel Corp", "Brekke Inc"}, {"Velo Inc", "Umbra Inc"}} {
		if !hasRelation(x, r[0], "investsIn", r[1]) {
			t.Errorf("no %s investsIn %s: %+v", r[0], r[1], x.Relations)
		}
	}
	y := extractBody(t, "Kestrel Corp launched an auction in February after Ostrava Inc shelved plans to spin off its stake in Brekke Inc this year. "+
		"Velo Inc, the world's largest maker of bicycles, said on Friday that Lumo Corp currently has about a 1 percent stake in payments company Umbra Inc based on a 2011 investment.")
	if hasRelation(y, "Kestrel Corp", "investsIn", "Brekke Inc") || hasRelation(y, "Velo Inc", "investsIn", "Umbra Inc") {
		t.Errorf("stake given past the company named before it: %+v", y.Relations)
	}
}

// TestReceivedBid: a company that rejects, accepts, receives or agrees to an offer "by"
// or "from" a bidder is the bid's target (receivedbids.go); an offer with no verb of
// receiving ("criticized an offer by"), or with its own target ("a bid by Lumo Corp to
// buy Brekke Inc"), is not.
func TestReceivedBid(t *testing.T) {
	x := extractBody(t, "Brekke Inc on Friday rejected a $5 billion offer by rival chip maker Ostrava Corp, saying it was too low. "+
		"Kestrel Corp has so far only received a takeover offer from Chinese bidder Umbra Inc, its chief executive said on Monday.")
	for _, r := range [][2]string{{"Ostrava Corp", "Brekke Inc"}, {"Umbra Inc", "Kestrel Corp"}} {
		if !hasRelation(x, r[0], "bidsFor", r[1]) {
			t.Errorf("no %s bidsFor %s: %+v", r[0], r[1], x.Relations)
		}
	}
	y := extractBody(t, "Velo Inc on Friday criticized an offer by Lumo Corp at length. "+
		"Kestrel Corp on Monday rejected a bid by Lumo Corp to buy Brekke Inc, its chip unit.")
	for _, r := range y.Relations {
		if r.Predicate == "bidsFor" && (r.Object == "Velo Inc" || r.Object == "Kestrel Corp") {
			t.Errorf("unwanted %+v", r)
		}
	}
}
