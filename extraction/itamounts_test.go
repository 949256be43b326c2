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

// TestSumBeforeCountNoRange: a sum before "to" and a count ("donated $64,066 to 34
// charities", "a fine of up to $7.4 billion or 10 percent of its revenue") is read: the
// number after it reads no range back to it; a real range still reads as one ("30 to 40
// percent", "six or seven bodies").
func TestSumBeforeCountNoRange(t *testing.T) {
	x := extractBody(t, "The couple donated $64,066 to 34 charities last year. Prices rose 30 to 40 percent. Six or seven bodies were found.")
	want := map[float64]bool{64066: false, 30: false, 40: false, 6: false, 7: false}
	for _, f := range x.Figures {
		if _, ok := want[f.Value]; ok {
			want[f.Value] = true
		}
	}
	for v, seen := range want {
		if !seen {
			t.Errorf("no figure of %v: %+v", v, x.Figures)
		}
	}
}
