package extraction

import (
	"strings"
	"testing"
)

// TestLowerHeadIsTheStartOfToLower: classifySentences reads the head lowerHead gives in
// place of the whole sentence lower-cased, so the head must be exactly the start of
// strings.ToLower's form, at least n bytes of it unless it is all of it — across curly
// quotes, letters that change length when lowered (the Kelvin sign, İ) and bytes that
// are no UTF-8.
func TestLowerHeadIsTheStartOfToLower(t *testing.T) {
	texts := []string{
		"",
		"the mayor of Velland said so.",
		"(Additional Reporting by Ana Kord; Editing by Tom Birch)",
		"“We will rebuild,” the MAYOR said — and İstanbul’s council agreed.",
		"A 5 \u212a rise: ẞtraße \xff\xfe broken \xe2\x82 bytes, and a real \uFFFD too.",
		strings.Repeat("\u212aELVIN ", 40),
		"More on GlobalPost: Velland's new port opens",
	}
	for _, s := range texts {
		want := strings.ToLower(s)
		for n := 0; n <= len(s)+2; n++ {
			got, cut := lowerHead(s, n)
			if !strings.HasPrefix(want, got) {
				t.Fatalf("lowerHead(%q, %d) = %q: not the start of %q", s, n, got, want)
			}
			if cut != (got != want) {
				t.Fatalf("lowerHead(%q, %d) = %q, cut %v", s, n, got, cut)
			}
			if cut && len(got) < n {
				t.Fatalf("lowerHead(%q, %d) = %q: shorter than %d", s, n, got, n)
			}
		}
	}
}
