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
