package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// An explainer pegged on two incidents (issue 9): "Aftershocks continue shaking the
// cities of Kumamoto, Japan and Muisne, Ecuador, almost a week after earthquakes rocked
// the two cities", under a headline that names no place ("New Maps Make Aftershocks
// Look Scarier Than the Main Quake"). Its first sentence names its event's kind as a
// plural over towns of two countries: the article is about what the two have in
// common, and is the report of neither, though its next lines retell each with a day
// and a toll. findEvents asks pairedIncidents; the event it found as main keeps the
// figures the figures stage gives it, as an incident the article recalls (not main,
// its figures background).

// pairedIncidents reports whether the first prose sentence names a natural disaster of type typ
// by a plural noun and names places of two or more countries, outside quotes, while
// the headline names no place: a piece about several incidents of one kind in several
// countries, not the report of one.
func (rd *reader) pairedIncidents(typ string, firstProse int) bool {
	if firstProse < 0 || rd.headline < 0 || kg.FamilyOf(typ) != kg.NatureFamily {
		return false
	}
	s := &rd.sents[firstProse]
	plural := false
	for k := s.start; k < s.b && !plural; k++ {
		w := rd.low(k)
		plural = rd.quoteOf[k] == 0 && len(w) > 3 && w[len(w)-1] == 's' && eventNoun(w) == typ && rd.eventAt(k) == typ
	}
	if !plural || rd.headlinePlace() {
		return false
	}
	first := ""
	return rd.eachPlace(firstProse, func(e int, _ *mention) bool {
		c := rd.ents[e].name
		if _, isCountry := countryNames[c]; !isCountry {
			c = rd.placeCountry(c)
		}
		if c == "" {
			return false
		}
		if first == "" {
			first = c
			return false
		}
		return c != first
	})
}

// headlinePlace reports whether the headline's text holds the name of a place the
// article names.
func (rd *reader) headlinePlace() bool {
	h := rd.sentText(rd.headline)
	for i := range rd.ents {
		if e := rd.ents[i]; e.typ == kg.Place && !e.dropped && strings.Contains(h, e.name) {
			return true
		}
	}
	return false
}
