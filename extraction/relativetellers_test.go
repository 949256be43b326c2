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
