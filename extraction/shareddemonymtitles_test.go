package extraction

import "testing"

// TestSharedDemonymTitles: a title after "and" shares the nationality of the titled name
// before it ("Russian Foreign Minister Olga Vell and Defense Minister Ivan Rask": both
// Russia's), before the article's country fills it
// (testdata/shared-demonym-titles.input, invented; main made Rask Azerbaijan's).
func TestSharedDemonymTitles(t *testing.T) {
	x := extract(t, "shared-demonym-titles")
	wantRelations(t, x, [][3]string{
		{"Olga Vell", "foreignMinisterOf", "Russia"},
		{"Ivan Rask", "defenseMinisterOf", "Russia"},
	})
	if hasRelation(x, "Ivan Rask", "defenseMinisterOf", "Azerbaijan") {
		t.Errorf("Rask given the article's country: %+v", x.Relations)
	}
}
