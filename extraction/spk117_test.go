package extraction

import "testing"

// TestItSaidSpeakers: a `," it said` takes up what spoke in the sentence before, not the
// last body the article named. After a document that spoke ("the lawsuit said") it is
// the document again: its author when one is named, else no one, never a body the
// document's words name; a paper that spoke ("the paper added") speaks for itself. A body
// named after a preposition or as a modifier ("offices leased to Brightline Media") does
// not say it; one that opened a clause or spoke does. An "it" that finds no body is no
// person who spoke before.
func TestItSaidSpeakers(t *testing.T) {
	cases := []struct{ name, body, text, want string }{
		{"document before", "Harbor Freight Lines was sued on Monday by a group of drivers.\n\n" +
			"Lena Ortiz \"kept the fees for herself,\" the lawsuit said.\n\n" +
			"\"The drivers were never paid for the extra hours,\" it said.",
			"The drivers were never paid for the extra hours", ""},
		{"paper before", "The Dunmore Gazette said in an editorial on Sunday that the mayor should resign.\n\n" +
			"The city needs new leadership, the paper added.\n\n" +
			"\"Voters deserve better than this,\" it said.",
			"Voters deserve better than this", "Dunmore Gazette"},
		{"body after a preposition", "Acme Rail said on Monday it would close two stations.\n\n" +
			"The stations sit beside offices leased to Brightline Media Group in the city.\n\n" +
			"\"The closure will last a week,\" it said.",
			"The closure will last a week", "Acme Rail"},
		{"body that spoke", "Acme Rail said on Monday it would close two stations.\n\n" +
			"The stations will reopen in May, according to Brightline Media Group.\n\n" +
			"\"The closure will last a week,\" it said.",
			"The closure will last a week", "Brightline Media Group"},
		{"no body for it", "\"We are leaving the square,\" said Dana Ruiz, a local organizer.\n\n" +
			"The movement disavowed the violence on its web page.\n\n" +
			"\"This is a tragedy for our town,\" it said.",
			"This is a tragedy for our town", ""},
		{"person for he", "\"We are leaving the square,\" said Dana Ruiz, a local organizer.\n\n" +
			"\"This is a tragedy for our town,\" she said.",
			"This is a tragedy for our town", "Dana Ruiz"},
	}
	for _, c := range cases {
		got, ok := speakerOfQuote(t, c.body, c.text)
		if !ok && c.want != "" {
			t.Errorf("%s: quote %q not found", c.name, c.text)
			continue
		}
		if got != c.want {
			t.Errorf("%s: speaker of %q = %q, want %q", c.name, c.text, got, c.want)
		}
	}
}
