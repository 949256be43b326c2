package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenreOf(t *testing.T) {
	tests := []struct{ name, front, want string }{
		{"feed", "---\nID: 1\noriginal_cats:\n  - topNews\noriginal_title:\n  - x\n---\nbody", "topNews"},
		{"feed with tags", "---\noriginal_cats:\n  - topNews,WHO\n---\n", "topNews"},
		{"two words", "---\noriginal_cats:\n  - Top Stories\n---\n", "Top Stories"},
		{"wired folded", "---\noriginal_cats:\n  - >\n    photography,NASA,gallery,Photo,Science\n    space\nx: y\n---\n", "wired/Photo"},
		{"wired quoted", "---\noriginal_cats:\n  - 'Culture,BB-8,star wars'\n---\n", "wired/Culture"},
		{"wired without section", "---\noriginal_cats:\n  - Opinion\n---\n", "wired/other"},
		{"none", "---\nID: 1\n---\noriginal_cats: not in the front matter\n", "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := genreOf(strings.NewReader(tt.front)); got != tt.want {
				t.Errorf("genreOf = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQuotas(t *testing.T) {
	sizes := map[string]int{"a": 900, "b": 90, "c": 9, "d": 1}
	q := quotas(sizes, 100)
	total := 0
	for _, n := range q {
		total += n
	}
	if total != 100 || q["d"] != 1 || q["c"] < 2 || q["a"] < 80 {
		t.Errorf("quotas = %v (total %d), want 100 in proportion, at least two of each where there are", q, total)
	}
}

// TestPickGenres checks that -genres draws from the named genres only.
func TestPickGenres(t *testing.T) {
	dir := t.TempDir()
	cats := []string{"topNews", "Top Stories", "technologyNews", "'Culture,Film'"}
	for i, c := range cats {
		for j := 0; j < 3; j++ {
			front := "---\noriginal_cats:\n  - " + c + "\n---\nA short invented report.\n"
			name := filepath.Join(dir, string(rune('a'+i))+string(rune('0'+j))+".md")
			if err := os.WriteFile(name, []byte(front), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	only, err := newPickFilter("topNews,Top Stories", "")
	if err != nil {
		t.Fatal(err)
	}
	names, genre, err := pickFrom(dir, "test", 4, only)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 4 {
		t.Fatalf("pick gave %d names, want 4: %v", len(names), names)
	}
	for _, n := range names {
		if g := genre[n]; g != "topNews" && g != "Top Stories" {
			t.Errorf("%s is of genre %q, outside the genres asked for", n, g)
		}
	}
}

// TestSampleList checks that the committed sample is what the seed draws from the
// corpus: the list is the same on every machine.
func TestSampleList(t *testing.T) {
	corpus := os.Getenv("KG_CORPUS")
	if corpus == "" {
		corpus = "../../../shared/corpus/news-2016"
	}
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("corpus not present at %s (set KG_CORPUS): the sample cannot be drawn again here", corpus)
	}
	names, genre, err := pick(corpus, Seed, 200)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := writeSample(&got, names, genre, Seed); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../extraction/testdata/sample-200.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("the seed draws another sample than extraction/testdata/sample-200.txt (scripts/sample.sh --pick rewrites it):\n%s", got.String())
	}
}

func TestDiffRuns(t *testing.T) {
	dir := t.TempDir()
	old := `{"article":{"id":"1","path":"a.md","title":"A"},"entities":[{"name":"Acme Corp","type":"Person","aliases":[],"mentions":2}],"relations":[],"quotes":[{"speaker":"Ruiz","text":"We won","sentence":"\"We won,\" Ruiz said."}],"figures":[{"measure":"money","value":4200000000,"unit":"USD","qualifier":null,"source":null,"sentence":"Acme agreed to buy Northwind for $4.2 billion.","text":"$4.2 billion"},{"measure":"main rivals","value":2,"unit":null,"qualifier":null,"source":null,"sentence":"one of its two main rivals","text":"two main rivals"}],"events":[]}
{"article":{"id":"2","path":"b.md","title":"B"},"entities":[],"relations":[],"quotes":[],"figures":[],"events":[]}
`
	new := `{"article":{"id":"1","path":"a.md","title":"A"},"entities":[{"name":"Acme Corp","type":"Organization","aliases":[],"mentions":2}],"relations":[{"subject":"Acme Corp","predicate":"acquires","object":"Northwind","source":null,"sentence":"Acme agreed to buy Northwind for $4.2 billion.","text":"buy Northwind"}],"quotes":[{"speaker":"Ruiz","text":"We won","sentence":"\"We won,\" Ruiz said."}],"figures":[{"measure":"acquisition price","value":4200000000,"unit":"USD","qualifier":null,"source":null,"sentence":"Acme agreed to buy Northwind for $4.2 billion.","text":"$4.2 billion"}],"events":[]}
{"article":{"id":"2","path":"b.md","title":"B"},"entities":[],"relations":[],"quotes":[],"figures":[],"events":[]}
`
	op, np := filepath.Join(dir, "old.jsonl"), filepath.Join(dir, "new.jsonl")
	os.WriteFile(op, []byte(old), 0o644)
	os.WriteFile(np, []byte(new), 0o644)
	var out bytes.Buffer
	differ, err := diffRuns(&out, op, np, diffOptions{sentences: true})
	if err != nil {
		t.Fatal(err)
	}
	if !differ {
		t.Fatal("diffRuns says the runs are the same")
	}
	for _, want := range []string{
		"=== a.md",
		"figures +0 -1 ~1, entities +0 -0 ~1, relations +1 -0 ~0",
		`~ figure   measure: "money" → "acquisition price"`,
		`- figure   measure="main rivals" value=2`,
		`~ entity   type: "Person" → "Organization"`,
		`+ relation subject="Acme Corp" predicate="acquires" object="Northwind"`,
		"sentence: Acme agreed to buy Northwind for $4.2 billion.",
		"1 with changed items",
		"changed fields: entities.type 1, figures.measure 1",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "b.md") {
		t.Errorf("an unchanged article is reported:\n%s", out.String())
	}
	out.Reset()
	if differ, err := diffRuns(&out, op, op, diffOptions{}); err != nil || differ || !strings.Contains(out.String(), "identical") {
		t.Errorf("a run against itself: differ=%v err=%v %s", differ, err, out.String())
	}
}

func TestSampleFindings(t *testing.T) {
	rows := `[{"event":"bombing · X","eventId":"kg:event/a","measure":"killed","verdict":"conflict","why":"w1","claims":[{"value":3,"article":"a1","text":"t1"},{"value":5,"article":"a2","text":"t2"}]},
	{"event":"bombing · Y","eventId":"kg:event/b","measure":"killed","verdict":"conflict","why":"w2","claims":[{"value":7,"article":"b1","text":"u1"},{"value":9,"article":"b2","text":"u2"}]}]`
	var a, b, c strings.Builder
	for _, out := range []*strings.Builder{&a, &b} {
		if err := sampleFindings(out, strings.NewReader(rows), "contradictions", "s1", 1); err != nil {
			t.Fatal(err)
		}
	}
	if a.String() != b.String() {
		t.Errorf("one seed, two samples:\n%s\n%s", a.String(), b.String())
	}
	if !strings.Contains(a.String(), "# 1 of 2 contradictions") || !strings.Contains(a.String(), "Verdict:") {
		t.Errorf("sample:\n%s", a.String())
	}
	// Another seed draws the whole list in another order.
	if err := sampleFindings(&c, strings.NewReader(rows), "contradictions", "other", 2); err != nil {
		t.Fatal(err)
	}
	if strings.Count(c.String(), "## ") != 2 {
		t.Errorf("want both findings:\n%s", c.String())
	}
}

// A corroboration's title gives its unit and its scope: the reader judges "at least 5
// injured (scope: status: critical condition)" as a part, not as the toll.
func TestSampleCorroborationScope(t *testing.T) {
	rows := `[{"event":"shooting · Mirko","eventId":"kg:event/s","measure":"injured","value":5,"qualifier":"at least","scope":"status: critical condition","reports":2,"paths":["/c/a.md","/c/b.md"]},
	{"event":"Acme · 2016-01","eventId":"kg:event/r","measure":"revenue","value":2.5,"unit":"USD","reports":2,"paths":["/c/c.md","/c/d.md"]}]`
	var out strings.Builder
	if err := sampleFindings(&out, strings.NewReader(rows), "corroborations", "s1", 2); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "injured — shooting · Mirko (scope: status: critical condition)") || !strings.Contains(out.String(), "2.5 USD") {
		t.Errorf("sample without scope or unit:\n%s", out.String())
	}
}

// Rows of events that list their reports' paths give the reader each report to judge;
// the events query's own rows (a count of articles) still sample.
func TestSampleEvents(t *testing.T) {
	rows := `[{"event":"quake · Mirko","eventId":"kg:event/q|a.md","type":"earthquake","reports":2,"articles":["/c/a.md"]},
	{"event":"quake · Mirko","eventId":"kg:event/q","type":"earthquake","reports":2,"articles":2,"outlets":["Wire"]}]`
	var out strings.Builder
	if err := sampleFindings(&out, strings.NewReader(rows), "events", "s1", 2); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "- /c/a.md") || !strings.Contains(out.String(), "2 independent reports of 1 articles") ||
		!strings.Contains(out.String(), "2 independent reports of 2 articles") {
		t.Errorf("sample:\n%s", out.String())
	}
}

// TestPickFilter draws from an invented corpus of three wire reports, one of them in the
// gold set, and two features: only the two wire reports outside the gold set remain.
func TestPickFilter(t *testing.T) {
	dir, gold := t.TempDir(), t.TempDir()
	write := func(d, name, body string) {
		if err := os.WriteFile(filepath.Join(d, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(dir, "a-flood.md", "---\noriginal_cats:\n  - topNews\n---\nx")
	write(dir, "b-quake.md", "---\noriginal_cats:\n  - domesticNews\n---\nx")
	write(dir, "c-fire.md", "---\noriginal_cats:\n  - Top Stories\n---\nx")
	write(dir, "d-gadget.md", "---\noriginal_cats:\n  - 'Gear,phones'\n---\nx")
	write(dir, "e-bridge.md", "---\noriginal_cats:\n  - 'Design,architecture'\n---\nx")
	write(gold, "b-quake.gold.json", "{}")
	f, err := newPickFilter("news", gold)
	if err != nil {
		t.Fatal(err)
	}
	names, _, err := pickFrom(dir, "s", 10, f)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(names, " "); got != "a-flood.md c-fire.md" {
		t.Errorf("pick -genres news -skip GOLD = %q, want the two wire reports outside the gold set", got)
	}
	if _, err := newPickFilter("", filepath.Join(gold, "none")); err == nil {
		t.Error("a -skip directory without gold files should be an error")
	}
}
