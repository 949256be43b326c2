package extraction

import "testing"

// TestWatersOfACountry: "the Gulf of X" and "the Sea of X" border the country they are
// named for and lie in none, not in the report's by default; a bay may lie in one.
func TestWatersOfACountry(t *testing.T) {
	x := extractBody(t, "HOUSTON, Texas (Reuters) - Oil output in the United States rose in May as new platforms in the Gulf of Mexico came online, officials in the United States said on Friday.")
	if hasRelation(x, "Gulf of Mexico", "locatedIn", "United States") {
		t.Errorf("the Gulf of Mexico put in the report's country: %+v", x.Relations)
	}
	x = extractBody(t, "TOKYO, Japan (Reuters) - Japan will send two patrol ships to the Sea of Japan next week, officials in Japan said on Monday.")
	if hasRelation(x, "Sea of Japan", "locatedIn", "Japan") {
		t.Errorf("the Sea of Japan put in Japan: %+v", x.Relations)
	}
}

// TestHeldTownOfAnotherCountry: a province named for a town the word lists place in
// another country ("Hama province") lies in that country when the article names it,
// not in the dateline's.
func TestHeldTownOfAnotherCountry(t *testing.T) {
	x := extractBody(t, "BEIRUT, Lebanon (Reuters) - Lebanese officials said on Monday the border with Syria was calm. Aid trucks left Lebanon on Sunday, officials in Lebanon said. The trucks later reached two villages in Hama province, the officials said.")
	if hasRelation(x, "Hama province", "locatedIn", "Lebanon") {
		t.Errorf("Hama province put in the dateline's country: %+v", x.Relations)
	}
	if !hasRelation(x, "Hama province", "locatedIn", "Syria") {
		t.Errorf("Hama province not put in Syria: %+v", x.Relations)
	}
	// the province's own country, when it is the article's, is given as before
	x = extractBody(t, "DAMASCUS, Syria (Reuters) - Syrian officials said on Monday that aid had reached Syria's north. The trucks later reached two villages in Hama province, officials in Syria said.")
	if !hasRelation(x, "Hama province", "locatedIn", "Syria") {
		t.Errorf("Hama province not put in the report's own country: %+v", x.Relations)
	}
}

// TestForeignDemonymOfABody: a sentence whose body is another country's ("The Philippine
// navy had not been told …") names that country too, so a place it names is not surely
// in the report's.
func TestForeignDemonymOfABody(t *testing.T) {
	x := extractBody(t, "TOKYO, Japan (Reuters) - A Japanese destroyer will visit ports in Southeast Asia next month, officials in Japan said on Monday. It is important for Japan to show its presence, they said. The Philippine navy had not been told of any visit by a Japanese destroyer, a navy spokesman said, though a call at the Dalupiri Bay naval base was expected.")
	if hasRelation(x, "Dalupiri Bay", "locatedIn", "Japan") {
		t.Errorf("Dalupiri Bay put in the report's country: %+v", x.Relations)
	}
	// a demonym inside a name is the name's ("the Royal Dutch Oil plant" names no country)
	x = extractBody(t, "HOUSTON, Texas (Reuters) - Refineries in the United States were shut on Monday, officials in the United States said. Two units at the Royal Dutch Oil plant near Morrow Bay were not affected, the company said.")
	if !hasRelation(x, "Morrow Bay", "locatedIn", "United States") {
		t.Errorf("a demonym inside a name kept Morrow Bay from the report's country: %+v", x.Relations)
	}
}

// TestOwnDemonymActingOnPlace: the report's own demonym three words before a place
// ("a Japanese destroyer is visiting Dalupiri") is a thing acting on it, not the place's
// own phrase; the sentence's other country then keeps the place from the report's.
func TestOwnDemonymActingOnPlace(t *testing.T) {
	x := extractBody(t, "TOKYO, Japan (Reuters) - A Japanese destroyer will visit ports in Southeast Asia next month, officials in Japan said on Monday. It is important for Japan to show its presence, they said. \"We know a Japanese destroyer is visiting Dalupiri Bay in April,\" said the Philippine spokesman.")
	if hasRelation(x, "Dalupiri Bay", "locatedIn", "Japan") {
		t.Errorf("Dalupiri Bay put in the report's country: %+v", x.Relations)
	}
}

// TestEventTownCountryOfLead: the town of the article's event that no word list knows
// takes the one country the lead names after "in" ("made an emergency landing in
// Kazakhstan"), not the dateline's.
func TestEventTownCountryOfLead(t *testing.T) {
	x := extractBody(t, "CAIRO (AP) -- Egyptian officials say an EgyptAir plane that made an emergency landing in Kazakhstan after a bomb threat has resumed its flight. They say no bomb was found after the plane landed Wednesday at the airport in the town of Karatobe, far from the capital.")
	if hasRelation(x, "Karatobe", "locatedIn", "Egypt") {
		t.Errorf("Karatobe put in the dateline's country: %+v", x.Relations)
	}
	if len(x.Events) == 0 || x.Events[0].Country != "Kazakhstan" {
		t.Errorf("the event's country is not Kazakhstan: %+v", x.Events)
	}
}

// TestRegionsOfSeveralCountries: peninsulas several countries share (cities.txt) lie in
// none; "Rio" is Rio de Janeiro's, in Brazil.
func TestRegionsOfSeveralCountries(t *testing.T) {
	x := extractBody(t, "WASHINGTON (Reuters) - U.S. officials said on Monday the United States wants peace on the Korean Peninsula, and officials in the United States said talks would go on.")
	if hasRelation(x, "Korean Peninsula", "locatedIn", "United States") {
		t.Errorf("the Korean Peninsula put in the report's country: %+v", x.Relations)
	}
	x = extractBody(t, "MOSCOW, Russia (Reuters) - Russian officials said on Monday that athletes from Russia would compete in Rio this summer. Brazil hosts the Games, officials in Russia said.")
	if hasRelation(x, "Rio", "locatedIn", "Russia") || !hasRelation(x, "Rio", "locatedIn", "Brazil") {
		t.Errorf("Rio not put in Brazil: %+v", x.Relations)
	}
}
