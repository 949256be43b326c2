package kg

import "testing"

// TestIsOpenPredicate: camelCase names outside the vocabulary are open; the vocabulary's
// terms, roles and names with other characters are not.
func TestIsOpenPredicate(t *testing.T) {
	for p, want := range map[string]bool{
		"dropCaseAgainst": true, "introduce": true, "rejects": false, "envoyOf": false,
		"spokeTo": false, "": false, "Drop": false, "drop-case": false, "open/drop": false,
	} {
		if got := IsOpenPredicate(p); got != want {
			t.Errorf("IsOpenPredicate(%q) = %v, want %v", p, got, want)
		}
	}
}
