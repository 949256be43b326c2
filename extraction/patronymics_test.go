package extraction

import (
	"slices"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// A one-word name that matches a person's name only after "bin" or "ibn" is
// the father's, not a short form of the son (patronymicLinks); the son's given name, a
// name the article itself writes after the link ("bin Nadir said") and a family name
// after "al-" still are short forms.
func TestPatronymicNamesAreNoShortForms(t *testing.T) {
	tests := []struct {
		name, body string
		person     string // the person named in full
		alias      string // a one-word name that must (or must not) be its alias
		folded     bool
	}{
		{"father titled king", "Deputy Crown Prince Omar bin Adel toured a factory on Monday. Voters here are not used to young rulers: King Adel is 80, and his own father ruled into his nineties.",
			"Omar bin Adel", "Adel", false},
		{"father after ibn", "Sheikh Khalid ibn Rashid opened the new port on Tuesday. Rashid, who founded the port authority, did not attend.",
			"Khalid ibn Rashid", "Rashid", false},
		{"the son's given name", "Deputy Crown Prince Omar bin Adel toured a factory on Monday. Prince Omar spoke to workers there.",
			"Omar bin Adel", "Omar", true},
		{"the family name written after the link", "Investigators found letters by Yusuf bin Nadir in the compound. In one, bin Nadir said his aides should travel only at night.",
			"Yusuf bin Nadir", "Nadir", true},
		{"a family name after al-", "President Tarek al-Nouri spoke in the capital on Monday. Nouri said the talks would go on.",
			"Tarek al-Nouri", "Nouri", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, kg.Article{Title: "A report", Body: tc.body, Published: time.Date(2016, 6, 1, 0, 0, 0, 0, time.UTC)})
			found := false
			for _, e := range x.Entities {
				if e.Name != tc.person {
					continue
				}
				found = true
				if got := slices.Contains(e.Aliases, tc.alias); got != tc.folded {
					t.Errorf("%s aliases %v: %q folded = %v, want %v", e.Name, e.Aliases, tc.alias, got, tc.folded)
				}
			}
			if !found {
				var names []string
				for _, e := range x.Entities {
					names = append(names, e.Name+"/"+string(e.Type))
				}
				t.Errorf("no %s; entities %v", tc.person, names)
			}
		})
	}
}
