package loaders

import (
	"os"
	"reflect"
	"testing"

	"gopkg.in/yaml.v3"
)

// quickAgrees checks that where quickFrontMatter reads fm, yaml.v3 reads it the same.
func quickAgrees(t testing.TB, fm []byte) (quick bool) {
	t.Helper()
	got, ok := quickFrontMatter(fm)
	if !ok {
		return false
	}
	want := map[string]any{}
	if err := yaml.Unmarshal(fm, &want); err != nil {
		t.Fatalf("quick reader accepted front matter yaml.v3 refuses (%v):\n%s", err, fm)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("quick reader and yaml.v3 disagree on\n%s\nquick: %#v\nyaml:  %#v", fm, got, want)
	}
	return true
}

func TestQuickFrontMatterAgreesWithYAML(t *testing.T) {
	for _, c := range []struct {
		name  string
		fm    string
		quick bool // whether the quick reader should take it
	}{
		{"plain", "title: Flood kills 12 in Harbor County\nauthor: Staff Writer\n", true},
		{"timestamp", "post_date: 2016-03-22 09:15:00\n", true},
		{"date only", "date: 2016-3-2\n", true},
		{"rfc3339", "date: 2016-03-22T09:15:00Z\n", true},
		{"quoted", "post_excerpt: \"\"\ntitle: 'Mayor''s office: \"no comment\"'\nsource: \"Harbor Gazette\"\n", true},
		{"folded", "post_title: >\n  Storm leaves 4,000 without power\n  in Harbor County\n", true},
		{"folded strip", "post_title: >-\n  Storm leaves 4,000\n  without power\n", true},
		{"literal", "summary: |\n  one\n  two\n", true},
		{"list of folded", "original_title:\n  - >\n    Storm leaves 4,000\n    without power\n", true},
		{"list of quoted", "original_link:\n  - 'http://example.com/a?b=c&d=e'\n  - \"x\"\n", true},
		{"list at margin", "tags:\n- one\n- two\n", true},
		{"url", "permalink: https://example.com/storm-leaves-4000/\n", true},
		{"empty value", "canonical_url:\n", true},
		{"trailing blank", "title: Storm\n\n\n", true},
		{"boolean", "published: true\nlayout: False\n", true},
		{"number", "ID: 34\n", false},
		{"null", "title: ~\nheadline: null\n", true},
		{"float-like word", "title: .inf\n", false},
		{"version-like", "date: 2016.3\n", false},
		{"comment", "title: Storm # draft\n", false},
		{"comment line", "# front matter\ntitle: Storm\n", false},
		{"flow list", "tags: [a, b]\n", false},
		{"flow map", "publisher: {name: Harbor Gazette}\n", false},
		{"nested map", "publisher:\n  name: Harbor Gazette\n", false},
		{"anchor", "title: &t Storm\nheadline: *t\n", false},
		{"tag", "title: !!str 12\n", false},
		{"escape", "title: \"Storm\\tday\"\n", false},
		{"multi-line plain", "title: Storm leaves\n  4,000 without power\n", false},
		{"multi-line quoted", "title: 'Storm leaves\n  4,000 without power'\n", false},
		{"folded with blank", "post_title: >\n  Storm\n\n  day\n", false},
		{"folded more indented", "post_title: >\n  Storm\n    day\n", false},
		{"indentation indicator", "post_title: >2\n  Storm\n", false},
		{"keep chomping", "post_title: >+\n  Storm\n", false},
		{"duplicate key", "title: a\ntitle: b\n", false},
		{"boolean key", "true: a\n", false},
		{"tab", "title:\tStorm\n", false},
		{"crlf", "title: Storm\r\n", false},
		{"document marker", "title: a\n---\ntitle: b\n", false},
		{"colon in value", "title: Storm: the day after\n", false},
		{"colon glued", "title:Storm\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := quickAgrees(t, []byte(c.fm)); got != c.quick {
				t.Errorf("quick reader took it: %v, want %v", got, c.quick)
			}
		})
	}
}

// TestQuickFrontMatterCorpus reads every front matter of the 2016 corpus both ways: the
// quick reader must agree with yaml.v3 wherever it answers, and answer for nearly all.
func TestQuickFrontMatterCorpus(t *testing.T) {
	files := corpusFiles(t)
	quick := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fm, _, ok := splitFrontMatter(data)
		if !ok {
			continue
		}
		if quickAgrees(t, wantedEntries(fm)) {
			quick++
		}
	}
	t.Logf("quick reader took %d of %d front matters", quick, len(files))
	if quick < len(files)*9/10 {
		t.Errorf("quick reader took only %d of %d front matters", quick, len(files))
	}
}

func FuzzQuickFrontMatter(f *testing.F) {
	for _, s := range []string{
		"title: Storm\n", "post_title: >\n  a\n  b\n", "l:\n  - >\n    x\n  - 'y'\n",
		"date: 2016-03-22 09:15:00\n", "a: \"\"\n", "k: |-\n  x\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, fm []byte) {
		quickAgrees(t, fm)
	})
}

// TestWantedEntriesThroughEntities: HTML entities in values are no YAML anchors, so the
// keys kg does not read are still dropped; a real anchor keeps the front matter whole.
func TestWantedEntriesThroughEntities(t *testing.T) {
	fm := "ID: 32\npost_title: 'France&#039;s Louis Vuitton sues'\nlink: http://x.com/?a=1&#038;b=2\n"
	if got, want := string(wantedEntries([]byte(fm))), "post_title: 'France&#039;s Louis Vuitton sues'\nlink: http://x.com/?a=1&#038;b=2\n"; got != want {
		t.Errorf("wantedEntries kept\n%s\nwant\n%s", got, want)
	}
	for _, fm := range []string{"base: &b Storm\ntitle: *b\n", "x:\n  - &a one\ntitle: *a\n"} {
		if got := string(wantedEntries([]byte(fm))); got != fm {
			t.Errorf("wantedEntries cut front matter with an anchor:\n%s\nto\n%s", fm, got)
		}
	}
}
