package extraction

import "testing"

// TestOutletResumed: "told the newspaper" after the article named a paper is the paper
// ("Ada Breen told the newspaper" after "The Springfield Herald reported"), "told the
// station" the broadcaster named last ("local broadcaster KPRX"), each outlet by its
// kind: the paper is not the station, and "told the magazine" with no magazine named
// tells no one. An outlet that "first" or "earlier" reported reports the subject of
// what it reported, or the person whose act it reported ("reported Mara Kell's rescue");
// an outlet that saw a document reports its writer ("X, in a letter seen by", "X said in
// a memo obtained by") or, after "according to documents seen by", the sentence's subject.
func TestOutletResumed(t *testing.T) {
	x := extract(t, "outlet-resumed")
	for _, r := range [][3]string{
		{"Ada Breen", "told", "Springfield Herald"},
		{"Nils Ekman", "told", "KPRX"},
		{"Lars Voss", "told", "KPRX"},
		{"Nils Ekman", "told", "Springfield Herald"},
		{"Springfield Herald", "reports", "Harlow Ferries"},
		{"Coastal News", "reports", "Mara Kell"},
		{"Springfield Herald", "reports", "Bay Marine Insurance"},
		{"Coastal News", "reports", "Ida Lorne"},
		{"Springfield Herald", "reports", "Harlow Port Authority"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("no relation %v in %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if heard(r.Predicate) && (r.Subject == "Mara Kell" || r.Subject == "Lars Voss" && r.Object != "KPRX") {
			t.Errorf("unwanted relation %+v", r)
		}
	}
}
