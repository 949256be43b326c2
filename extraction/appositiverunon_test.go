package extraction

import (
	"strings"
	"testing"
)

// TestAppositiveRunOn: an appositive whose closing comma is missing ends at its
// sentence's verb, so the role is held only in the organization before it ("Dana Holt,
// once a senior engineer at Quillon Labs describes Marrow's new platform …" is no
// employee of Marrow or Fennel); a verb of naming stays inside ("head of a Larkspur Union
// group called the Northern Brigade"), and an opening quote mark after the
// organization ends it too.
func TestAppositiveRunOn(t *testing.T) {
	x := extract(t, "appositive-runon")
	for _, r := range [][3]string{
		{"Dana Holt", "employeeOf", "Quillon Labs"},
		{"Rolf Brandt", "memberOf", "Vesper Front"},
		{"Ida Renn", "headOf", "Northern Brigade"},
		{"Tara Quist", "spokeswomanOf", "Birch Bank"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Dana Holt", "employeeOf", "Marrow"},
		{"Dana Holt", "employeeOf", "Fennel"},
		{"Rolf Brandt", "memberOf", "Tarn Brigade"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s: the appositive ends at the sentence's verb", r[0], r[1], r[2])
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Tara Quist" && strings.Contains(r.Text, "We saw") {
			t.Errorf("%+v: the appositive ends at the next sentence's opening quote", r)
		}
	}
}
