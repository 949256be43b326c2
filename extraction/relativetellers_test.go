package extraction

import "testing"

// TestCoordinatedRelativeTeller: the second verb of a relative clause ("a reservist who
// served in the war and said he wanted …") is the described person's saying, never the
// saying of a name inside the description; the sentence's closing teller speaks for its
// figure.
func TestCoordinatedRelativeTeller(t *testing.T) {
	x := mustExtract(t, leadArticle("Karvo gunman was army reservist",
		"KARVO — A Norland Army reservist who served in the northern war and said he wanted to \"punish the police\" took part in an attack in which five police officers were shot dead, officials said on Friday."))
	if f := figureOf(t, x, 5); f.Source != "officials" {
		t.Errorf("five officers: source %q, want officials", f.Source)
	}
}

// TestClosingTellersBeforeTheSubject: a bare closing teller ("…, dissidents said"), or two
// joined by "and" ("rights monitors and rescue volunteers said"), tells the sentence's
// figures before any name in its subject does.
func TestClosingTellersBeforeTheSubject(t *testing.T) {
	x := mustExtract(t, leadArticle("Air strikes hit Karvo hospital",
		"KARVO — The overnight raids on Karvo's Mercy hospital killed at least 27 people, rights monitors and rescue volunteers said. Norland police briefly detained more than 200 activists on Sunday, dissidents said."))
	for _, tt := range []struct {
		value  float64
		source string
	}{{27, "rights monitors and rescue volunteers"}, {200, "dissidents"}} {
		if f := figureOf(t, x, tt.value); f.Source != tt.source {
			t.Errorf("%v: source %q, want %q", tt.value, f.Source, tt.source)
		}
	}
}

// TestAndClauseTeller: "X was dropped by two agents this year and media reported he …":
// the teller after "and" tells only its own clause. A comma before "and" changes nothing.
func TestAndClauseTeller(t *testing.T) {
	for _, and := range []string{" and", ", and"} {
		x := mustExtract(t, leadArticle("Quarterback faces new claims",
			"KARVO — Known for his partying, Dale Brant has been dropped by two agents this year"+and+" media reported he was accused of causing more than $30,000 worth of damage at a Karvo home."))
		if f := figureOf(t, x, 2); f.Source != "" {
			t.Errorf("%q: two agents: source %q, want none", and, f.Source)
		}
		if f := figureOf(t, x, 30000); f.Source != "media" {
			t.Errorf("%q: $30,000: source %q, want media", and, f.Source)
		}
	}
}

// TestSaidNameDescriptionTrails: "…after the shooting in December that killed 14 in
// Bolton, said Lt. Ann Reyes, a class instructor": the inverted teller with its
// description closes the sentence; it does not tell the recalled toll.
func TestSaidNameDescriptionTrails(t *testing.T) {
	x := mustExtract(t, leadArticle("Karvo residents sign up for safety classes",
		"KARVO — Hundreds of people have signed up for classes on surviving a shooting. Demand increased dramatically after the mass shooting in December that killed 14 in Bolton, Norland, said Lt. Ann Reyes, a class instructor in Karvo."))
	if f := figureOf(t, x, 14); f.Source != "" {
		t.Errorf("the recalled 14: source %q, want none", f.Source)
	}
}
