package extraction

import (
	"strings"
	"testing"
)

// TestPronounAmountAfterLast: "It rose to $3.5 billion" after a sentence whose last
// amount was Acme's revenue is the revenue again (the subject phrase before "rose" holds
// no pronoun, so the pronoun stands right before it); not after a last amount of the
// other kind (a share), and a pronoun's percentage keeps the reading it had ("They fell 2
// percent": no measure doubled into "fall fall").
func TestPronounAmountAfterLast(t *testing.T) {
	x := extractBody(t, "Acme's revenue rose to $3 billion in 2015. It rose to $3.5 billion in 2016.")
	found := false
	for _, f := range x.Figures {
		if f.Value == 3.5e9 {
			found = true
			if f.Measure != "revenue" {
				t.Errorf("$3.5 billion: want revenue, got %q", f.Measure)
			}
		}
	}
	if !found {
		t.Errorf("no figure for $3.5 billion: %+v", x.Figures)
	}
	x = extractBody(t, "Acme's margin rose to 5 percent in 2015. It rose to $3.5 billion in 2016.")
	for _, f := range x.Figures {
		if f.Value == 3.5e9 && strings.Contains(f.Measure, "margin") {
			t.Errorf("a share's measure given to money: %+v", f)
		}
	}
	x = extractBody(t, "Brent crude slipped 1.1 percent to $34.04 a barrel. The euro was weak. It fell 1 percent to $1.08.")
	for _, f := range x.Figures {
		if f.Value == 1.08 && strings.Contains(f.Measure, "brent") {
			t.Errorf("the amount two sentences back named the pronoun's: %+v", f)
		}
	}
	x = extractBody(t, "Shares of Acme Corp fell 5 percent on Monday. They fell 2 percent on Tuesday.")
	for _, f := range x.Figures {
		if strings.Contains(f.Measure, "fall fall") {
			t.Errorf("doubled change word: %+v", f)
		}
	}
}
