package extraction

import "testing"

// TestCountryBodyShortForms: one word that ends an organization's name made of a
// country's name and that word ("U.S. Army") is its short form ("the Army said"), not
// the first word of another name ("Army Times"), nor its own organization.
func TestCountryBodyShortForms(t *testing.T) {
	wantSources(t, "country-body-short", []valueSource{{30, "U.S. Army"}})
}
