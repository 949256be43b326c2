package extraction

import (
	"regexp"
	"strings"

	"github.com/factgraph/kg"
)

// A sentence that corrects an earlier figure says so: "revised the toll down to 31",
// "revising its earlier count", "lowered the death toll", "one fewer than an earlier
// count", "had been wrongly pronounced dead". Its figures are corrections: the store
// holds them against the earlier, higher figures they replace, as revisions.
var correctionCue = regexp.MustCompile(`(?i)\b(revis(?:ed|es|ing)\s+(?:\w+\s+){0,3}(?:down|downward|lower)|revis(?:ed|es|ing)\s+(?:its|their|the|an?)\s+(?:\w+\s+){0,2}(?:count|toll|figure|tally|estimate)s?|(?:lowered|cut|reduced|corrected)\s+(?:\w+\s+){0,3}(?:toll|count|figure|tally)|(?:one|two|three|\d+)\s+fewer\s+than\s+(?:an?\s+|the\s+)?(?:earlier|previous|initial)|wrongly\s+(?:pronounced|declared|reported|counted)|correct(?:ed|ing)\s+(?:an?\s+|the\s+|its\s+)?(?:earlier|previous|initial)\s+(?:report|count|figure|toll))`)

// markCorrections flags the figures whose sentence corrects an earlier figure.
// Each sentence is asked once, and only one holding a word every cue needs goes to the
// regular expression.
func markCorrections(x *kg.Extraction) {
	asked := map[int]bool{}
	for i := range x.Figures {
		f := &x.Figures[i]
		if f.Sentence < 0 || f.Sentence >= len(x.Sentences) {
			continue
		}
		corrects, ok := asked[f.Sentence]
		if !ok {
			text := x.Sentences[f.Sentence].Text
			corrects = mayCorrect(text) && correctionCue.MatchString(text)
			asked[f.Sentence] = corrects
		}
		f.Correction = f.Correction || corrects
	}
}

// correctionWords are the words one of which every alternative of correctionCue holds.
var correctionWords = []string{"revis", "lowered", "cut", "reduced", "correct", "fewer", "wrongly"}

// mayCorrect reports whether sentence text holds one of correctionWords, whatever its case.
func mayCorrect(text string) bool {
	if ascii := containsLowerASCII(text, correctionWords); ascii >= 0 {
		return ascii == 1 // an ASCII sentence, read in place without its lower-case copy
	}
	low := strings.ToLower(text)
	for _, w := range correctionWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// containsLowerASCII reports, for an ASCII text, whether its lower-case form holds one of
// the lower-case ASCII words: 1 yes, 0 no, read in place. It returns -1 for a text with
// any other byte (strings.ToLower maps "İ" to "i" and the Kelvin sign to "k"): the
// caller lowers that one.
func containsLowerASCII(text string, words []string) int {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			return -1
		}
	}
	var firsts [2]uint64 // the words' first bytes, each ≤ 0x7f
	for _, w := range words {
		firsts[w[0]>>6] |= 1 << (w[0] & 63)
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if firsts[c>>6]&(1<<(c&63)) == 0 {
			continue
		}
	word:
		for _, w := range words {
			if len(text)-i < len(w) {
				continue
			}
			for k := 0; k < len(w); k++ {
				c := text[i+k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				if c != w[k] {
					continue word
				}
			}
			return 1
		}
	}
	return 0
}
