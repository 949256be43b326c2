package extraction

import "testing"

// TestDescribedAntecedents: "he said" / "she said" after a sentence whose subject
// introduces someone without a name ("A spokeswoman for the Harlow Trust had no
// comment.", "A man who answered the phone …", "A senior police official … said") is
// that description (the body a spokeswoman speaks for), not a person quoted paragraphs
// before. Not read: a description whose sex does not fit ("A … spokesman" before "she
// said"), a description with a name in apposition ("A friend of mine, Ivo Brandt,"), a
// body ("A company that …"), one that points at someone else ("A source in his
// ministry"). A sentence that opens with the pronoun itself ("He mocked his rival Ben
// Ostrow") passes its later names by; one whose fronted clause names the person ("As
// Carl Weir kept collecting …, he noticed") does not.
func TestDescribedAntecedents(t *testing.T) {
	got := quoteSpeakers(t, "described-antecedents")
	wantSpeakers(t, got, map[string]string{
		"He deserves better than this":               "Lena Marsh",
		"We will not discuss private family matters": "Harlow Trust",
		"We are closed until Monday":                 "a man",
		"We are looking at every possibility":        "a senior police official",
		"You have nothing to lose":                   "Ivo Brandt",
		"That is exactly where I can help":           "Lena Marsh",
		"We do not make deals.":                      "Pavel Orsk",
	})
}
