package extraction

import "testing"

// TestAndParticleNames: a body's name goes on past "and" over a common noun the short
// word list leaves out ("Transportation", "Wildlife") and a plain word's plural
// ("Highways"); two companies named side by side stay two; two particles join a place's
// or a person's name ("Place de la Fontaine", "Jan van der Berg"), "des" one
// ("Promenade des Lilas"); and a source named with "and" inside its name is that one
// body, not the body twice (testdata/and-particle-names.input).
func TestAndParticleNames(t *testing.T) {
	x := extract(t, "and-particle-names")
	for _, e := range []struct{ name, typ string }{
		{"Harbor Highways and Transportation Authority", "Organization"},
		{"Coastal Fish and Wildlife Commission", "Organization"},
		{"Promenade des Lilas", "Place"},
		{"Place de la Fontaine", "Place"},
		{"Jan van der Berg", "Person"},
		{"Charter Communications Inc.", "Organization"},
	} {
		if got := entityNamed(x, e.name); got == nil || string(got.Type) != e.typ {
			t.Errorf("entity %q (%s): got %+v", e.name, e.typ, got)
		}
	}
	for _, bad := range []string{"Transportation Authority", "Wildlife Commission", "Promenade", "Lilas", "Fontaine", "Berg",
		"Pellmont Mobility and Charter Communications Inc."} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	sources := map[float64]string{}
	for _, f := range x.Figures {
		if f.Unit == "percent" {
			sources[f.Value] = f.Source
		}
	}
	for v, want := range map[float64]string{40: "Fish and Wildlife Service", 12: "Securities and Exchange Commission"} {
		if sources[v] != want {
			t.Errorf("%v percent: source %q, want %q", v, sources[v], want)
		}
	}
}
