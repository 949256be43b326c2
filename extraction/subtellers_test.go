package extraction

import "testing"

// TestSubordinateTellers: a teller inside a clause a subordinator opens ("after Brenton
// said", "after the company said") tells only the figures after its verb, not the share
// move or the seizure before it, and its phrase is the words after the subordinator, not
// the sentence's start; "an estimated $6 million" is no verb of saying, so the records
// that "show" it are its source; "the companies said" in a sentence that names one body
// (a car's make) goes back to the companies the article named before; a plain "Officials
// said" still tells its figure. A subordinator inside a dashed aside opens no teller's
// clause (the survey still tells its figures, and the next sentence's); "puts" with no
// "at" and "added two more" after "before this year" tell nothing.
func TestSubordinateTellers(t *testing.T) {
	wantSources(t, "sub-tellers", []valueSource{
		{125, "Halvern Motors Co and Quickly Inc"},
		{12, ""}, {14, "Brenton"},
		{4, ""}, {9, "Halvern Motors Co"},
		{6e6, "court documents"},
		{35, "officials"},
		{70, "Ostrel Research"}, {23, "Ostrel Research"},
		{40, ""}, {117, ""},
	})
}
