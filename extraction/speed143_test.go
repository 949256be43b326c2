package extraction

import (
	"strings"
	"testing"
)

// The speed143 rewrites give what the expressions they replaced gave.
func TestSpeed143Rewrites(t *testing.T) {
	texts := []string{"", "d", "D", "ased", "The Geneva-based agency said", "a BOSTON-BASED firm",
		"headquartered in Lyon", "HEADQUARTERED", "Quartered", "she pleased them", "He eased",
		"nothing here", "ASEd", "quartereD", "x-ray", "Franco-German", "-lead", "Sun-Times",
		"Photo: Ann Lee", "continue reading", "(Reporting by Ann Lee)", "ÉCOLE Normale", "Ça va"}
	for _, x := range texts {
		old := strings.Contains(x, "ased") || strings.Contains(x, "ASED") || strings.Contains(x, "quartered") || strings.Contains(x, "QUARTERED")
		if got := basedInText(x); got != old {
			t.Errorf("basedInText(%q) = %v, want %v", x, got, old)
		}
		if got, want := hyphenHead(x), strings.Split(x, "-")[0]; got != want {
			t.Errorf("hyphenHead(%q) = %q, want %q", x, got, want)
		}
		var buf [classifyHeadBuf]byte
		for _, n := range []int{0, 3, 10, 96} {
			g, gc := lowerHeadInto(buf[:], x, n)
			w, wc := lowerHead(x, n)
			if g != w || gc != wc {
				t.Errorf("lowerHeadInto(%q, %d) = %q %v, want %q %v", x, n, g, gc, w, wc)
			}
		}
		low, _ := lowerHead(x, len(x))
		var all []string
		for _, p := range debrisPrefixes {
			if strings.HasPrefix(low, p) {
				all = append(all, p)
			}
		}
		var some []string
		for _, p := range debrisPrefixesFor(low) {
			if strings.HasPrefix(low, p) {
				some = append(some, p)
			}
		}
		if strings.Join(all, "|") != strings.Join(some, "|") {
			t.Errorf("debrisPrefixesFor(%q) matches %q, want %q", low, some, all)
		}
	}
}
