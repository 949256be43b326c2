package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestEnt87DescribedAsPerson: a lone name before ", the … nominee," or "-- the
// front-runner --" is a person's; before a description of no person it stays.
func TestEnt87DescribedAsPerson(t *testing.T) {
	x := extractBody(t, "Guards stood outside the hall where Velkor, the presumptive Republican nominee, was speaking.")
	if e := entityNamed(x, "Velkor"); e == nil || e.Type != kg.Person {
		t.Errorf("Velkor: want a person, got %+v", e)
	}
	x = extractBody(t, "Guards stood outside the hall where Velkor, the popular local beer, was sold.")
	if e := entityNamed(x, "Velkor"); e != nil && e.Type == kg.Person {
		t.Errorf("Velkor (a beer): want no person, got %+v", e)
	}
}

// TestEnt87PronounAfterSaying: "X said he" makes a lone name a person's, and its other
// mentions, typed only by default, go with it; "X said it" does not.
func TestEnt87PronounAfterSaying(t *testing.T) {
	body := "Marvane said he would stay in the race.\n\nMarvane has won three primaries.\n\nVoters like Marvane.\n\nMarvane leads the polls in Ohio."
	if e := entityNamed(extractBody(t, body), "Marvane"); e == nil || e.Type != kg.Person {
		t.Errorf("Marvane: want a person, got %+v", e)
	}
	body = "Marvane said if he won he would cut taxes.\n\nMarvane has won three primaries.\n\nVoters like Marvane.\n\nMarvane leads the polls in Ohio."
	if e := entityNamed(extractBody(t, body), "Marvane"); e == nil || e.Type != kg.Person {
		t.Errorf("Marvane (said if he): want a person, got %+v", e)
	}
	body = "Marvane said it would stay in the market.\n\nMarvane has won three contracts.\n\nInvestors like Marvane.\n\nMarvane leads the sector in Ohio."
	if e := entityNamed(extractBody(t, body), "Marvane"); e != nil && e.Type == kg.Person {
		t.Errorf("Marvane (a body): want no person, got %+v", e)
	}
}

// TestEnt87TownBeforeSiteNoun: a known town before a site's noun is the place ("the
// Cleveland convention"); before a verb it is left to the default.
func TestEnt87TownBeforeSiteNoun(t *testing.T) {
	x := extractBody(t, "Delegates will gather at the Cleveland convention in July.")
	if e := entityNamed(x, "Cleveland"); e == nil || e.Type != kg.Place {
		t.Errorf("Cleveland: want a place, got %+v", e)
	}
	x = extractBody(t, "Delegates said Cleveland lost again on Sunday.")
	if e := entityNamed(x, "Cleveland"); e != nil && e.Type == kg.Place {
		t.Errorf("Cleveland (a team): want no place, got %+v", e)
	}
}

// TestEnt87CallImperative: a page's "Watch" before a given name is no part of the name;
// before a word no list knows it stays ("Vote Leave").
func TestEnt87CallImperative(t *testing.T) {
	x := extractBody(t, "Watch Hillary Clinton and Bernie Sanders debate on Wednesday night.")
	if entityNamed(x, "Watch Hillary Clinton") != nil || entityNamed(x, "Hillary Clinton") == nil {
		t.Errorf("want Hillary Clinton without Watch: %+v", x.Entities)
	}
	x = extractBody(t, "Vote Leave campaigners rallied in London on Tuesday.")
	if entityNamed(x, "Vote Leave") == nil {
		t.Errorf("want Vote Leave kept: %+v", x.Entities)
	}
}
