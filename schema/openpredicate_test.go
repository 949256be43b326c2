package schema

import "testing"

// TestOpenPredicateIRI: an open predicate lives under kg:open/, a controlled one at kg:.
func TestOpenPredicateIRI(t *testing.T) {
	if got := string(PredicateIRI("dropCaseAgainst")); got != NS+"open/dropCaseAgainst" {
		t.Errorf("PredicateIRI(dropCaseAgainst) = %s", got)
	}
	if got := string(PredicateIRI("rejects")); got != NS+"rejects" {
		t.Errorf("PredicateIRI(rejects) = %s", got)
	}
	if got := Short(string(PredicateIRI("speakIn"))); got != "kg:open/speakIn" {
		t.Errorf("Short = %s", got)
	}
}
