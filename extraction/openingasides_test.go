package extraction

import "testing"

// TestOpeningAsideTellers: "NAME, which …, said X would …" is NAME's, not X's; "Police
// officials, who …, said" tells as the description; an aside that closed before the
// comma ("Mara Quint, who works in Ohio, raised …, said Dev Anand") leaves "said NAME".
func TestOpeningAsideTellers(t *testing.T) {
	wantSources(t, "opening-asides", []valueSource{{7e9, "Tarrow Gaming Research"}, {12, "police officials"}, {40000, "Dev Anand"}})
}
