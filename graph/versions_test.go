package graph

import (
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// TestVersionsOfOneURL: of two files that carry one URL, the store keeps the version
// published later (at the same time, the one whose ID sorts last), whatever the order
// they are loaded in and however often; an edited file loaded again replaces its old
// version whatever its date. (Issue 12: reloading the corpus replaced two articles
// every time.)
func TestVersionsOfOneURL(t *testing.T) {
	const url = "https://wire.example/quake-toll"
	morning := report{title: "Quake kills 10", body: "At least 10 people were killed in the quake.", url: url,
		publisher: "Wire", published: day("2016-02-06 09:00"), events: []kg.Event{quake("2016-02-06")},
		figures: []kg.Figure{toll(10, kg.AtLeast, "")}}
	evening := morning
	evening.title, evening.body, evening.published = "Quake toll rises to 14", "At least 14 people were killed in the quake.", day("2016-02-06 19:00")
	evening.figures = []kg.Figure{toll(14, kg.AtLeast, "")}
	keeps := func(t *testing.T, s *Store, want report) {
		t.Helper()
		if ok, _ := s.Has(want.extraction().Article.ID); !ok {
			t.Errorf("the store lost %q", want.title)
		}
		if st := stats(t, s); st.Articles != 1 {
			t.Errorf("%d articles, want one version", st.Articles)
		}
	}
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			forward := openStore(t, open(t))
			mustAdd(t, forward, morning, Added)
			mustAdd(t, forward, evening, Replaced)
			keeps(t, forward, evening)
			mustAdd(t, forward, morning, Older) // reloading changes nothing
			mustAdd(t, forward, evening, Unchanged)
			keeps(t, forward, evening)

			backward := openStore(t, open(t))
			mustAdd(t, backward, evening, Added)
			mustAdd(t, backward, morning, Older)
			keeps(t, backward, evening)
			if a, b := export(t, forward), export(t, backward); a != b {
				t.Errorf("the two orders make different stores:\n%s", diffLines(a, b))
			}

			// At the same time, one of the two wins, the same one both ways.
			twin := evening
			twin.title, twin.body = "Quake: 14 dead", "At least 14 people died in the quake." // another file
			first, second := evening, twin
			if twin.extraction().Article.ID > evening.extraction().Article.ID {
				first, second = twin, evening
			}
			tie := openStore(t, open(t))
			mustAdd(t, tie, first, Added)
			mustAdd(t, tie, second, Older)
			tie2 := openStore(t, open(t))
			mustAdd(t, tie2, second, Added)
			mustAdd(t, tie2, first, Replaced)
			keeps(t, tie, first)
			keeps(t, tie2, first)

			// The same file edited, its date put back: the last load wins.
			edited := openStore(t, open(t))
			mustAdd(t, edited, evening, Added)
			fixed := evening
			fixed.body, fixed.published = "At least 13 people were killed in the quake.", day("2016-02-06 18:00")
			mustAdd(t, edited, fixed, Replaced)
			keeps(t, edited, fixed)
		})
	}
}

// TestCopiesOfOneText: one text in two files under two URLs (an outlet's story in two of
// its feeds, an hour apart) is one article; the store keeps the copy published first
// (at the same time, the one whose path sorts first), whatever the order the two come
// in, in one batch or two. (The whole 2016 corpus loaded forward and reversed kept
// different copies of two such articles.)
func TestCopiesOfOneText(t *testing.T) {
	early := report{title: "Truce broken, opposition says", body: "The opposition said the truce was broken 15 times.",
		url: "https://wire.example/world/truce", path: "feeds/world/truce.md", publisher: "Wire",
		published: day("2016-02-29 19:30"), figures: []kg.Figure{{Measure: "times broken", Value: 15, Event: -1, Sentence: 0, Text: "15 times"}}}
	late := early
	late.url, late.path, late.published = "https://feeds.wire.example/top/123", "feeds/top/truce-wire.md", day("2016-02-29 20:31")
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			var exports []string
			for _, order := range [][]report{{early, late}, {late, early}} {
				for _, oneBatch := range []bool{true, false} {
					s := openStore(t, open(t))
					for _, r := range order {
						if _, err := s.AddArticle(r.extraction()); err != nil {
							t.Fatal(err)
						}
						if !oneBatch {
							if err := s.Flush(); err != nil {
								t.Fatal(err)
							}
						}
					}
					if err := s.Flush(); err != nil {
						t.Fatal(err)
					}
					if st := stats(t, s); st.Articles != 1 {
						t.Errorf("%d articles, want one", st.Articles)
					}
					exports = append(exports, export(t, s))
				}
			}
			if !strings.Contains(exports[0], early.url) || strings.Contains(exports[0], late.url) {
				t.Errorf("the store keeps the later copy:\n%s", exports[0])
			}
			for i, e := range exports[1:] {
				if e != exports[0] {
					t.Errorf("order %d makes another store:\n%s", i+1, diffLines(exports[0], e))
				}
			}
		})
	}
}

