package extraction

import "testing"

// TestOfficerCompany: a company officer's title with no organization before it is held
// at the article's clear main organization ("Chief Executive Marta Lind said" in a
// report on Kestrel Robotics), at the company before a ticker ("Velden Systems Inc
// (VLD.N) Chief Executive"), never at a guess between two companies named as often,
// nor for a former officer or a title after another name ("Brekke Labs Cofounder and
// CEO", where the name took the title in).
func TestOfficerCompany(t *testing.T) {
	x := extract(t, "implicit-company-title")
	for _, r := range [][3]string{
		{"Marta Lind", "chiefExecutiveOf", "Kestrel Robotics Inc"},
		{"Jonas Berg", "chiefFinancialOfficerOf", "Kestrel Robotics Inc"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Per Strand" {
			t.Errorf("a former officer: %+v", r)
		}
	}
	x = extract(t, "implicit-company-two")
	if !hasRelation(x, "Anna Moss", "chiefExecutiveOf", "Velden Systems Inc") {
		t.Errorf("missing Anna Moss chiefExecutiveOf Velden Systems Inc; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Subject == "Marta Lind" || r.Subject == "Tove Aas" {
			t.Errorf("no company is clear: %+v", r)
		}
	}
}

// TestOfficeSeat: a governor or a mayor whose title names no place serves the one state
// or town the sentence names ("Vermont saw two feet of snow, Gov. Ana Reyes said"); not
// when it names two and the article no clear one, nor a former mayor.
func TestOfficeSeat(t *testing.T) {
	x := extract(t, "implicit-office-seat")
	for _, r := range [][3]string{
		{"Ana Reyes", "governorOf", "Vermont"},
		{"Lena Holt", "mayorOf", "Burlington"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Tom Hale" || r.Subject == "Per Moss" {
			t.Errorf("no clear seat: %+v", r)
		}
	}
}

// TestMainCourt: a justice whose title names no court sits on the one court the article
// names ("Justices Tom Lind and Per Hale dissented" in a report on the Supreme Court),
// never on a guess between two courts named as often.
func TestMainCourt(t *testing.T) {
	x := extract(t, "implicit-court")
	for _, who := range []string{"Anna Berg", "Tom Lind", "Per Hale"} {
		if !hasRelation(x, who, "justiceOf", "Supreme Court") {
			t.Errorf("missing %s justiceOf Supreme Court; relations: %+v", who, x.Relations)
		}
	}
	x = extract(t, "implicit-court-two")
	for _, r := range x.Relations {
		if r.Subject == "Anna Berg" {
			t.Errorf("no court is clear: %+v", r)
		}
	}
}
