package extraction

import "testing"

// TestPossessiveUsers: a country's possessive before a base or an embassy names its user,
// not where it is; a possessor inside a clause's subject is not the subject (possbase.go).
func TestPossessiveUsers(t *testing.T) {
	x := extract(t, "possbase")
	for _, r := range [][3]string{
		{"Greta Lind", "visits", "Chile"},
		{"Anton Weller", "visits", "Kenya"},
		{"Mara Quist", "visits", "Oslo"},
		{"Azores", "locatedIn", "Portugal"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Valdren" && r.Object == "Norway" && r.Predicate == "locatedIn":
			t.Errorf("unwanted %+v: a base's user is not its host", r)
		case r.Subject == "Ravi Chandra" && r.Predicate == "visits":
			t.Errorf("unwanted %+v: a possessor of another noun is no subject", r)
		case r.Subject == "Tovex" && r.Predicate == "visits":
			t.Errorf("unwanted %+v: a possessor of another noun is no subject", r)
		}
	}
}

// TestExchangeNoCompany: a stock exchange named more often than the company is not the
// company "the company" or "the stock" stands for (possbase.go exchangeName).
func TestExchangeNoCompany(t *testing.T) {
	x := extract(t, "possbase-exchange")
	for _, r := range x.Relations {
		if r.Predicate == "acquires" && (r.Subject == "Toronto Stock Exchange" || r.Object == "Toronto Stock Exchange") {
			t.Errorf("unwanted %+v: an exchange is where the stock trades", r)
		}
	}
}
