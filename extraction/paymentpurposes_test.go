package extraction

import "testing"

// TestPaymentPurposes: a sum paid "to settle" is a settlement and one paid "to buy" a
// purchase price; a sum paid to someone, with no purpose, stays a payment.
func TestPaymentPurposes(t *testing.T) {
	x := extract(t, "payment-purposes")
	wantMeasures(t, x, map[float64]string{12e6: "settlement", 3e6: "purchase price", 2e6: "payment"})
}
