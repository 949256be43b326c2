package loaders

import (
	"math/rand"
	"strings"
	"testing"
)

// isDebrisBefore and creditBefore are isDebris and credit as they were before
// speedload64 (each lower-cased the whole paragraph into a new string): lower-casing into
// a buffer on the stack must give the same answers.
// (appendLower is held to strings.ToLower on the same lines.)
func isDebrisBefore(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || !hasLetter(p) {
		return true // rules (___), slide numbers (03), stray punctuation
	}
	if len(p) > 300 {
		return false
	}
	key := strings.ToLower(strings.TrimSpace(strings.TrimRight(p, ":")))
	if debrisLines[key] {
		return true
	}
	if len(p) < 200 {
		for _, pre := range debrisPrefixes {
			if strings.HasPrefix(key, pre) {
				return true
			}
		}
	}
	if strings.HasPrefix(key, "copyright") && strings.Contains(key, "all rights reserved") {
		return true // "Copyright 2016 The Associated Press. All rights reserved. This material…"
	}
	return false
}
func creditBefore(p string) (string, bool) {
	p = strings.TrimSpace(p)
	if p == "" || len(p) > 300 {
		return "", false
	}
	key := strings.ToLower(p)
	for _, pre := range creditPrefixes {
		if strings.HasPrefix(key, pre) {
			if strings.HasPrefix(key, "credit") || strings.HasPrefix(key, "photographer") || strings.HasPrefix(key, "photo by") {
				return p, true
			}
			return "Credit: " + strings.TrimSpace(p[len(pre):]), true
		}
	}
	for _, agency := range []string{"/getty images", "/ap", "/reuters", "/associated press", "/afp", "/epa"} {
		if strings.HasSuffix(key, agency) && len(strings.Fields(p)) <= 8 {
			return "Credit: " + p, true // "Wally Santana/AP"
		}
	}
	if c := key[0]; (c == '(' || c == 'a' || c == 'r' || c == 'w' || c == 'e') && creditLine.MatchString(p) {
		return p, true
	}
	return "", false
}

// TestDebrisHead: isDebris and credit lower-case enough of a paragraph to see every
// debris line, prefix and agency whole.
func TestDebrisHead(t *testing.T) {
	for l := range debrisLines {
		if len(l) >= debrisHead {
			t.Errorf("debris line %q is not shorter than debrisHead (%d)", l, debrisHead)
		}
	}
	for _, l := range append([]string{"copyright"}, debrisPrefixes...) {
		if len(l) >= debrisHead {
			t.Errorf("debris prefix %q is not shorter than debrisHead (%d)", l, debrisHead)
		}
	}
	for _, l := range append(append([]string{"photographer"}, creditPrefixes...), creditAgencies...) {
		if len(l) >= creditHead {
			t.Errorf("credit prefix or agency %q is not shorter than creditHead (%d)", l, creditHead)
		}
	}
}

// TestDebrisAndCreditSameAsBefore runs invented lines and random mixtures of furniture
// words, case, colons, spaces and runes whose lower case differs in length through the
// old and new isDebris and credit.
func TestDebrisAndCreditSameAsBefore(t *testing.T) {
	lines := []string{"", " ", "Advertisement", "ADVERTISEMENT:", "  Continue Reading The Main Story  ",
		"Sign Up for our newsletter", "COPYRIGHT 2016 The Valley Courier. ALL RIGHTS RESERVED.",
		"Photo: A. Ruiz", "PHOTO BY A. Ruiz", "Credit: Jo Park/Getty Images", "Wally Santana/AP",
		"Jo Park/AP Photo", "(Reporting by Jo Park; Editing by Al Ruiz)", "Reporting by Jo Park; Editing by Al Ruiz",
		"The river rose two metres overnight, officials said.", "İmage: x", "\u212aelvin/AP", "Ρhoto: x",
		"© 2016 Courier", "Copyright © Courier", "[AD_1]", "Share", "SHARE THIS", "more…", "Tags:",
		"GO BACK TO TOP. SKIP TO: START OF ARTICLE.", "Jo Park/AFP İ", "x/Reuters", "x/RËUTERS"}
	pieces := []string{"\u212a\u212a\u212a\u212a", "/ASSOCIATED PRESS", "photo", "Photo", "PHOTO", ": ", " ", "credit", "by ", "/AP", "/ap", "/Getty Images",
		"advertisement", "Share", "(", ")", "reporting", "Editing", " by ", ";", "copyright", "©",
		"All Rights Reserved", "İ", "\u212a", "é", "É", "ß", "\xff", "sign up for ", "Related", "x", "Z", "\t", "\n"}
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := 1 + rng.Intn(8); j > 0; j-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	lines = append(lines, strings.Repeat("Photo: long ", 30), strings.Repeat("x", 299)+"/AP")
	for _, l := range lines {
		if got, want := string(appendLower([]byte("x"), l)), "x"+strings.ToLower(l); got != want {
			t.Errorf("appendLower(%q) = %q, strings.ToLower %q", l, got, want)
		}
		for _, n := range []int{0, 1, 3, 17} {
			if got, low := string(appendLowerTail(nil, l, n)), strings.ToLower(l); !strings.HasSuffix(low, got) || len(got) < min(n, len(low)) {
				t.Errorf("appendLowerTail(%q, %d) = %q, not a suffix of %q that long", l, n, got, low)
			}
		}
		if got, want := isDebris(l), isDebrisBefore(l); got != want {
			t.Errorf("isDebris(%q) = %v, before %v", l, got, want)
		}
		g, gok := credit(l)
		w, wok := creditBefore(l)
		if g != w || gok != wok {
			t.Errorf("credit(%q) = %q %v, before %q %v", l, g, gok, w, wok)
		}
	}
}

func FuzzDebrisAndCreditSameAsBefore(f *testing.F) {
	f.Add("Photo: A. Ruiz")
	f.Add("COPYRIGHT 2016 X. ALL RIGHTS RESERVED")
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := isDebris(l), isDebrisBefore(l); got != want {
			t.Errorf("isDebris(%q) = %v, before %v", l, got, want)
		}
		g, gok := credit(l)
		w, wok := creditBefore(l)
		if g != w || gok != wok {
			t.Errorf("credit(%q) = %q %v, before %q %v", l, g, gok, w, wok)
		}
		if got, want := string(appendLower(nil, l)), strings.ToLower(l); got != want {
			t.Errorf("appendLower(%q) = %q, strings.ToLower %q", l, got, want)
		}
	})
}
