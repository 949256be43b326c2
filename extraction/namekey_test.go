package extraction

import "testing"

// TestNameKeyCompanySuffixes: a firm's name keys alike with and without its stacked
// company suffixes and the "&" of "& Co", so "Harlow Finch Group Inc", "Harlow Finch"
// and "Harlow Finch & Co" are one company; an "and" before "Co." and a name that is all
// "&" stay as they are.
func TestNameKeyCompanySuffixes(t *testing.T) {
	for _, c := range []struct{ name, key string }{
		{"Harlow Finch Group Inc", "harlow finch"},
		{"Harlow Finch & Co", "harlow finch"},
		{"Harlow Finch & Co.", "harlow finch"},
		{"Harlow Finch", "harlow finch"},
		{"Pell & Pell", "pell & pell"},
		{"Pell and Co.", "pell and"},
		{"Group Inc", "group"},
	} {
		if got := nameKey(c.name); got != c.key {
			t.Errorf("nameKey(%q) = %q, want %q", c.name, got, c.key)
		}
	}
}
