package extraction

import "testing"

// TestNamedFirstWords: a sentence that opens on a name the article gave before keeps the
// whole name even when its first word is one the article also uses in lower case ("app
// analytics firm Lamp Lantern" … "Lamp Lantern estimates"); a common noun before a name
// the article never gave is still a descriptor ("Broadcaster KTVX said").
func TestNamedFirstWords(t *testing.T) {
	x := extract(t, "named-first-words")
	if hasEntityNamed(x, "Lantern") {
		t.Errorf("the name split at its first word: %+v", x.Entities)
	}
	if e := entityNamed(x, "Lamp Lantern"); e == nil || e.Mentions < 3 {
		t.Errorf("want Lamp Lantern named three times; entities: %+v", x.Entities)
	}
	if hasEntityNamed(x, "Broadcaster KTVX") || !hasEntityNamed(x, "KTVX") {
		t.Errorf("want KTVX without its descriptor; entities: %+v", x.Entities)
	}
}
