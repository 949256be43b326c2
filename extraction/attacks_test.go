package extraction

import (
	"strings"
	"testing"
)

// TestAttackTargets: an attack names its attacker and target only when the clause gives
// them: a place naming the attack, a figurative strike, a mutual attack, a person's
// verbal attack and plural attacks with no place of their own relate nothing to the
// places near them. Every sentence is invented.
func TestAttackTargets(t *testing.T) {
	tests := []struct {
		name, headline, body string
		want, not            [][3]string
	}{
		{"place names the attack", "Harwick tightens security",
			"HARWICK — Harwick tightened security after the Lyon attacks and the killing of nine people in Marseille in June.",
			nil, [][3]string{{"Lyon", "attacks", "Marseille"}}},
		{"suspect after the compound", "Police hold suspect",
			"Police in Portugal captured Lyon attacks suspect Dario Lenz on Friday.",
			nil, [][3]string{{"Lyon", "attacks", "Dario Lenz"}}},
		{"group before attacks stays the attacker", "Harwick mourns",
			"Fears grew after last year's Red Hand Front attacks in Lyon.",
			[][3]string{{"Red Hand Front", "attacks", "Lyon"}}, nil},
		{"figurative strike", "Mayor's rally",
			"Mayor Lena Ortiz struck a defiant tone toward Governor Paul Weber on Monday.",
			nil, [][3]string{{"Lena Ortiz", "attacks", "Paul Weber"}}},
		{"a blow to a name", "Champion wins",
			"Mara Vell struck Tina Rook with a flurry of punches in the third round.",
			[][3]string{{"Mara Vell", "attacks", "Tina Rook"}}, nil},
		{"each other", "Debate turns sour",
			"Anna Brandt and Victor Hale attacked each other in the weeks before the Portugal primary.",
			[][3]string{{"Anna Brandt", "attacks", "Victor Hale"}, {"Victor Hale", "attacks", "Anna Brandt"}},
			[][3]string{{"Anna Brandt", "attacks", "Portugal"}}},
		{"attack by a person on a person", "Rivals clash",
			"After days of attacks by Victor Hale on Anna Brandt's record, she struck back.",
			[][3]string{{"Victor Hale", "attacks", "Anna Brandt"}}, nil},
		{"verbal attack has no place", "Rivals clash in Marseille",
			"MARSEILLE — Anna Brandt stumbled under an attack by Victor Hale at the debate.",
			nil, [][3]string{{"Victor Hale", "attacks", "Marseille"}}},
		{"the place the phrase names", "Marseille on alert",
			"MARSEILLE — Marseille's airport was evacuated a day after bombings by the Red Hand Front rocked Lyon.",
			[][3]string{{"Red Hand Front", "attacks", "Lyon"}}, [][3]string{{"Red Hand Front", "attacks", "Marseille"}}},
		{"plural attacks with no place", "Debate on encryption",
			"SAN MARO — The debate has grown after recent attacks by the Red Hand Front, which uses encrypted apps.",
			nil, [][3]string{{"Red Hand Front", "attacks", "San Maro"}}},
		{"negated", "Portugal on guard",
			"Portugal has not suffered a major attack by the Red Hand Front so far.",
			nil, [][3]string{{"Red Hand Front", "attacks", "Portugal"}}},
		{"an attack by a possessed noun", "Cleric speaks",
			"He called it an attack by Portugal's president on his movement.",
			nil, [][3]string{{"Portugal", "attacks", "Portugal"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, emphasised(tt.headline, tt.body))
			for _, r := range tt.want {
				if !hasRelation(x, r[0], r[1], r[2]) {
					t.Errorf("missing %v in %+v", r, x.Relations)
				}
			}
			for _, r := range tt.not {
				if hasRelation(x, r[0], r[1], r[2]) {
					t.Errorf("unwanted %v in %+v", r, x.Relations)
				}
			}
			if tt.name == "an attack by a possessed noun" {
				for _, r := range x.Relations {
					if r.Predicate == "attacks" && strings.HasPrefix(r.Subject, "Portugal") {
						t.Errorf("the president's attack given to the country: %+v", r)
					}
				}
			}
		})
	}
}
