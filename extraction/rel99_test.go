package extraction

import "testing"

// TestMeetingPlaces: a named body right before a verb of meeting and "in" a place, or
// before a noun of a meeting it holds, meets in that place (meetingplaces.go); a meeting
// denied, "talks in" and a person who met somewhere give none.
func TestMeetingPlaces(t *testing.T) {
	x := extractBody(t, "The Harbor Trade Council met in Geneva on Monday to review tariffs. "+
		"Kestrel Group's annual shareholder meeting in Oslo drew a large crowd. "+
		"Delegates prepared for a Northwind Alliance summit in Warsaw next month.\n\n"+
		"The Tarn Valley Commission did not meet in Vienna this year. "+
		"Vessel Energy Group held talks in Madrid with its lenders. "+
		"Anton Varga met in Lisbon with investors.")
	wantRelations(t, x, [][3]string{
		{"Harbor Trade Council", "meetIn", "Geneva"},
		{"Kestrel Group", "meetIn", "Oslo"},
		{"Northwind Alliance", "meetIn", "Warsaw"},
	})
	for _, r := range x.Relations {
		if r.Predicate == "meetIn" && (r.Object == "Vienna" || r.Object == "Madrid" || r.Object == "Lisbon") {
			t.Errorf("unwanted %+v: a meeting denied, talks or a person's meeting", r)
		}
	}
}

// TestTerritoryShares: a share of a territory after "controls" ("large areas of Iraq and
// Syria", "swaths of territory in Iraq") or after a hyphened "X-held" ("X-held parts of
// Iraq", "the X-held city of Mosul") is territory X controls (territoryshares.go); a share
// named only by its surroundings ("areas in and around Aleppo") or of no place is none.
func TestTerritoryShares(t *testing.T) {
	x := extractBody(t, "The Crimson Brigade Movement, which controls large areas of Iraq and Syria, "+
		"issued a statement. The Crimson Brigade Movement controls swaths of territory in Libya. "+
		"Troops advanced on the Crimson Brigade Movement-held city of Mosul.\n\n"+
		"The Ashen Front controls large areas in and around Aleppo. "+
		"Zephyr Foods controls large parts of the snack market.")
	wantRelations(t, x, [][3]string{
		{"Crimson Brigade Movement", "controls", "Iraq"},
		{"Crimson Brigade Movement", "controls", "Syria"},
		{"Crimson Brigade Movement", "controls", "Libya"},
		{"Crimson Brigade Movement", "controls", "Mosul"},
	})
	for _, r := range x.Relations {
		if r.Predicate == "controls" && (r.Object == "Aleppo" || r.Subject == "Zephyr Foods") {
			t.Errorf("unwanted %+v: a share named by its surroundings, or of no place", r)
		}
	}
}
