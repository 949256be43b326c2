package extraction

import "testing"

// TestSpeakerNotNamedInOwnQuote: a "the company said", "it said" or "the spokeswoman
// said" after a quote is sought before that quote, which is not yet marked as one when
// its speaker is sought: a body or person the quote itself names does not say it. A
// description whose antecedent stands before the quote still finds it.
func TestSpeakerNotNamedInOwnQuote(t *testing.T) {
	cases := []struct{ body, text, want string }{
		{`Acme Corp opened a new plant in Dunmore on Monday. "We thank the Harbor Authority for its help," the company said.`,
			"We thank the Harbor Authority for its help", "Acme Corp"},
		{`Acme Corp opened a new plant in Dunmore on Monday. "We thank the Harbor Authority for its help," it said.`,
			"We thank the Harbor Authority for its help", "Acme Corp"},
		{`Dana Ruiz wrote that the show would go on. We reached a representative of the boxer Tom Vale on Monday. "He has not spoken to Dana Ruiz," the spokeswoman said.`,
			"He has not spoken to Dana Ruiz", "spokeswoman"},
		// near miss: the antecedent stands before the quote
		{`Acme Corp spokeswoman Ann Lee met reporters in Dunmore. "Sales rose again this year," the spokeswoman said.`,
			"Sales rose again this year", "Ann Lee"},
	}
	for _, c := range cases {
		got, ok := speakerOfQuote(t, c.body, c.text)
		if !ok || got != c.want {
			t.Errorf("speaker of %q = %q (found %v), want %q", c.text, got, ok, c.want)
		}
	}
}

// TestChiefIsNoDeputyChief: "the chief said" is the chief named before, not a nearer
// "Deputy Chief"; with no other chief, a police chief named nearer still speaks.
func TestChiefIsNoDeputyChief(t *testing.T) {
	cases := []struct{ body, text, want string }{
		{`The list named two professors, Dunmore Police Chief Tom Vale said on Monday. The body was found at noon, Harbor Police Deputy Chief Ann Cole said at a news conference. "He had a car and a gun," the chief said.`,
			"He had a car and a gun", "Tom Vale"},
		// near miss: the nearer one is a chief
		{`The list named two professors, Dunmore Police Chief Tom Vale said on Monday. The body was found at noon, Harbor Police Chief Ann Cole said at a news conference. "He had a car and a gun," the chief said.`,
			"He had a car and a gun", "Ann Cole"},
	}
	for _, c := range cases {
		got, ok := speakerOfQuote(t, c.body, c.text)
		if !ok || got != c.want {
			t.Errorf("speaker of %q = %q (found %v), want %q", c.text, got, ok, c.want)
		}
	}
}

// TestTheyAfterPersons: a "they said" right after a sentence whose subject is persons
// joined by "and" is theirs: no body named before (or inside the quote) says it. After
// a sentence whose subject is one body, "they" is that body.
func TestTheyAfterPersons(t *testing.T) {
	cases := []struct{ body, text, want string }{
		{`The Harbor Authority is under investigation in Dunmore. Senators Ann Cole of Ohio and Rob Hill of Iowa, both members of the Senate Commerce Committee, pressed for action. "We call on the state to act now," they said in a joint statement.`,
			"We call on the state to act now", ""},
		// near miss: one body is the subject
		{`The Harbor Authority is under investigation in Dunmore. Acme Corp pressed for action on Monday. "We call on the state to act now," they said in a joint statement.`,
			"We call on the state to act now", "Acme Corp"},
	}
	for _, c := range cases {
		got, ok := speakerOfQuote(t, c.body, c.text)
		if !ok || got != c.want {
			t.Errorf("speaker of %q = %q (found %v), want %q", c.text, got, ok, c.want)
		}
	}
}
