package extraction

import "testing"

// TestNextSentenceSpeakers: a whole quote that ends its sentence is spoken by the name in
// the short sentence right after it ("Why now?" Commissioner Ann Vale asked at the
// meeting.), not by whoever spoke before; a sentence after it that says something of its
// own ("Vale said the council would vote again") leaves it with the speaker before.
func TestNextSentenceSpeakers(t *testing.T) {
	want := map[string]string{
		"We cannot ask commuters to pay more":       "Mara Quist",
		"Who decided this, and when?":               "Ann Vale",
		"Why should the council wait another year?": "Ann Vale",
		"The town cannot carry it.":                 "Mara Quist",
	}
	wantSpeakers(t, quoteSpeakers(t, "next-sentence-speakers"), want)
}
