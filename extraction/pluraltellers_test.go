package extraction

import (
	"testing"

	kg "github.com/factgraph/kg"
)

// TestPluralTellers: the plural of a speaker head the list holds tells ("the unions
// said", "monitors and state media said"), but not as an industry or a kind of people
// with a modifier ("business services added", "high school students reported"); "staff"
// and "network" are heads, not after "chief of"; a phrase of place after the head
// ("a security officer at the scene told Reuters") does not hide it; a participle with
// an infinitive ("a network said to include") names no teller.
func TestPluralTellers(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "About 15 protesters were arrested outside the venue, the unions said.", value: 15, source: "unions"},
		{body: "Bombs killed nearly 150 people in Karvo on Monday, monitors and state media said.", value: 150, source: "monitors and state media"},
		{body: "Professional and business services added just 10,000 jobs last month.", value: 10000, source: ""},
		{body: "Data showed that 3 million high school students reported using e-cigarettes in 2015.", value: 3e6, source: ""},
		{body: "Ten of the wounded were in critical condition, according to hospital staff.", value: 10, source: "hospital staff"},
		{body: "Earlier Thursday, the government-run network said four people were killed by rebel shelling.", value: 4, source: "government-run network"},
		{body: "A senior security officer at the scene told Reuters that 51 people were wounded.", value: 51, source: "a senior security officer"},
		{body: "\"Another 40 migrants managed to swim to the shore,\" the coastguard said in a statement.", value: 40, source: "coastguard"},
		{body: "Local officials and eyewitnesses said 10 other people were injured.", value: 10, source: "local officials and eyewitnesses"},
		{body: "Dana Ruiz leads a movement said to include 4,000 followers.", value: 4000, source: ""},
		{body: "Acme's chief executive Dana Ruiz said to expect a 25 percent decline in sales.", value: 25, source: "Dana Ruiz"},
	})
}

// TestAlsoSpeaks: a lone capitalised word opening a sentence, named nowhere else, is a
// name when it speaks, "also" or not ("Karvo TV also reported" as "KTV also reported").
func TestAlsoSpeaks(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "A fire broke out on Monday.\n\nKTVN also reported that about 1,000 villagers had been evacuated.", value: 1000, source: "KTVN"},
		{body: "A fire broke out on Monday.\n\nKTVN reported that about 1,000 villagers had been evacuated.", value: 1000, source: "KTVN"},
	})
}

// TestTellerClauseNotName: the words before a later verb of saying that hold a clause of
// saying are no teller's name ("Karvo said it has confirmed", "A nurse of Elmtown's
// hospital said it received reports of").
func TestTellerClauseNotName(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Karvo said it has confirmed more than 640 cases of measles.", value: 640, source: "Karvo"},
		{body: "A nurse of Mosul's main hospital said it received reports of 32 civilians killed on Monday.", value: 32, source: "A nurse of Mosul's main hospital"},
	})
}

// TestMassacredCounts: "massacred" and "slaughtered" after a count say killed, as
// "murdered" does.
func TestMassacredCounts(t *testing.T) {
	checkFigures(t, "Mourning in Elmtown", map[string][]string{
		"Marchers grieved for the 31 people massacred and more than 40 wounded in Elmtown.": {"killed 31", "injured 40"},
		"Around 90 elephants per day are slaughtered by poachers in Ruritania.":             {"killed 90"},
	})
}

// TestCountThroughNumberedPlace: a number inside a phrase of place after the count
// ("in the two cities") does not open another count; a name's ordinal ("from the 1st
// Cavalry Division") still ends the count's reach.
func TestCountThroughNumberedPlace(t *testing.T) {
	checkFigures(t, "Bombing anniversary", map[string][]string{
		"Some 90,000 people in the two cities died within the year.": {"killed 90000"},
	})
	checkFigures(t, "Flood at the base", map[string][]string{
		"Three more soldiers in the truck carrying 12 from the 1st Cavalry Division were rescued.": {},
	}, "rescued 12")
}

// TestRecordAmounts: "a record" between a verb and its amount does not hide the verb
// ("earned a record $340 million"); "to record $80 million" is the verb itself.
func TestRecordAmounts(t *testing.T) {
	checkFigures(t, "Airline results", map[string][]string{
		"Karvo Air, which turned profitable in 2013, earned a record $340.5 million last year.": {"earnings 3.405e+08 USD"},
		"Capital outflows from Ruritania reached a record $1 trillion in 2015.":                 {"capital outflows 1e+12 USD"},
		"Acme is on track to record roughly $80 million in revenue this year.":                  {"revenue 8e+07 USD"},
	})
}

// TestPronounAfterRole: "he said" after "…, the health minister said" is the minister,
// not a body named sentences before.
func TestPronounAfterRole(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Bombing", Body: "The Karvo Freedom Front (KFF) claimed responsibility for the previous car bombing on Feb. 17.\n\n" +
		"At least 37 people died from Sunday's blast, the health minister said, adding 71 people were still being treated in hospital. Of those, 15 were in serious condition, he said."})
	if f := figureOf(t, x, 15); f.Source != "health minister" {
		t.Errorf("15 in serious condition: source %q, want health minister", f.Source)
	}
}
