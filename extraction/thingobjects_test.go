package extraction

import "testing"

// TestThingObjects: a thing an act takes is named in full ("declared a state of
// emergency": state of emergency, not "state"), with no word of a clause after it
// ("denies the company ever received": no object "company ever") or a time ("rejected
// the idea two years ago": the idea).
func TestThingObjects(t *testing.T) {
	x := extract(t, "thing-objects")
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "declares" && r.Object != "state of emergency":
			t.Errorf("declared %q, want state of emergency", r.Object)
		case r.Predicate == "denies" && r.Object == "company ever":
			t.Errorf("a clause read as a thing denied: %+v", r)
		case r.Predicate == "rejects" && r.Object != "idea":
			t.Errorf("rejected %q, want idea", r.Object)
		}
	}
	if !hasRelation(x, "Ana Vell", "declares", "state of emergency") {
		t.Errorf("no declaration of the state of emergency; relations: %+v", x.Relations)
	}
}
