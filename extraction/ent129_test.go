package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// A full name the types of its mentions made a body, then its surname alone as a person:
// the person (surnamedbodies.go).
func TestSurnamedBodyIsThePerson(t *testing.T) {
	x := extractBody(t, "Tavik Cave said the fight was off. Cave added that he was sorry.")
	e := entityNamed(x, "Tavik Cave")
	if e == nil || e.Type != kg.Person {
		t.Fatalf("Tavik Cave: want a Person, got %+v", e)
	}
	if s := entityNamed(x, "Cave"); s != nil && s != e {
		t.Errorf("Cave left apart from Tavik Cave: %+v", s)
	}
}

// A body whose name ends in a word the article also uses alone is no person's name when
// a place opens it.
func TestSurnamedBodyNotAPlaceLedPaper(t *testing.T) {
	x := extractBody(t, "The Fresno Lantern reported the closure. Lantern said he would appeal.")
	if e := entityNamed(x, "Fresno Lantern"); e != nil && e.Type == kg.Person {
		t.Errorf("Fresno Lantern typed a person: %+v", e)
	}
}
