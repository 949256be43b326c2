package extraction

import "testing"

// TestPutEstimates: "put the value … at about $900 million" is an estimate of Merrow
// Partners; "Harlan would put up at least 55 percent" is a phrasal verb, so the
// sentence's teller ("the source", the person familiar with the matter) speaks, and
// "put down $1,500 cash" names no source.
func TestPutEstimates(t *testing.T) {
	wantSources(t, "put-estimates", []valueSource{{55, "a person familiar with the matter"}, {900e6, "Merrow Partners"}, {1500, ""}})
}
