package extraction

import (
	"slices"
	"testing"

	"github.com/factgraph/kg"
)

// TestShipNames: a navy's ship is a thing whoever it is named after, and the ship
// without its prefix is the same ship; a memorial named after it stays a place.
func TestShipNames(t *testing.T) {
	a := emphasised("Sailors freed",
		"Patrol boats fired rockets close to the carrier USS Ann Vole in the Gulf on Tuesday. "+
			"Sailors aboard the Ann Vole watched the boats. "+
			"The frigate HMS Tom Lark sailed on Monday. "+
			"Visitors came to the USS Kessel Memorial on Sunday.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"USS Ann Vole":        kg.Other,
		"HMS Tom Lark":        kg.Other,
		"USS Kessel Memorial": kg.Place,
	})
	if e := entityNamed(x, "USS Ann Vole"); e == nil || !slices.Contains(e.Aliases, "Ann Vole") {
		t.Errorf("want Ann Vole a short form of the USS Ann Vole; got %+v", e)
	}
}

// TestRailRoadNames: a railroad named "… Rail Road" is the company that runs it, no
// street.
func TestRailRoadNames(t *testing.T) {
	a := emphasised("Trains halted",
		"Trains operated by the Dunmore Rail Road halted service on Saturday, a spokesman said.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{"Dunmore Rail Road": kg.Organization})
}

// TestWrittenInOutlets: a name after "published in", "wrote in" or "an op-ed in" is the
// journal or the paper the text came out in, not a place.
func TestWrittenInOutlets(t *testing.T) {
	a := emphasised("Young star found",
		"In one study, published in Lumen on Monday, the team measured the star. "+
			"Erik Vale wrote in The Dunmore Observer that the star was young.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Lumen":                kg.Organization,
		"The Dunmore Observer": kg.Organization,
	})
}

// TestKnownFirmShortForms: a firm of the word lists named by two surnames is a body,
// and its first word alone is its short form; a common word of a known body's name
// ("House" of the White House) is none.
func TestKnownFirmShortForms(t *testing.T) {
	a := emphasised("Banks advise",
		"Goldman Sachs advised the buyer on the deal, people familiar with it said. "+
			"A spokesman for Goldman declined to comment on Friday. "+
			"The White House said on Monday the House would vote on the bill.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{"Goldman Sachs": kg.Organization})
	if e := entityNamed(x, "Goldman Sachs"); e == nil || !slices.Contains(e.Aliases, "Goldman") {
		t.Errorf("want Goldman a short form of Goldman Sachs; got %+v", e)
	}
	if e := entityNamed(x, "White House"); e != nil && slices.Contains(e.Aliases, "House") {
		t.Errorf("the House is no short form of the White House: %+v", e)
	}
}
