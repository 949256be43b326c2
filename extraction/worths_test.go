package extraction

import "testing"

// TestWorths: what an amount is worth names it: the subject's value ("Each of the two
// winning tickets is worth": winning ticket value), a prize's cash value when the worth
// is the cash payout's, a person's net worth, the noun after "worth of" (damage) and its
// sales after a verb of selling ("sold $40,000 worth of raffle tickets"); shares "worth"
// an amount after a comma are not their donor's net worth.
func TestWorths(t *testing.T) {
	x := extract(t, "worths")
	wantMeasures(t, x, map[float64]string{120e6: "winning ticket value", 150e6: "cash value", 90e6: "net worth", 4e6: "damage", 40e3: "raffle ticket sales"})
	for _, f := range x.Figures {
		if f.Value == 30e6 && f.Measure == "net worth" {
			t.Errorf("shares' worth read as the donor's net worth: %+v", f)
		}
	}
}
