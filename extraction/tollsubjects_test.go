package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestTollSubjects: a casualty count of no event is about its event, not the article's
// topic or the subject of the clause around it; only the killer named as the killing
// verb's subject (or its relative's antecedent) is its subject. The sentences are invented.
func TestTollSubjects(t *testing.T) {
	tests := []struct {
		headline, body, measure string
		value                   float64
		want                    string
	}{
		{"Kestrel Labs fights order to unlock phone",
			"A federal judge in Harwick on Tuesday ordered Kestrel Labs to give investigators help in unlocking the data on a phone that had been used by Dario Lenz, who along with his brother, Mark Lenz, shot and killed 11 people at a holiday party in Marlow in December. Kestrel Labs said it would appeal the order. Kestrel Labs has said that weakening its encryption would put customers at risk.",
			"killed", 11, ""},
		{"Agents question neighbor",
			"Federal Bureau of Investigation agents on Friday questioned a neighbor of the man who killed 23 people at a concert hall. The FBI declined to comment.",
			"killed", 23, ""},
		{"Militants claim raid",
			"The Red Hand Front said it had killed about 40 soldiers in the raid and seized weapons.",
			"killed", 40, "Red Hand Front"},
	}
	for _, tt := range tests {
		x := mustExtract(t, emphasised(tt.headline, tt.body))
		var got *string
		for i := range x.Figures {
			if f := &x.Figures[i]; kg.MeasureClass(f.Measure) == tt.measure && f.Value == tt.value {
				got = &f.Subject
			}
		}
		if got == nil {
			t.Errorf("%q: no %s=%v in %+v", tt.body, tt.measure, tt.value, x.Figures)
			continue
		}
		if *got != tt.want {
			t.Errorf("%q: %s=%v subject %q, want %q", tt.body, tt.measure, tt.value, *got, tt.want)
		}
	}
}
