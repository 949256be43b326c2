package extraction

import "testing"

// TestRecordsAndAppositionSources: records that "show" a figure are its source ("county
// court records show", "Statistics from X show", "Data compiled by X show"), but not
// "the show" nor "to show", and the next sentence does not share them; "pointed out
// that" is its subject's; "according to investigators" names a speaker; after "NAME,
// a long apposition, said" the name speaks for the figures after the verb, not for the
// background the apposition gives; "…, said the company was expected to take over the
// 600 officials" reads what was said, not who said it; "NAME, the founder who says" is
// NAME's; "who investigators say" speaks only for its relative clause; and "the
// Chicago-based company said" is the story's company; "A Marlow Tiles spokesman, asked
// about …, said" is the company the description names.
func TestRecordsAndAppositionSources(t *testing.T) {
	x := extract(t, "records-show")
	wantFigureSources(t, x, []figureSource{{2e9, "Marlow Tiles Inc"}, {40, "county court records"}, {300, "Brightfield Research"},
		{5000, ""}, {80, ""}, {45, ""}, {900, "Ronald Pike"}, {5e6, "Ronald Pike"},
		{2, "investigators"}, {600, "Gail Moreno"}, {30, "Dana Whitcomb"}, {3, ""},
		{9000, "Marlow Tiles Inc"}, {14, "Marlow Tiles Inc"}})
}
