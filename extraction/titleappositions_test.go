package extraction

import "testing"

// TestTitleAppositions: an apposition that ends on a title in quotation marks holds its
// closing comma inside the marks (`Mara Quell, … host of "Night Quiz," said`): the
// speaker is the name the apposition describes, not the title.
func TestTitleAppositions(t *testing.T) {
	wantSources(t, "title-appositions", []valueSource{{40000, "Mara Quell"}})
}
