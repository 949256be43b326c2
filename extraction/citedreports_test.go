package extraction

import "testing"

// TestCitedReports: an outlet's report whose sources follow the verb (", the Daily
// Tribune reported on Friday, citing people familiar with the matter"; "reported, citing
// sources, that …"), a subject a short description leads to ("Consumer review website
// operator Yelto Inc will …, the Norland Herald reported."), and an inquiry into whether a named body did something.
func TestCitedReports(t *testing.T) {
	x := extract(t, "cited-reports")
	for _, r := range [][3]string{
		{"Daily Tribune", "reports", "Harlow Shipping Ltd"},
		{"Acme News", "reports", "Dana Ruiz"},
		{"Norland Herald", "reports", "Kestrel Holdings"},
		{"Velland Securities Commission", "investigates", "Quill Bank Plc"},
		{"Norland Herald", "reports", "Yelto Inc"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "reports" && (r.Object == "Birch Foods Inc" || r.Subject == "Tom Wade") {
			t.Errorf("wrong %s %s %s", r.Subject, r.Predicate, r.Object)
		}
	}
}
