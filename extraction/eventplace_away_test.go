package extraction

import "testing"

// TestEventPlaceNotElsewhere: a later sentence that names places away from the event
// ("near the border of Carwick and Oxley just miles from the shooting site", "the corner
// of Dell and Mott streets") does not move the event out of the town the dateline and
// the lead give it.
func TestEventPlaceNotElsewhere(t *testing.T) {
	a := emphasised("Suspect in Harwick police shooting dead",
		"HARWICK — Officials said the suspect sought in the shooting death of a Harwick police officer was killed on Sunday.\n\n"+
			"Tate joined the Harwick Police Department three years ago after transferring from Carwick, Oxley and Boston.\n\n"+
			"Later in the day, near the border of Carwick and Oxley just miles from the shooting site, police swarmed around a home near the corner of Dell and Mott streets.")
	x := mustExtract(t, a)
	if len(x.Events) == 0 || x.Events[0].Place != "Harwick" {
		t.Errorf("want the shooting in Harwick, got %+v", x.Events)
	}
}

// TestServiceNamesNoEvent: a body named after what it fights ("the Harwick Fire
// Department said") tells of no fire; a headline's capitals still tell of an attack.
func TestServiceNamesNoEvent(t *testing.T) {
	a := emphasised("Crowd clashes at rally in Harwick",
		"At least five people were stabbed at a rally in Harwick on Sunday as two groups clashed, according to authorities. "+
			"Eight people were taken to a hospital, a spokesman for the Harwick Fire Department said.")
	x := mustExtract(t, a)
	for _, e := range x.Events {
		if e.Type == "fire" {
			t.Errorf("a fire department is no fire: %+v", x.Events)
		}
	}
	b := emphasised("Suicide Bombers Attack Police Station in Southern Varland",
		"Suicide bombers attacked a police station in the town of Novoselka on Monday, killing two officers.")
	if x := mustExtract(t, b); len(x.Events) == 0 || x.Events[0].Type != "attack" && x.Events[0].Type != "bombing" {
		t.Errorf("want the attack kept, got %+v", x.Events)
	}
}
