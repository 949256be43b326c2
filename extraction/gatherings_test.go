package extraction

import "testing"

// TestGatheringCounters: who organizes or joins a gathering tells its count ("3,000
// people attended, organizers said"), and "called off" a quoted name is no speech.
func TestGatheringCounters(t *testing.T) {
	for body, want := range map[string]string{
		"More than 3,000 people protested in Kesma, organizers said.":             "organizers",
		"Organizers said 3,000 people attended the rally.":                        "organizers",
		"About 140 vehicles took part in the demonstration, the organisers said.": "organisers",
	} {
		checkOneTeller(t, "Rally in Kesma", body, want)
	}
	x := extractBody(t, `Organizers called off a "march against fear" planned for Sunday.`)
	if len(x.Quotes) != 0 {
		t.Errorf("a quoted name after 'called off' is no quote: %+v", x.Quotes)
	}
}

// TestCrowdReckonedAt: a bare count a gathering's size was put at is the crowd ("police
// put the crowd at 1,200", "the crowd was estimated at 1,200").
func TestCrowdReckonedAt(t *testing.T) {
	for _, body := range []string{
		"Police put the crowd at 1,200.",
		"Police put the size of the crowd at 1,200.",
		"The crowd was estimated at 1,200.",
		"Police estimated the crowd at about 1,200 people.",
	} {
		x := extractBody(t, body)
		if len(x.Figures) != 1 || x.Figures[0].Measure != "crowd" || x.Figures[0].Value != 1200 {
			t.Errorf("%q: figures %+v, want one crowd of 1,200", body, x.Figures)
		}
	}
}

// TestForcedToFlee: those a disaster forced to flee are displaced, not rescued, even
// past an apposition ("88,000 residents, the entire population of Kesma, to flee for safety").
func TestForcedToFlee(t *testing.T) {
	x := extractBody(t, "The fire has forced some 8,000 residents, the entire population of Kesma, to flee for safety.")
	if len(x.Figures) != 1 || x.Figures[0].Measure != "displaced" || x.Figures[0].Value != 8000 {
		t.Errorf("figures %+v, want one displaced 8,000", x.Figures)
	}
}

// TestRivalCounts: in "N NOUN to NAME's M", M is the rival's count of the same noun.
func TestRivalCounts(t *testing.T) {
	for body, want := range map[string][2]string{
		"Ruiz has 2,165 delegates to Moss' 1,357.":               {"delegates", "Moss"},
		"The Greens won 16 seats to the Liberals' 11 on Friday.": {"seats", "Liberals"},
	} {
		x := extractBody(t, body)
		found := false
		for _, f := range x.Figures {
			if f.Measure == want[0] && f.Subject == want[1] {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s of %s: %+v", body, want[0], want[1], x.Figures)
		}
	}
}

// TestPossessedCounts: a count right after a name's possessive is that name's ("to Moss'
// 1,357 delegates", "Acme Corp's 1.1 billion accounts"), not the clause subject's.
func TestPossessedCounts(t *testing.T) {
	x := extractBody(t, "Ruiz has 2,165 to Moss' 1,357 delegates, according to an AP count.")
	found := false
	for _, f := range x.Figures {
		if f.Value == 1357 {
			found = f.Subject == "Moss"
		}
	}
	if !found {
		t.Errorf("1,357 delegates are Moss's: %+v", x.Figures)
	}
	first := false
	for _, f := range x.Figures {
		first = first || f.Value == 2165 && f.Measure == "delegates"
	}
	if !first {
		t.Errorf("2,165 delegates, named by the rival's noun after it: %+v", x.Figures)
	}
}
