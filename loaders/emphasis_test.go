package loaders

import (
	"reflect"
	"testing"
)

// TestEmphasis: the loaders keep where the source set words in italics (<em>, <i>,
// <cite>, *…*, _…_) as spans of Body, and Body is the same text without them; a run
// that the cleaning drops (furniture) is not located, and a word emphasised twice
// is found twice in order.
func TestEmphasis(t *testing.T) {
	tests := []struct {
		name, path, input string
		want              []string
	}{
		{"html page", "page.html", `<html><head><title>Harbour film</title></head><body><article>
<p>Norvale Pictures will release <em>Ghost in the Harbour</em> in May, the studio said in a statement.</p>
<p>The director said she did <i>not</i> expect <cite>The Valdora Times</cite> to like it, and that <em>not</em> everyone would.</p>
<p><em>Advertisement</em></p>
</article></body></html>`, []string{"Ghost in the Harbour", "not", "The Valdora Times", "not"}},
		{"markdown", "notes.md", "---\ntitle: Harbour film\n---\nNorvale Pictures will release *Ghost in the Harbour* in May, and _Lords of the Quay_ later. **Bold** is not emphasis.\n",
			[]string{"Ghost in the Harbour", "Lords of the Quay"}},
		{"html in markdown", "archive.md", "---\ntitle: Harbour film\n---\n<p>Norvale Pictures will release <em>Ghost in the Harbour</em> in May, the studio said on Tuesday in Brisk.</p>\n",
			[]string{"Ghost in the Harbour"}},
	}
	reg := Default()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := reg.Lookup(tc.path, []byte(tc.input))
			if err != nil {
				t.Fatal(err)
			}
			res, err := l.Read(tc.path, []byte(tc.input))
			if err != nil || len(res.Articles) != 1 {
				t.Fatalf("read: %v, %d articles", err, len(res.Articles))
			}
			a := res.Articles[0]
			var got []string
			for _, sp := range a.Emphasis {
				got = append(got, a.Body[sp.Start:sp.End])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("emphasis = %q, want %q (body %q)", got, tc.want, a.Body)
			}
			for i := 1; i < len(a.Emphasis); i++ {
				if a.Emphasis[i].Start < a.Emphasis[i-1].End {
					t.Errorf("spans out of order: %+v", a.Emphasis)
				}
			}
		})
	}
}

// TestEmphasisSearchIsBounded: runs that are not in the body (cleaning dropped their
// paragraphs) each cost a reading of it, so after emphasisScans readings the rest are
// left out — a page of many such runs costs a bounded multiple of its body, not runs ×
// body; a few missing runs cost nothing found.
func TestEmphasisSearchIsBounded(t *testing.T) {
	body := "Norvale Pictures will release Ghost in the Harbour in May."
	few := []string{"Share", "Ghost in the Harbour", "Subscribe"}
	if got := locateEmphasis(body, few); len(got) != 1 || body[got[0].Start:got[0].End] != "Ghost in the Harbour" {
		t.Fatalf("a few missing runs: got %v", got)
	}
	var many []string
	for i := 0; i < 10*emphasisScans; i++ {
		many = append(many, "Share")
	}
	many = append(many, "Ghost in the Harbour")
	if got := locateEmphasis(body, many); len(got) != 0 {
		t.Errorf("after %d missing runs the search goes on: got %v", len(many)-1, got)
	}
}
