package extraction

import "testing"

// TestCorrectionWords checks that the cheap word test before the correction cue lets
// through every kind of sentence the cue knows, whatever its case: a cue whose words
// are not among correctionWords would silently never fire.
func TestCorrectionWords(t *testing.T) {
	for _, s := range []string{
		"Officials REVISED the toll down to 31 on Monday.",
		"The ministry is revising its earlier count.",
		"Police Lowered the death toll to 12.",
		"They cut the estimated toll to 40.",
		"The agency reduced its figure to nine.",
		"That is One Fewer than an earlier count.",
		"A man had been Wrongly pronounced dead.",
		"Officials Corrected an earlier report of 50 dead.",
	} {
		if !correctionCue.MatchString(s) {
			t.Errorf("the cue misses %q", s)
		}
		if !mayCorrect(s) {
			t.Errorf("mayCorrect drops %q, which the cue matches", s)
		}
	}
	if mayCorrect("Ten people were killed on Monday, police said.") {
		t.Error("mayCorrect lets through a sentence with no correction word")
	}
}
