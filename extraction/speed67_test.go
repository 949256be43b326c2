package extraction

import (
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// TestSpeed67Equivalences: each fast path of speed67 answers as the code it replaced.
func TestSpeed67Equivalences(t *testing.T) {
	// nameKey's ASCII split and trim against strings.Fields(strings.ToLower) and
	// strings.Trim(w, ".,'’")
	for _, s := range []string{"", " ", "Goldman Sachs Group Inc.", "  Wells\tFargo & Co\n", "AMAZON.COM",
		"the Bank of Japan", "'Acme,", "x\v\f\ry", "...", "Al-Qaeda", "Núñez", "a b c d e f g h i j k"} {
		var arr [8]string
		got, ok := asciiLowerFields(s, arr[:0])
		if strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 }) {
			if ok {
				t.Errorf("asciiLowerFields(%q) took a non-ASCII name", s)
			}
			continue
		}
		want := strings.Fields(strings.ToLower(s))
		if !ok || strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("asciiLowerFields(%q) = %q, %v; want %q", s, got, ok, want)
		}
		for _, w := range want {
			if g, w2 := trimKeyPunct(w), strings.Trim(w, ".,'’"); g != w2 {
				t.Errorf("trimKeyPunct(%q) = %q, want %q", w, g, w2)
			}
		}
	}
	if g, w := nameKey("Wells Fargo & Co."), "wells fargo"; g != w {
		t.Errorf("nameKey = %q, want %q", g, w)
	}
	if g, w := nameKey("The Amazon.com Inc"), "amazon"; g != w {
		t.Errorf("nameKey = %q, want %q", g, w)
	}

	// firstRole's filter: every role noun opens on a lower-case ASCII letter, and no span
	// from a token mayLeadRole rules out is a role noun
	for r := range roleNouns {
		if r == "" || r[0] < 'a' || r[0] > 'z' {
			t.Errorf("role noun %q does not open on a lower-case letter", r)
		}
	}
	body := "Acme chief executive officer Ana Vale, a Vice-Chairman and co-founder, met the Deputy " +
		"Prime Minister; the president-elect's spokesman, special agent in charge Bo Li, and " +
		"Editor-in-Chief Sam Poe (director-general) said 5 officials and an ex-minister came. " +
		"KELVIN: Kommissar Über-director, \"spokeswoman\" Jo."
	d := &doc{}
	readText(d, kg.Article{Body: body})
	skipped := 0
	for i := range d.toks {
		if mayLeadRole(d, i) {
			continue
		}
		skipped++
		for j := i + 1; j <= len(d.toks) && j <= i+maxRoleLen+2; j++ {
			if c := strings.ToLower(d.span(i, j)); roleNouns[c] {
				t.Errorf("token %d %q ruled out, but %q is a role noun", i, d.tok(i), c)
			}
		}
	}
	if skipped < 10 {
		t.Errorf("only %d tokens ruled out", skipped)
	}
	if r, _, _ := firstRole(d, 0, len(d.toks)); r != "chief executive officer" {
		t.Errorf("firstRole = %q", r)
	}

	// annotate's wordTable against wordEntries
	for k, e := range wordEntries {
		if g := wordEntry([]byte(k), wordHash(k)); g != e {
			t.Errorf("wordEntry(%q) = %v, want %v", k, g, e)
		}
	}
	for _, k := range []string{"zzqx", "acmeville", "", "saidx"} {
		if g := wordEntry([]byte(k), wordHash(k)); g != wordEntries[k] {
			t.Errorf("wordEntry(%q) = %v, want %v", k, g, wordEntries[k])
		}
	}

	// textSet against a map, over two resets
	var s textSet
	if s.has("a") {
		t.Error("an unset textSet has a word")
	}
	for round, words := range [][]string{strings.Fields("the cat the dog a b c d e f g h i j cat"), strings.Fields("x dog")} {
		m := map[string]bool{}
		s.reset(len(words))
		for _, w := range words {
			s.add(w)
			m[w] = true
		}
		for _, w := range strings.Fields("the cat dog a j x y zz") {
			if s.has(w) != m[w] {
				t.Errorf("round %d: has(%q) = %v, want %v", round, w, s.has(w), m[w])
			}
		}
	}
}
