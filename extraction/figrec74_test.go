package extraction

import "testing"

// TestListAmounts: an amount its own words leave bare takes the measure of the amount
// before it in a list (listamounts.go), past a name ("and Zeta, 7 percent"); a
// possessive's "’s" is no plural head ("of Ruritania’s roads"); a verb of change in its
// base form after "will" reads the level ("will slow to 6.5 percent").
func TestListAmounts(t *testing.T) {
	checkFigures(t, "Sales report", map[string][]string{
		"Acme's sales fell 15 percent in January, 9.1 percent in December and 25 percent in November.":                   {"sales fall 15 percent", "sales fall 9.1 percent", "sales fall 25 percent"},
		"The agency said it would spend $8.1 billion on ships in 2017 and more than $40 billion in the next five years.": {"spending 8.1e+09 USD", "spending 4e+10 USD"},
		"Drones make sense when you realize 75 percent of Ruritania’s roads are unpaved.":                                {"roads 75 percent"},
		"Inflation will slow to 2.5 percent this year and 2.1 percent next year, economists said.":                       {"inflation 2.5 percent", "inflation 2.1 percent"},
	})
}
