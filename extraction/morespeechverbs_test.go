package extraction

import "testing"

// TestMoreSpeechVerbs: "reiterated", "retorted" and the like (data/lexicon.txt's verbs
// of saying) introduce a quote as "said" does (testdata/more-speech-verbs.input,
// invented; main left both quotes without a speaker).
func TestMoreSpeechVerbs(t *testing.T) {
	wantSpeakers(t, quoteSpeakers(t, "more-speech-verbs"), map[string]string{
		"will not cost the city a cent.": "Dora Quill",
		"Every plan costs something.":    "Ivo Brandt",
	})
}
