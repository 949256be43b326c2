package extraction

import (
	"regexp"

	"github.com/factgraph/kg"
)

// A sentence that corrects an earlier figure says so: "revised the toll down to 31",
// "revising its earlier count", "lowered the death toll", "one fewer than an earlier
// count", "had been wrongly pronounced dead". Its figures are corrections: the store
// holds them against the earlier, higher figures they replace, as revisions.
var correctionCue = regexp.MustCompile(`(?i)\b(revis(?:ed|es|ing)\s+(?:\w+\s+){0,3}(?:down|downward|lower)|revis(?:ed|es|ing)\s+(?:its|their|the|an?)\s+(?:\w+\s+){0,2}(?:count|toll|figure|tally|estimate)s?|(?:lowered|cut|reduced|corrected)\s+(?:\w+\s+){0,3}(?:toll|count|figure|tally)|(?:one|two|three|\d+)\s+fewer\s+than\s+(?:an?\s+|the\s+)?(?:earlier|previous|initial)|wrongly\s+(?:pronounced|declared|reported|counted)|correct(?:ed|ing)\s+(?:an?\s+|the\s+|its\s+)?(?:earlier|previous|initial)\s+(?:report|count|figure|toll))`)

// markCorrections flags the figures whose sentence corrects an earlier figure.
func markCorrections(x *kg.Extraction) {
	for i := range x.Figures {
		f := &x.Figures[i]
		if f.Sentence >= 0 && f.Sentence < len(x.Sentences) && correctionCue.MatchString(x.Sentences[f.Sentence].Text) {
			f.Correction = true
		}
	}
}
