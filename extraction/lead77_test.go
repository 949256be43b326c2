package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestIncidentWords: a stabbing, a melee, lightning that strikes, a heat wave a headline
// names and people a headline says were shot are events; "stabbing" before its object,
// the Lightning team, "a lightning rod", a heat wave the text names only as the weather
// around something else, "takes a shot at rivals" and a jet "shot down" are none.
func TestIncidentWords(t *testing.T) {
	for _, c := range []struct {
		title, body, want string
	}{
		{"Man arrested in fatal stabbing of three in Brookdale",
			"BROOKDALE, Velland — Police arrested a man on Saturday in the fatal stabbing of three people at a house in Brookdale.", "attack"},
		{"Melee at Velland capitol leaves at least 5 injured",
			"At least five people were injured on Sunday when rival groups fought outside the capitol in Brookdale, officials said.", "clash"},
		{"Lightning kills 12 in northern Velland",
			"Lightning struck villages across northern Velland on Tuesday, killing at least 12 people, officials said.", "storm"},
		{"More than 100 feared dead in Velland heat wave",
			"More than 100 people are feared dead in Velland in an early-summer heat wave, officials said on Thursday.", "heatwave"},
		{"Court hears retired officer in knife inquiry",
			"Police said on Friday they were examining a knife found at the former home of a football star acquitted of stabbing to death his ex-wife two decades ago.", ""},
		{"Tampa Bay Lightning sign streaming pact",
			"The Tampa Bay Lightning and a web company agreed on Friday to stream four games a week.", ""},
		{"Senator becomes a lightning rod in budget fight",
			"The senator has become a lightning rod for critics of the budget, aides said on Monday.", ""},
		{"Two shot dead, four wounded after Brookdale parade",
			"Two people were shot dead and four wounded on Sunday following a parade in Brookdale, Velland, police said.", "shooting"},
		{"Brookdale officer shot to death while serving warrant",
			"A police officer was killed on Friday in Brookdale, Velland, while trying to arrest a man wanted on a warrant, police said.", "shooting"},
		{"Velland jet shot down over border, two pilots killed",
			"A Velland fighter jet was brought down near the border on Monday, killing its two pilots, the defense ministry said.", ""},
		{"Mayor takes a shot at rivals after two killed in Brookdale",
			"The mayor criticized his rivals on Monday after two people were killed in Brookdale, aides said.", ""},
		{"Velland policeman fatally shoots suspect who shot and wounded him",
			"A Brookdale police officer shot dead a suspect on Sunday after being wounded in a traffic stop, police said.", "shooting"},
		{"Convoy leads evacuees through burning town",
			"Flames roaring through brush parched by a spring heat wave have engulfed 250,000 acres in western Velland since Sunday.", ""},
	} {
		x := extractTitled(t, c.title, c.body)
		got := ""
		if ev := mainEvent(x); ev != nil {
			got = ev.Type
		}
		if got != c.want {
			t.Errorf("%q: main event %q, want %q (events %+v)", c.title, got, c.want, x.Events)
		}
	}
}

// TestAfterClauseWithoutPlace: a toll in a clause after "after" that names no place and
// no other time ("Park guard held after two hikers shot dead") is the main event's, not
// another event's in passing; one the clause places elsewhere by a modifier ("after the
// deaths of five officers at a Dallas protest", past the lead) is that place's.
func TestAfterClauseWithoutPlace(t *testing.T) {
	x := extractTitled(t, "Park guard held after two hikers shot dead",
		"Police in Brookdale, Velland, held a park guard on Sunday over the shooting of two hikers whose bodies were found on a trail, the county sheriff said.")
	ev := mainEvent(x)
	if ev == nil {
		t.Fatalf("no main event: %+v", x.Events)
	}
	found := false
	for _, f := range x.Figures {
		if f.Value != 2 || f.Measure != "killed" && f.Measure != "injured" && f.Measure != "shot" {
			continue
		}
		found = true
		if f.Event < 0 || !x.Events[f.Event].Main || f.Scope.Kind == kg.Background {
			t.Errorf("headline toll %+v: want the main event %q, not background", f, ev.Label())
		}
	}
	if !found {
		t.Errorf("no toll of 2: %+v", x.Figures)
	}
	x = extractTitled(t, "Police may change tactics at protests",
		"ST. PAUL, Minnesota — Hundreds of demonstrators held a protest in St. Paul on Saturday.\n\n"+
			"The march was peaceful. Organizers said more marches would follow.\n\n"+
			"Police may change tactics, particularly after the deaths of five officers at a Dallas protest.")
	for _, f := range x.Figures {
		if f.Value == 5 && (f.Event < 0 || x.Events[f.Event].Place != "Dallas") {
			t.Errorf("five officers at a Dallas protest: %+v (events %+v)", f, x.Events)
		}
	}
}

// TestPlacePartAfterAdjective: a count its clause places "in neighbouring X" or
// "reported from X" is that place's part of a larger toll, not a rival whole.
func TestPlacePartAfterAdjective(t *testing.T) {
	x := extractTitled(t, "Lightning kills 40 in northern Velland",
		"BROOKDALE, Velland — Lightning struck villages across northern Velland on Tuesday, killing at least 40 people, officials said.\n\n"+
			"The storms moved east overnight. Schools were closed.\n\n"+
			"Authorities said eight deaths were reported from Kessel district.\n\n"+
			"Local media said the storms claimed 10 lives in neighbouring Marrow state.")
	for _, c := range []struct {
		value float64
		place string
	}{{8, "Kessel district"}, {10, "Marrow state"}} {
		found := false
		for _, f := range x.Figures {
			if f.Value == c.value {
				found = true
				if f.Scope.Kind != kg.PlacePart || f.Scope.Of != c.place {
					t.Errorf("figure %v scope %+v, want place: %s", c.value, f.Scope, c.place)
				}
			}
		}
		if !found {
			t.Errorf("no figure %v: %+v", c.value, x.Figures)
		}
	}
}
