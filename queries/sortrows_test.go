package queries

import (
	"testing"
	"unicode/utf16"
)

// TestLessUTF16: lessUTF16 orders strings as JavaScript does, by UTF-16 code units
// (a character above U+FFFF before U+E000–U+FFFF), where Go's < orders by bytes.
func TestLessUTF16(t *testing.T) {
	words := []string{"", "a", "ab", "b", "é", "\uE000", "\uFFFD", "\U0001F600", "x\U0001F600", "x\uFFFD", "\U0001F600a", "\U0001F601"}
	js := func(a, b string) bool {
		x, y := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
		for i := 0; i < len(x) && i < len(y); i++ {
			if x[i] != y[i] {
				return x[i] < y[i]
			}
		}
		return len(x) < len(y)
	}
	for _, a := range words {
		for _, b := range words {
			if got, want := lessUTF16(a, b), js(a, b); got != want {
				t.Errorf("lessUTF16(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
