package extraction

import (
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// The speed152 gates skip only what could never act: a sentence without one of
// passiveAuxiliaries holds no passive verb (passivePlaces' gate), and the straight-
// apostrophe key of a span without a curly one is the span itself (chunk's notNames).
func TestSpeed152Gates(t *testing.T) {
	d := &doc{}
	readText(d, kg.Article{Body: "The bridge, built in 1920 and painted red, spans the Orr River. " +
		"Ana Vale was arrested and charged in Lusk on Monday. " +
		"Officials said the dam had been badly damaged. The mill got flooded in May. " +
		"Tom Ray founded Acme and later sold it."})
	withAux, without := 0, 0
	for si, s := range d.sents {
		if d.sentHas(si, passiveAuxiliaries...) {
			withAux++
		} else {
			without++
		}
		for v := s.start; v < s.b; v++ {
			if d.passive(si, v) && !d.sentHas(si, passiveAuxiliaries...) {
				t.Errorf("passive at %q in a sentence without an auxiliary", d.tok(v))
			}
		}
	}
	if withAux < 2 || without < 2 {
		t.Fatalf("sentences with and without an auxiliary: %d, %d", withAux, without)
	}
	for _, sp := range []string{"Blue Monday", "Dad’s Day", "Dad's Day", "", "’", "Hall’s"} {
		old := notNames[sp] || notNames[strings.ReplaceAll(sp, "’", "'")]
		got := notNames[sp] || strings.Contains(sp, "’") && notNames[strings.ReplaceAll(sp, "’", "'")]
		if got != old {
			t.Errorf("notNames key of %q: %v, want %v", sp, got, old)
		}
	}
}

// wordMayShorten lets through every entity a one-word name may shorten (a key word, the
// start of the first, the name inside, an acronym) and no other; the merges it feeds
// still happen.
func TestSpeed152ShortForms(t *testing.T) {
	acme := &entity{name: "Acme Media Corp", typ: kg.Organization, keyWords: []string{"acme", "media"}}
	ray := &entity{name: "Tom Ray-Vale", typ: kg.Person, keyWords: []string{"tom", "ray-vale"}}
	cases := []struct {
		w, name string
		acronym bool
		t       *entity
		want    bool
	}{
		{"acme", "Acme", false, acme, true},
		{"media", "Media", false, acme, true},
		{"acm", "Acm", false, acme, true}, // the start of the first key word
		{"zeta", "Zeta", false, acme, false},
		{"amc", "AMC", true, acme, true},
		{"corp", "Corp", false, acme, true}, // inside the name
		{"vale", "Vale", false, ray, false}, // inside a person's name only
		{"tom", "Tom", false, ray, true},
	}
	for _, c := range cases {
		if got := wordMayShorten(c.w, c.name, c.acronym, c.t); got != c.want {
			t.Errorf("wordMayShorten(%q, %q) = %v, want %v", c.w, c.name, got, c.want)
		}
	}
	x := extractBody(t, "Dana Wolfe, a nurse from Bend, founded Kestrel Media Corp in 2009. "+
		"Wolfe said Kestrel would hire 40 people next year.")
	if entityNamed(x, "Wolfe") != nil || entityNamed(x, "Kestrel") != nil {
		t.Errorf("short forms kept apart: %+v", x.Entities)
	}
	if entityNamed(x, "Dana Wolfe") == nil {
		t.Errorf("no Dana Wolfe: %+v", x.Entities)
	}
}

// keyOpens and keyCloses give what the concatenations they replaced gave.
func TestSpeed152KeyTests(t *testing.T) {
	keys := []string{"", "acme", "acme corp", "acme in", "acme in oslo", "the acme", "x acme", "acmecorp", "acme  in x", " acme"}
	for _, key := range keys {
		for _, k := range keys {
			for _, sep := range []string{" ", " in "} {
				if got, want := keyOpens(key, k, sep), strings.HasPrefix(key, k+sep); got != want {
					t.Errorf("keyOpens(%q, %q, %q) = %v, want %v", key, k, sep, got, want)
				}
			}
			if got, want := keyCloses(key, k), strings.HasSuffix(key, " "+k); got != want {
				t.Errorf("keyCloses(%q, %q) = %v, want %v", key, k, got, want)
			}
		}
	}
}
