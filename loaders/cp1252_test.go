package loaders

import "testing"

// Windows-1252 quotes, apostrophes and dashes decoded as Latin-1 come out as the
// characters the writer typed, in the body and the headline; other text is untouched.
func TestRepairWindows1252(t *testing.T) {
	cases := []struct{ in, want string }{
		{"\u0093Let them go,\u0094 the priest said.", "\u201cLet them go,\u201d the priest said."},
		{"the temple\u0092s festival \u0096 an annual rite \u0085", "the temple\u2019s festival \u2013 an annual rite \u2026"},
		{"\u0091fireworks\u0092 \u0097 banned", "\u2018fireworks\u2019 \u2014 banned"},
		{"Caf\u00e9 owners said \u201cno\u201d", "Caf\u00e9 owners said \u201cno\u201d"}, // é is 0xC3 0xA9: not C1
		{"\u00a0\u00bfQu\u00e9?", "\u00a0\u00bfQu\u00e9?"},                               // 0xC2 0xA0, 0xC2 0xBF: not C1
		{"plain text", "plain text"},
	}
	for _, c := range cases {
		if got := repairWindows1252(c.in); got != c.want {
			t.Errorf("repairWindows1252(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A Markdown report whose quotation marks arrived as C1 controls loads with curly
// quotes in its body and headline.
func TestMarkdownWindows1252Quotes(t *testing.T) {
	src := "---\ntitle: \"Priest says \u0093pray\u0094\"\n---\n\n\u0093We will rebuild,\u0094 the priest said on Sunday.\n"
	res, err := Default().readData("fire.md", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(res.Articles))
	}
	a := res.Articles[0]
	if want := "\u201cWe will rebuild,\u201d the priest said on Sunday."; a.Body != want {
		t.Errorf("body = %q, want %q", a.Body, want)
	}
	if want := "Priest says \u201cpray\u201d"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
}
