package extraction

import "testing"

// TestBodyNameBeforeNationalTitle: "Borough President X" and "Parish president X" are the
// borough's and parish's presidents, not the country's; "U.S. President X" still is
// (bodytitles.go).
func TestBodyNameBeforeNationalTitle(t *testing.T) {
	x := extractBody(t, "WASHINGTON — The United States will review campus safety rules, officials said on Monday. Earlier in the day, the mayor's son and Harlow Borough President, Mona Strand, criticized the plan. \"Crews are on the scene,\" Kerrin Parish president Tom Delcour said in a statement. U.S. President Gary Oldfield said the review was overdue.")
	for _, p := range []string{"Mona Strand", "Tom Delcour"} {
		if hasRelation(x, p, "presidentOf", "United States") {
			t.Errorf("%s presidentOf United States; want none: %+v", p, x.Relations)
		}
	}
	if !hasRelation(x, "Gary Oldfield", "presidentOf", "United States") {
		t.Errorf("want Gary Oldfield presidentOf United States: %+v", x.Relations)
	}
}

// TestSectorAndQualifierBeforeRole: "Iranian oil minister X" is Iran's minister, not
// "Iranian oil"'s; "Norvik media correspondent X" is Norvik's; "respected former central
// bank governor X" names no body, while "former company executive X" is the company's
// (titlewords.go).
func TestSectorAndQualifierBeforeRole(t *testing.T) {
	x := extractBody(t, "TEHRAN — Oil prices rose on Monday. \"We will not cut output,\" Iranian oil minister Reza Tavakoli told reporters in Tehran. Hey, Norvik media correspondent Sam Reyes wrote on Twitter that the talks had stalled. The government named respected former central bank governor Paulo Arruda as its envoy.")
	if !hasRelation(x, "Reza Tavakoli", "ministerOf", "Iran") || hasRelation(x, "Reza Tavakoli", "ministerOf", "Iranian oil") {
		t.Errorf("want Reza Tavakoli ministerOf Iran only: %+v", x.Relations)
	}
	if hasRelation(x, "Sam Reyes", "correspondentOf", "Norvik media") {
		t.Errorf("Sam Reyes correspondentOf Norvik media; want Norvik: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Subject == "Paulo Arruda" && r.Predicate == "governorOf" {
			t.Errorf("Paulo Arruda governorOf %q; want none", r.Object)
		}
	}
	y := extractBody(t, "Crestline Corp said on Monday it would close two plants. The closures were expected, said former company executive Jean Marsh.")
	if !hasRelation(y, "Jean Marsh", "executiveOf", "Crestline Corp") {
		t.Errorf("want Jean Marsh executiveOf Crestline Corp: %+v", y.Relations)
	}
}

// TestStatementToAddressee: the paper a bare spokeswoman gives "a statement to" or tells
// is whom she speaks to, not whom she works for (asides.go addressee, read at the name's
// first word however long the name); a body named before the title still is hers.
func TestStatementToAddressee(t *testing.T) {
	x := extractBody(t, "Parents were told on Monday that the school would close. “We regret the delays,” spokeswoman Ann Cole said in a statement to Reuters.")
	if hasRelation(x, "Ann Cole", "spokeswomanOf", "Reuters") {
		t.Errorf("Ann Cole spokeswomanOf the paper she spoke to: %+v", x.Relations)
	}
	z := extractBody(t, "Parents were told on Monday that the school would close. “We regret the delays,” spokeswoman Ann Cole told the Harbor Daily Ledger.")
	if hasRelation(z, "Ann Cole", "spokeswomanOf", "Harbor Daily Ledger") {
		t.Errorf("Ann Cole spokeswomanOf the paper she told (a name of three words): %+v", z.Relations)
	}
	y := extractBody(t, "“The delays are regrettable,” Northwind Airlines spokeswoman Ann Cole said in a statement to Reuters.")
	if !hasRelation(y, "Ann Cole", "spokeswomanOf", "Northwind Airlines") {
		t.Errorf("want Ann Cole spokeswomanOf Northwind Airlines: %+v", y.Relations)
	}
}