// TestReplacedVersionLeavesNoBucket: when a newer version of an article replaces one
// that filed an event in a bucket no other report is in (the first version took the
// quake for a flood in another country), the store keeps nothing of that bucket: it is
// the store the newer version alone makes.
func TestReplacedVersionLeavesNoBucket(t *testing.T) {
	const url = "https://wire.example/disaster"
	first := report{title: "Floods hit Norland", body: "At least 10 people were killed in floods.", url: url,
		publisher: "Wire", published: day("2016-02-06 09:00"),
		events:  []kg.Event{{Type: "flood", Place: "Veltra", Country: "Norland", Date: "2016-02-06", Main: true}},
		figures: []kg.Figure{toll(10, kg.AtLeast, "")}}
	second := first
	second.title, second.body, second.published = "Quake kills 14 in Taiwan", "At least 14 people were killed in the quake.", day("2016-02-06 19:00")
	second.events, second.figures = []kg.Event{quake("2016-02-06")}, []kg.Figure{toll(14, kg.AtLeast, "")}
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			replaced := openStore(t, open(t))
			mustAdd(t, replaced, first, Added)
			mustFlush(t, replaced)
			mustAdd(t, replaced, second, Replaced)
			mustFlush(t, replaced)
			alone := openStore(t, open(t))
			mustAdd(t, alone, second, Added)
			mustFlush(t, alone)
			if a, b := export(t, replaced), export(t, alone); a != b {
				t.Errorf("the replaced version left quads behind:\n%s", diffLines(b, a))
			}
		})
	}
}

func mustFlush(t *testing.T, s *Store) {
	t.Helper()
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
}

// TestRereadReplacesTheReading: the same file loaded again is left alone, unless the
// store is opened to read again (Options.Reread, `kg load --reread`): then what kg reads
// of it now replaces what an earlier kg read, and the store is the one a fresh load of
// the new reading makes.
func TestRereadReplacesTheReading(t *testing.T) {
	before := report{title: "Truce broken, opposition says", body: "The opposition said the truce was broken 15 times.",
		url: "https://wire.example/world/truce", path: "feeds/world/truce.md", publisher: "Wire",
		published: day("2016-02-29 19:30"), figures: []kg.Figure{{Measure: "times broken", Value: 15, Event: -1, Sentence: 0, Text: "15 times"}}}
	now := before
	now.figures = []kg.Figure{{Measure: "truce violations", Value: 15, Event: -1, Sentence: 0, Text: "broken 15 times"}}
	for _, name := range []string{Pebble, Bolt} {
		t.Run(name, func(t *testing.T) {
			o := backends(t)[name](t)
			s := openStore(t, o)
			mustAdd(t, s, before, Added)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			for _, reread := range []bool{false, true} {
				o.Reread = reread
				s := openStore(t, o)
				want, measure := Unchanged, "times broken"
				if reread {
					want, measure = Replaced, "truce violations"
				}
				mustAdd(t, s, now, want)
				got := export(t, s)
				if !strings.Contains(got, measure) || strings.Count(got, "times broken")+strings.Count(got, "truce violations") != strings.Count(got, measure) {
					t.Errorf("reread=%v: the store should hold the reading %q alone:\n%s", reread, measure, got)
				}
				if reread {
					fresh := openStore(t, backends(t)[name](t))
					mustAdd(t, fresh, now, Added)
					if f := export(t, fresh); f != got {
						t.Errorf("a reread store differs from a fresh load of the new reading:\n%s", diffLines(f, got))
					}
				}
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
