package extraction

import "testing"

// TestInvertedTellers: a verb that tells who speaks only when it follows a quotation at
// once, before the name ("asks", "testified", "remembers"), names the speaker of a whole
// quote that ends on a comma or a question mark; the same verbs with an object after
// them, or not right after the closing mark, name no one.
func TestInvertedTellers(t *testing.T) {
	cases := []struct{ body, text, want string }{
		{`Drivers met the council on Tuesday. "What would the new rule change for the drivers?" asks Tomas Brandt, a labor lawyer in Karstad.`,
			"What would the new rule change for the drivers?", "Tomas Brandt"},
		{`Senators questioned the agency on Tuesday. "The firms are vital to our work," testified Karstad agency official Mara Lindqvist.`,
			"The firms are vital to our work", "Mara Lindqvist"},
		{`The river rose in March. "We walked for two days before the road opened," remembers Piet Vale, a farmer near the dam.`,
			"We walked for two days before the road opened", "Piet Vale"},
	}
	for _, c := range cases {
		sp, ok := speakerOfQuote(t, c.body, c.text)
		if !ok || sp != c.want {
			t.Errorf("speaker of %q = %q (found %v), want %q", c.text, sp, ok, c.want)
		}
	}
	// near misses: the verb stands apart from the closing mark and takes the name as its
	// object, or a lower-case phrase follows it
	misses := []struct{ body, text, wrong string }{
		{`Protesters marched on Friday. "Will the council act before winter?" the banner asks Mayor Tomas Reyel.`,
			"Will the council act before winter?", "Tomas Reyel"},
		{`Ilse Marten met the mayor on Friday. The plan "had no chance at all," remembers the staff of Mayor Tomas Reyel.`,
			"had no chance at all", "Tomas Reyel"},
	}
	for _, c := range misses {
		if sp, ok := speakerOfQuote(t, c.body, c.text); !ok || sp == c.wrong {
			t.Errorf("speaker of %q = %q (found %v): not the teller", c.text, sp, ok)
		}
	}
}
