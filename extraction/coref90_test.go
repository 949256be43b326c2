package extraction

import "testing"

// speakerOfQuote returns the speaker kg gives the quote whose text is text, and whether
// it found the quote.
func speakerOfQuote(t *testing.T, body, text string) (string, bool) {
	t.Helper()
	x := extractBody(t, body)
	for _, q := range x.Quotes {
		if q.Text == text {
			return q.Speaker, true
		}
	}
	return "", false
}

// TestPronounSpeakerAfterFrontedClause: a "he said" after a sentence whose main-clause
// subject is a description of office ("the coach shook his head", "The coach laughed.")
// is the person the article gave the office, not the speaker of a quote or a person in a
// fronted clause ("After Tom Baker promised "a quick win," …"); a subject that is no
// office ("the crowd") leaves the quote with the last person who spoke. After fronted
// clauses, the main clause's named subject speaks, not the first person named.
func TestPronounSpeakerAfterFrontedClause(t *testing.T) {
	cases := []struct{ body, text, want string }{
		{`Coach Mike Dalton watched the game on Sunday. After Tom Baker promised "a quick win," the coach shook his head. He said the team was "nowhere near ready for this."`,
			"nowhere near ready for this.", "Mike Dalton"},
		{`Coach Mike Dalton watched the game on Sunday. Tom Baker said the team was ready to win. The coach laughed. "We are nowhere near ready for this," he said.`,
			"We are nowhere near ready for this", "Mike Dalton"},
		{`Coach Mike Dalton watched the game on Sunday. After Tom Baker promised "a quick win," the crowd cheered. He said the team was "ready for anything."`,
			"ready for anything.", "Tom Baker"},
		{`Coach Mike Dalton watched the game on Sunday. Tom Baker said the team was ready to win. The crowd laughed. "We are ready for anything," he said.`,
			"We are ready for anything", "Tom Baker"},
		{`Alex Soberman, 30, lives in Brooklyn. During the 2008 primary, when it was clear Obama would beat Clinton, Soberman, too, says he wanted to fight on. But this year, he says, is different. "Everyone needs to circle the wagons," he said.`,
			"Everyone needs to circle the wagons", "Alex Soberman"},
	}
	for _, c := range cases {
		got, ok := speakerOfQuote(t, c.body, c.text)
		if !ok || got != c.want {
			t.Errorf("speaker of %q = %q (found %v), want %q", c.text, got, ok, c.want)
		}
	}
}

// TestPronounSpeakerSkipsNameAsModifier: a name that modifies a noun after "the" ("the Tom
// Baker case", "the Tom Baker bot") is no antecedent of a "he said"; the same name as
// the sentence's own referent still is.
func TestPronounSpeakerSkipsNameAsModifier(t *testing.T) {
	cases := []struct{ body, text, want string }{
		{`Gary Ross sold the rifle on Monday. The number from the Tom Baker case is written on the stock and "many buyers want the rifle," he said.`,
			"many buyers want the rifle", "Gary Ross"},
		{`Gary Ross sold the rifle on Monday. The number came from Tom Baker and "many buyers want the rifle," he said.`,
			"many buyers want the rifle", "Tom Baker"},
	}
	for _, c := range cases {
		got, ok := speakerOfQuote(t, c.body, c.text)
		if !ok {
			x := extractBody(t, c.body)
			t.Errorf("quote %q not found; quotes %+v", c.text, x.Quotes)
			continue
		}
		if got != c.want {
			t.Errorf("speaker of %q = %q, want %q", c.text, got, c.want)
		}
	}
}
