package extraction

import "testing"

// TestSiteOutlets: an outlet's site written in capitals ("VOXEL.com") is no shouted
// word and stays the outlet, under the name the story introduced it by; a site named
// after a place ("Montana.com") is an organization of its own, never the place
// (testdata/site-outlets.input). A story that opens with an acronym's site ("GRUEL.com")
// names the site; the bare acronym after it ("The GRUEL said") is the body apart from it.
// A site's word stays whole before a curly possessive mark and with its ending in
// capitals ("Tallyshop.com’s", "Tallyshop.Com").
func TestSiteOutlets(t *testing.T) {
	x := extract(t, "site-outlets")
	voxel := entityNamed(x, "VOXEL")
	if voxel == nil || string(voxel.Type) != "Organization" {
		t.Fatalf("entity VOXEL (Organization): got %+v", voxel)
	}
	found := false
	for _, a := range voxel.Aliases {
		found = found || a == "VOXEL.com"
	}
	if !found {
		t.Errorf("VOXEL lacks the alias VOXEL.com: %+v", voxel)
	}
	if got := entityNamed(x, "Montana.com"); got == nil || string(got.Type) != "Organization" {
		t.Errorf("entity Montana.com (Organization): got %+v", got)
	}
	if got := entityNamed(x, "Montana"); got == nil || string(got.Type) != "Place" {
		t.Errorf("entity Montana (Place): got %+v", got)
	} else {
		for _, a := range got.Aliases {
			if a == "Montana.com" {
				t.Errorf("the site is an alias of the state: %+v", got)
			}
		}
	}
	site, body := entityNamed(x, "GRUEL.com"), entityNamed(x, "GRUEL")
	if site == nil || body == nil {
		t.Fatalf("want the site GRUEL.com and the body GRUEL apart: site %+v, body %+v", site, body)
	}
	if shop := entityNamed(x, "Tallyshop.com"); shop == nil || shop.Mentions != 2 || entityNamed(x, "Tallyshop") != nil {
		t.Errorf("want one entity Tallyshop.com with 2 mentions and no Tallyshop: %+v, %+v", shop, entityNamed(x, "Tallyshop"))
	}
}
