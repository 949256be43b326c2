package extraction

import "testing"

// TestConditionCounts: a count "in critical condition" is of the hurt, whatever the
// clause before it counted ("80 people died and 18 others were in critical
// condition" are not dead); a town's state set off by commas does not end the
// count's predicate.
func TestConditionCounts(t *testing.T) {
	checkFigures(t, "Crash in Ruritania", map[string][]string{
		"The mayor said 12 people died and 9 others were in critical condition.":           {"killed 12", "injured 9"},
		"Officials said 7 people died and 4 were in a serious condition.":                  {"killed 7", "injured 4"},
		"About 60 residents of a trailer park in Elmtown, Ohio, were evacuated on Monday.": {"displaced 60"},
	}, "killed 9")
}

// TestDisplacedCounts: people made to leave their homes — "forced to evacuate", "under
// evacuation", families and households that fled, those who "managed to escape", "are
// refugees", "sought refuge", "applied for asylum", "were forced from their homes".
func TestDisplacedCounts(t *testing.T) {
	checkFigures(t, "Flood in Ruritania", map[string][]string{
		"Some 9,000 people were forced to evacuate the valley.":                 {"displaced 9000"},
		"About 640 homes were placed under evacuation on Monday.":               {"displaced 640"},
		"More than 300 families had fled, the official said.":                   {"fled 300"},
		"The agency said 70 families that managed to flee were being screened.": {"fled 70"},
		"Around 2,100 people have managed to escape the town this week.":        {"fled 2100"},
		"About 11 million are refugees, and another 2.1 million are asylum seekers.": {
			"refugees 1.1e+07", "asylum seekers 2.1e+06"},
		"About 3 million people from Ruritania have sought refuge abroad.": {"refugees 3e+06"},
		"In 2015, 1.2 million people applied for asylum in Europe.":        {"asylum seekers 1.2e+06"},
		"These 41 million people were forced from their homes by war.":     {"displaced 4.1e+07"},
		"Some 2.3 million Syrians have fled to neighboring countries.":     {"fled 2.3e+06"},
		"The number of refugees, asylum seekers and displaced people has topped 58 million, the agency said.": {
			"refugees 5.8e+07"},
	})
}

// TestDegreeParts: a bare count after a toll with an adverb of how badly they were
// hurt ("hurt, four seriously", "shot, three fatally") is a part of it; "wound" reads
// its count as "wounds" does.
func TestDegreeParts(t *testing.T) {
	checkFigures(t, "Shooting in Elmtown", map[string][]string{
		"Eleven people were hurt, three seriously, when the bus overturned.":  {"injured 11", "injured 3"},
		"Police said 19 people had been shot over the weekend, two fatally.":  {"shot 19", "killed 2"},
		"The gunman used a rifle to kill 12 people and wound 31 at the club.": {"killed 12", "injured 31"},
	})
}
