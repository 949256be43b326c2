package extraction

import "testing"

// TestBodySources: a closing "according to" names the teller of a figure whose actor
// only acts ("spent", "are seeking"), not of one the actor states itself ("forecast");
// "according to its website" / "its annual report" is the
// document's owner's word: the organization named before, or the business a described
// subject stands for; the next sentence does not share it.
func TestBodySources(t *testing.T) {
	wantSources(t, "body-sources", []valueSource{
		{800000, "Marlow Elections Board"},
		{4e6, "Carvell Press Agency"},
		{9000, "Trellbridge Foods Inc"},
		{12, "Trellbridge Foods Inc"},
		{2.5e9, "Halvane Motors Inc"},
		{3, ""},
	})
}
