package extraction

import (
	"strings"
	"testing"
)

// TestNamesStopAtLineBreaks: a name never runs across a line break. Scraped pages put a
// headline, the outlet and the first sentence on lines of their own, with no stop between
// them; the outlet on one line and a name opening the next are two names.
func TestNamesStopAtLineBreaks(t *testing.T) {
	x := extractBody(t, "Fire damages old church in Midtown\nHarbor Daily Times\nA raging blaze tore through a church in Midtown on Sunday night, fire captain Frank Ocampo said.")
	names := map[string]bool{}
	for _, e := range x.Entities {
		if strings.Contains(e.Name, "\n") {
			t.Errorf("entity %q runs across a line break", e.Name)
		}
		names[e.Name] = true
	}
	for _, want := range []string{"Midtown", "Harbor Daily Times", "Frank Ocampo"} {
		if !names[want] {
			t.Errorf("no entity %q; entities: %+v", want, x.Entities)
		}
	}
}
