package extraction

import (
	"flag"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// fuzzSeeds are small on purpose. For every input that finds new code the fuzzer runs a
// minimizer (for up to -fuzzminimizetime, 60 s by default) and, while it runs, its progress
// line shows "0 execs/sec" although both workers keep executing (measured: ~2,000 runs a
// second each, no input slower than 0.1 ms outside the fuzzer). Seeds of tens of kilobytes
// made those minimizations take the whole minute; TestHugeInputs covers large inputs
// instead. Pass -fuzzminimizetime 5s to keep the progress line live.
func fuzzSeeds(f *testing.F) {
	f.Add("")
	f.Add(`Annan, who was appointed the United Nations envoy, said, "I hope." "More," he said.`)
	f.Add(strings.Repeat(`"`, 200))
	f.Add(strings.Repeat(`“‘“`, 60) + "x" + strings.Repeat(`”’”`, 60))
	f.Add("ISTANBUL/ANKARA — A suicide bombing in the capital Ankara killed 37 people this month, a 1999 quake that killed about 2,400, and 5 dead and 36 wounded (about 14 miles) on Saturday, according to the fire agency and the Tainan City authorities.")
	f.Add("Israel's foreign ministry said the U.S.-led coalition, which shut its embassy in Karvo, was linked to Al Qaeda. As part of it, she said \"he\" carried out the attack.")
	f.Add("U.S. Gen. Maj. a.m. Inc. NT$341.2 billion ($10.3 billion) 2-1/2-year 1990s (2330.TW)")
	r := rand.New(rand.NewSource(1))
	b := make([]byte, 512)
	r.Read(b)
	f.Add(string(b))
	f.Add("At least 31 people were killed , more than 5,000 wounded ... half a dozen\n\n\n\"")
	f.Add("Earlier this month, Symantec Corp said it would buy Blue Coat Systems Inc for $4.65 billion.") // a sentence start read back one token (amounts.go earlierValue)
}

// extractStrict extracts a with no panic recovered, so that a stage that fails is seen.
func extractStrict(a kg.Article) *kg.Extraction {
	x := &kg.Extraction{Article: a}
	w := &work{strict: true}
	w.run(a, x)
	return x
}

func FuzzSentences(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, body string) {
		ss := Sentences(body)
		last := 0
		for _, s := range ss {
			if s.Start < last || s.End > len(body) || s.Start > s.End || body[s.Start:s.End] != s.Text {
				t.Fatalf("bad sentence %+v (len %d)", s, len(body))
			}
			last = s.End
		}
	})
}

func FuzzExtract(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, body string) {
		a := kg.Article{Title: "Quake kills 5", Body: body, Published: time.Date(2016, 2, 7, 0, 0, 0, 0, time.UTC)}
		// a strict extraction: a panic in any stage fails the test instead of being recovered
		x := extractStrict(a)
		for _, fg := range x.Figures {
			if fg.Sentence < 0 || fg.Sentence >= len(x.Sentences) || fg.Event >= len(x.Events) {
				t.Fatalf("figure points outside: %+v", fg)
			}
		}
		for _, r := range x.Relations {
			if r.Sentence < 0 || r.Sentence >= len(x.Sentences) || r.Subject == "" || r.Object == "" {
				t.Fatalf("relation points outside or is empty: %+v", r)
			}
		}
		for _, q := range x.Quotes {
			if q.Sentence < 0 || q.Sentence >= len(x.Sentences) {
				t.Fatalf("quote points outside: %+v", q)
			}
		}
	})
}

// TestHugeInputs runs the inputs that break naive splitters: 10 MB of one line, random
// bytes, 10,000 nested quotes. It checks they finish with sane output; under -short only
// the small ones run.
func TestHugeInputs(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	random := make([]byte, 1<<16)
	r.Read(random)
	tests := []struct {
		name string
		body func() string
		big  bool
	}{
		{"random bytes", func() string { return string(random) }, false},
		{"nested quotes", func() string { return strings.Repeat(`"“ `, 10000) + "word" + strings.Repeat(` ”"`, 10000) }, false},
		{"10 MB one line", func() string {
			return strings.Repeat("The fire agency said 12 people were killed in Tainan, Taiwan and U.S. officials ", 10<<20/82)
		}, true},
		{"10 MB without spaces", func() string { return strings.Repeat("abc", 10<<20/3) }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.big && testing.Short() {
				t.Skip("10 MB inputs skipped under -short")
			}
			body := tt.body()
			x := mustExtract(t, kg.Article{Title: "t", Body: body})
			if len(body) > 0 && len(x.Sentences) == 0 {
				t.Fatal("no sentences")
			}
			for _, s := range x.Sentences {
				if s.Start >= 0 && s.End-s.Start > 64<<10 && strings.Contains(s.Text, " ") {
					t.Fatalf("sentence of %d bytes: the length guard failed", s.End-s.Start)
				}
			}
		})
	}
}

var corpus = flag.Bool("corpus", false, "run the corpus-wide tests (TestCorpusStrict)")

// TestCorpusStrict extracts every article of ../shared/corpus/news-2016 with panics let
// through, so that a step that fails on real text is seen rather than recovered. It runs
// with -corpus (it takes seconds), and skips when the corpus is absent.
func TestCorpusStrict(t *testing.T) {
	if !*corpus || testing.Short() {
		t.Skip("corpus-wide test: run with -corpus")
	}
	files, _ := filepath.Glob("../../shared/corpus/news-2016/*.md")
	if len(files) == 0 {
		t.Skip("shared corpus not present: ../shared/corpus/news-2016")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := kg.Article{Title: filepath.Base(f), Body: htmlText(tagRE.ReplaceAllString(string(raw), "")),
			Published: time.Date(2016, 2, 7, 0, 0, 0, 0, time.UTC)}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: panic: %v", filepath.Base(f), r)
				}
			}()
			extractStrict(a)
		}()
	}
}
