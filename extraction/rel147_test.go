package extraction

import "testing"

// TestMeetingOwnersDemands: a body's possessive before a lower-case noun that is no
// people of it ("demands", "commander") meets no one named; before the body's people
// ("executives") it meets the body.
func TestMeetingOwnersDemands(t *testing.T) {
	x := extractBody(t, "Governor Anton Varga will meet the Velland Growers’ demands on Friday.")
	if hasRelation(x, "Anton Varga", "meets", "Velland Growers") {
		t.Errorf("demands are no one met: %+v", x.Relations)
	}
	x = extractBody(t, "Governor Anton Varga met with the Velland Growers’ executives on Friday.")
	if !hasRelation(x, "Anton Varga", "meets", "Velland Growers") {
		t.Errorf("no Anton Varga meets Velland Farmers Union: %+v", x.Relations)
	}
}

// TestMeetingThingAndWay: a place a journey went through before "to meet" is no one
// who met.
func TestMeetingThingAndWay(t *testing.T) {
	x := extractBody(t, "Anton Varga set off on a long trip through northern Portugal to meet Lena Ostby in her village.")
	if hasRelation(x, "Portugal", "meets", "Lena Ostby") {
		t.Errorf("a place on the way is no one who met: %+v", x.Relations)
	}
}

// TestThingsDoNotMeet: a thing (a product's model) that "meets" a person is a reviewer's
// figure of speech, no meeting; a person who meets one still does.
func TestThingsDoNotMeet(t *testing.T) {
	x := extractBody(t, "The Vantor PX90D meets Lena Ostby in our test.")
	if hasRelation(x, "Vantor PX90D", "meets", "Lena Ostby") {
		t.Errorf("a thing met someone: %+v", x.Relations)
	}
	x = extractBody(t, "Anton Varga meets Lena Ostby in Lisbon on Friday.")
	if !hasRelation(x, "Anton Varga", "meets", "Lena Ostby") {
		t.Errorf("no Anton Varga meets Lena Ostby: %+v", x.Relations)
	}
}
