package kg

import "testing"

// TestAmountClass: an amount's measure meets its plural ("revenues" of dollars is
// "revenue"), a count's does not ("counts" of a charge), and plurals with a sense of
// their own ("sales", "damages") keep it.
func TestAmountClass(t *testing.T) {
	for _, c := range []struct{ measure, unit, want string }{
		{"revenues", "USD", "revenue"},
		{"annual profits", "USD", "annual profit"},
		{"market values", "USD", "market value"},
		{"subsidies", "EUR", "subsidy"},
		{"losses", "USD", "loss"},
		{"taxes", "USD", "tax"},
		{"loss", "USD", "loss"},
		{"bonus", "USD", "bonus"},
		{"sales", "USD", "sales"},
		{"damages", "USD", "damages"},
		{"counts", "", "counts"},
		{"votes", "", "votes"},
		{"deaths", "", "killed"},
		{"price rises", "percent", "price rise"},
	} {
		if got := AmountClass(c.measure, c.unit); got != c.want {
			t.Errorf("AmountClass(%q, %q) = %q, want %q", c.measure, c.unit, got, c.want)
		}
	}
}
