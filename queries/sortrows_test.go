package queries

import (
	"fmt"
	"testing"

	"github.com/dop251/goja"
)

// TestStringOrderAsGizmo: Go's < orders strings as the JavaScript of Gizmo (goja)
// does, by code points — not by UTF-16 code units as the standard says, which would put
// a character above U+FFFF before U+E000 — so that the helpers that sort in Go
// (__kgSortRows, __kgSortBy) give the order the prelude's comparisons give.
func TestStringOrderAsGizmo(t *testing.T) {
	words := []string{"", "a", "ab", "b", "é", "\uE000", "\uFFFD", "\U0001F600", "x\U0001F600", "x\uFFFD", "\U0001F600a", "\U0001F601"}
	vm := goja.New()
	for _, a := range words {
		for _, b := range words {
			vm.Set("a", a)
			vm.Set("b", b)
			v, err := vm.RunString("a < b")
			if err != nil {
				t.Fatal(err)
			}
			if got, want := a < b, v.ToBoolean(); got != want {
				t.Errorf("%s: Go %v, JavaScript %v", fmt.Sprintf("%q < %q", a, b), got, want)
			}
		}
	}
}
