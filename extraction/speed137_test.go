package extraction

import (
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// speed137's rewrites must answer as the code they replaced: each is checked here
// against the old expression on invented words and text.
func TestSpeed137Equivalences(t *testing.T) {
	words := []string{"Corp", "CORP", "corp", "Corp.", "Inc", "İnc", "Street", "STREET", "street",
		"Ministry", "ministry", "MINISTRY", "Police", "Ünion", "Kelvin", "\u212Aelvin", "", "a",
		"Co", "LLC", "Avenue", "valley", "Valley", "Weißstraße", "Straße", "x\xffy",
		strings.Repeat("A", 41), strings.Repeat("a", 40)}
	for _, s := range []*tokSet{corpSuffix, placeNouns, englishWords, regionHeads, seaHeads} {
		for _, w := range words {
			if got, want := s.hasLower(w), s.has(strings.ToLower(w)); got != want {
				t.Errorf("hasLower(%q) = %v, has(ToLower) = %v", w, got, want)
			}
		}
	}
	for _, w := range append(words, "Spokesman", "CHIEF EXECUTIVE OFFICER", "chief executive officer", "Minister", "Ministre", strings.Repeat("a", 65)) {
		if got, want := lowerKeyIn(roleNouns, w), roleNouns[strings.ToLower(w)]; got != want {
			t.Errorf("lowerKeyIn(roleNouns, %q) = %v, want %v", w, got, want)
		}
	}
	if !lowerKeyIn(roleNouns, "Spokesman") {
		t.Errorf("lowerKeyIn missed Spokesman")
	}
	if !corpSuffix.hasLower("CORP") && corpSuffix.has("corp") {
		t.Errorf("hasLower(CORP) missed corp")
	}

	names := []string{"Foreign Ministry", "Taiwan's Foreign MINISTRY", "Ministry", " Foreign  Ministry ",
		"Defense\u00a0Ministry", "Acme Corp", "", "  ", "Fire Department", "İçişleri Bakanlığı", "The Police\t"}
	for _, n := range names {
		ws := strings.Fields(strings.ToLower(n))
		want := false
		if len(ws) > 0 {
			_, want = lowerOrgHeads[ws[len(ws)-1]]
		}
		if got := lastFieldOrgHead(n); got != want {
			t.Errorf("lastFieldOrgHead(%q) = %v, want %v", n, got, want)
		}
	}

	texts := []string{"The toll was REVISED down.", "Officials Cut the estimate", "no change here",
		"Fewer than 10", "It was wrongly reported", "REVİSED figures", "c", "", "Corrected: 5 dead",
		"scut", "a lowered bar", "résumé revised", "He said:", "DRAFT."}
	for _, x := range texts {
		low := strings.ToLower(x)
		want := false
		for _, w := range correctionWords {
			want = want || strings.Contains(low, w)
		}
		if got := mayCorrect(x); got != want {
			t.Errorf("mayCorrect(%q) = %v, want %v", x, got, want)
		}
	}

	for _, x := range append(names, "a\u0085b", "x\xffy z", "\u2003Lead\u3000Role ", "one\vtwo\fthree\rfour") {
		if got, want := fieldCount(x), len(strings.Fields(x)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", x, got, want)
		}
	}

	oldQuoteKey := func(text string) string {
		t := strings.ToLower(strings.Join(strings.Fields(text), " "))
		return strings.TrimFunc(t, func(r rune) bool {
			return r == '"' || r == '\'' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '.' || r == ',' || r == ';' || r == ':' || r == '…'
		})
	}
	for _, x := range append(texts, "  \"We Will  Win,\" ", "'Quiet.'", "...", "\t\nA\tB\r\n", "\"", "“Hello,” she", "a\u00a0b") {
		if got, want := quoteKey(x), oldQuoteKey(x); got != want {
			t.Errorf("quoteKey(%q) = %q, want %q", x, got, want)
		}
	}

	body := "The Acme Corp chief, Ana Vale of the École Normale, said THE Agency’s DIRECTOR met " +
		"İzmir officials and Kelvin Lund; Über-Director Jo Ray spoke."
	d := &doc{}
	readText(d, kg.Article{Body: body})
	for i := -1; i <= len(d.toks); i++ {
		if got, want := d.lowerTok(i), lowerASCII(d.tok(i)); got != want {
			t.Errorf("lowerTok(%d) = %q, want %q", i, got, want)
		}
	}
}
