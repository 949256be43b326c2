package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A spot named after its town lies in the town's country: "Brussels Airport" and "Kyoto
// Station" are where Brussels and Kyoto are.
// Such a name is in no word list, so an article that opens on it ("Brussels Airport will
// reopen …") took its country from the first country it named elsewhere ("flights to
// Faro, Portugal"), and the event and the airport were put in Portugal.

// spotTownCountry returns the country of the town that place's name opens with, when the
// name ends in a spot's head word (data/relations.txt spot-heads: airport, station,
// stadium, hospital …), the word lists know the town's country, and the article names
// the town on its own as that country's (not "Sinai Hospital" in Baltimore, whose "Sinai"
// the article never names); else "".
func (rd *reader) spotTownCountry(place string) string {
	ws := strings.Fields(place)
	if len(ws) < 2 || !spotHeads.hasLower(ws[len(ws)-1]) {
		return ""
	}
	for n := len(ws) - 1; n >= 1; n-- {
		town := strings.Join(ws[:n], " ")
		if c := listedCountry(town); c != "" && rd.townNamedIn(town, c) {
			return c
		}
	}
	return ""
}

// townNamedIn reports whether the article names town as a place of its own that lies in
// country c.
func (rd *reader) townNamedIn(town, c string) bool {
	for _, e := range rd.ents {
		if e.name == town && e.typ == kg.Place && !e.dropped && e.mentions > 0 && e.country == c {
			return true
		}
	}
	return false
}
