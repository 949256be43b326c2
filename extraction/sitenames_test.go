package extraction

import "testing"

// TestSiteNames: a site's name written as its address is one word and one
// organization ("Shopwise.com Inc", "Quill.io", "Kindvote.org"), never cut at the dot,
// and the bare name later in the story is the same company (testdata/site-names.input).
func TestSiteNames(t *testing.T) {
	x := extract(t, "site-names")
	for _, name := range []string{"Shopwise.com Inc", "Quill.io", "Kindvote.org"} {
		if got := entityNamed(x, name); got == nil || string(got.Type) != "Organization" {
			t.Errorf("entity %q (Organization): got %+v", name, got)
		}
	}
	for _, bad := range []string{"Shopwise", "Quill", "Kindvote"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q is an entity of its own", bad)
		}
	}
}
