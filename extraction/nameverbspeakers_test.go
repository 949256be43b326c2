package extraction

import "testing"

// TestNameVerbSpeakers: in `," United States Attorney Dana Whitlow said` the "States" of a
// place's name is not the verb "states", so the quote is Whitlow's, not left unnamed;
// "says" inside the quotation ("The port says …") still does not speak for the port.
func TestNameVerbSpeakers(t *testing.T) {
	want := map[string]string{
		"The government has asked the court to close the case": "Dana Whitlow",
		"The port says it will review every contract":          "Paul Dorn",
	}
	wantSpeakers(t, quoteSpeakers(t, "name-verb-speakers"), want)
}
