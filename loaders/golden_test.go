package loaders

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenResult is the form a Result takes in a .golden file.
type goldenResult struct {
	Loader   string          `json:"loader"`
	Articles []goldenArticle `json:"articles,omitempty"`
	Quads    []string        `json:"quads,omitempty"`
	Error    string          `json:"error,omitempty"`
}

type goldenArticle struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	Format    string `json:"format"`
	Title     string `json:"title"`
	Published string `json:"published,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	Body      string `json:"body"`
}

// TestGolden reads every input in testdata and compares the Result with NAME.golden
// beside it. go test ./loaders -update rewrites the golden files.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	reg := Default()
	n := 0
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden") {
			continue
		}
		n++
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		t.Run(name, func(t *testing.T) {
			got := goldenResult{}
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			if l, err := reg.Lookup(in, data); err == nil {
				got.Loader = l.Name()
			}
			res, err := reg.ReadFile(in, Options{})
			if err != nil {
				got.Error = err.Error()
			}
			for _, a := range res.Articles {
				g := goldenArticle{ID: a.ID, Path: filepath.ToSlash(a.Path), Format: a.Format, Title: a.Title,
					Publisher: a.Publisher, URL: a.URL, Body: a.Body}
				if !a.Published.IsZero() {
					g.Published = a.Published.Format(time.RFC3339)
				}
				got.Articles = append(got.Articles, g)
			}
			for _, q := range res.Quads {
				got.Quads = append(got.Quads, q.NQuad())
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(got); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./loaders -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from %s:\n%s", in, golden, lineDiff(string(want), buf.String()))
			}
		})
	}
	if n == 0 {
		t.Fatal("no inputs in testdata")
	}
}

// lineDiff shows the first lines where want and got part.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			b.WriteString("- " + w + "\n+ " + g + "\n")
			if shown++; shown == 5 {
				break
			}
		}
	}
	return b.String()
}
