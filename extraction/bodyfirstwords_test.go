package extraction

import "testing"

// TestBodyFirstWords: a clause's capitalised first word that the article also writes in
// lower case, or a sentence starter such as "State" or "National", stays the first word
// of a body's name ("Federal Aviation Administration", "State Department", "Supreme
// Court", "International Kenya Relief Group"), but a descriptor before a name of its
// own, a word before a medium and a starter before a head alone are still dropped
// ("Rival Quillon Petroleum Corp", "Local TV", "More Police")
// (testdata/body-first-words.input, invented).
func TestBodyFirstWords(t *testing.T) {
	x := extract(t, "body-first-words")
	for _, name := range []string{"Federal Aviation Administration", "National Security Agency", "State Department", "Supreme Court", "Conservative Party", "Human Rights Watch", "International Kenya Relief Group", "Quillon Petroleum Corp", "KVLN"} {
		if entityNamed(x, name) == nil {
			t.Errorf("no entity %q", name)
		}
	}
	for _, bad := range []string{"Aviation Administration", "Security Agency", "Department", "Court", "Party", "Rights Watch", "Kenya Relief Group", "Rival Quillon Petroleum Corp", "Local TV", "More Police"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as a name", bad)
		}
	}
}
