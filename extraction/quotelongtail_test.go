package extraction

import "testing"

// TestQuoteLongTail: a quotation whose words run on a long way past the closing mark
// ("… worried" about its possible effect on global demand and on prices, …) is still
// the person's whose name ends the subject right before the verb of saying, not the
// speaker of the quote before. A given name, two more names and a particle ("Joao Paulo de Gracia Correa") are a
// person's name.
func TestQuoteLongTail(t *testing.T) {
	got := quoteSpeakers(t, "quote-long-tail")
	wantSpeakers(t, got, map[string]string{
		"Markets are calm":         "Teo Brand",
		"Stocks are still worried": "Joao Paulo de Gracia Correa",
	})
}

// TestParticleNames: particles do not count toward a person's name's length ("Joao
// Paulo de Gracia Correa" is a person), but a long name with particles that holds a
// common English word is a body's ("Salon International de la Haute Horlogerie").
func TestParticleNames(t *testing.T) {
	x := extract(t, "quote-long-tail")
	types := map[string]string{}
	for _, e := range x.Entities {
		types[e.Name] = string(e.Type)
	}
	if got := types["Joao Paulo de Gracia Correa"]; got != "Person" {
		t.Errorf("Joao Paulo de Gracia Correa typed %q, want Person (%v)", got, types)
	}
	if got, ok := types["Salon International de la Haute Horlogerie"]; !ok || got == "Person" {
		t.Errorf("Salon International de la Haute Horlogerie typed %q (found %v), want no person", got, ok)
	}
}
