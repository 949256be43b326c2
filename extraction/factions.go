package extraction

// Factions' leaders. "Turkey's main opposition leader Kemal Kilicdaroglu", "French
// far-right leader Marine Le Pen", "civil rights leader Jesse Jackson", "team leader Amy
// Frost in Greece": a word before "leader" that names a side, a movement or a group makes
// them its leader, not the country's, however the country is named.

// factionWords are the lower-case words before "leader" that name the part of a country
// its holder leads.
var factionWords = newTokSet(map[string]bool{"opposition": true, "far-right": true, "far-left": true,
	"right-wing": true, "left-wing": true, "rebel": true, "separatist": true, "nationalist": true,
	"militant": true, "insurgent": true, "rights": true, "protest": true, "team": true, "party": true,
	"religious": true, "spiritual": true, "student": true, "movement": true, "independence-leaning": true,
	"tribal": true, "community": true, "youth": true, "majority": true, "minority": true, "union": true,
	"populist": true, "anti-immigrant": true, "anti-immigration": true, "pro-democracy": true, "democracy": true,
	"independence": true, "resistance": true, "guerrilla": true, "church": true, "group": true})

// factionBefore reports whether one of the lower-case words a..ra-1 before a role names
// a faction (factionWords).
func (rf *relationFinder) factionBefore(a, ra int) bool {
	for k := a; k < ra; k++ {
		if rf.in(k, factionWords) {
			return true
		}
	}
	return false
}
