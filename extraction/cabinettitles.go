package extraction

import "strings"

// Cabinet titles before a name: "Transportation Secretary Ana Vey said", "Labor
// Secretary Tom Reed", "Defense Secretary Ash Vey", "Home Secretary Ida Crane" name a
// department and no country; the secretary serves the country the article is about
// (countryServedIn, checked again by statedCountries), as "Foreign Minister X" does,
// when that country names its ministers so (cabinetCountry).

// cabinetTitle reports whether the title before mention m's name is a department's
// secretary ("Transportation Secretary", "Homeland Security Secretary" in titles.txt):
// two words or more that end in "Secretary", not a press secretary's, a deputy's or an
// under or assistant secretary's (notHeld), and not one held before ("former").
func (rf *relationFinder) cabinetTitle(m *mention) bool {
	if m.ta >= m.a || m.a-m.ta < 2 || rf.tok(m.a-1) != "Secretary" {
		return false
	}
	title := rf.span(m.ta, m.a)
	role, ok := titleRole[title]
	if !ok || role != "secretary" && !strings.HasSuffix(role, " secretary") || role == "press secretary" {
		return false
	}
	return !rf.notHeld(m.sent, rf.span(m.ta, m.b)) && rf.titleStandsAlone(m.sent, m.ta)
}

// cabinetCountry returns country when it titles its ministers "X Secretary": the United
// States or the United Kingdom, and only the United Kingdom for a foreign or a home
// secretary, titles the United States does not give; else "" ("Defense
// Secretary Ash Vey" in a report on Iran is no secretary of Iran).
func cabinetCountry(role, country string) string {
	switch country {
	case "United Kingdom":
		return country
	case "United States":
		if role == "foreign secretary" || role == "home secretary" {
			return ""
		}
		return country
	}
	return ""
}
