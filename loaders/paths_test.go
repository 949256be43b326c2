package loaders

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStoredPathAndQuote(t *testing.T) {
	tests := []struct{ path, stored, quoted string }{
		{"news/2016/quake.md", "news/2016/quake.md", "news/2016/quake.md"},
		{"news/Zürich mit Leerzeichen.txt", "news/Zürich mit Leerzeichen.txt", "news/Zürich mit Leerzeichen.txt"},
		{"news/caf\xe9.txt", `news/caf\xe9.txt`, `"news/caf\xe9.txt"`},
		{"news/\xff\xfe.txt", `news/\xff\xfe.txt`, `"news/\xff\xfe.txt"`},
		{"news/new\nline.txt", "news/new\nline.txt", `"news/new\nline.txt"`},
		{"news/\x1b[31mred.txt", "news/\x1b[31mred.txt", `"news/\x1b[31mred.txt"`},
		{"news/tab\there.txt", "news/tab\there.txt", `"news/tab\there.txt"`},
		{"news/bidi\u202eevil.txt", "news/bidi\u202eevil.txt", `"news/bidi\u202eevil.txt"`},
	}
	for _, tt := range tests {
		if got := StoredPath(tt.path); got != tt.stored {
			t.Errorf("StoredPath(%q) = %q, want %q", tt.path, got, tt.stored)
		}
		if got := Quote(tt.path); got != tt.quoted {
			t.Errorf("Quote(%q) = %s, want %s", tt.path, got, tt.quoted)
		}
	}
}

// TestFeedTooDeep: a feed nested past MaxFeedDepth is refused before gofeed reads it
// (gofeed reads nested extension elements recursively); one a little under it loads.
func TestFeedTooDeep(t *testing.T) {
	feed := func(depth int) []byte {
		return []byte(`<?xml version="1.0"?><rss version="2.0" xmlns:x="urn:x"><channel><title>Deep</title>` +
			`<item><title>Dam holds</title><description>The dam held on Monday, officials said.</description>` +
			strings.Repeat("<x:a>", depth) + strings.Repeat("</x:a>", depth) + `</item></channel></rss>`)
	}
	if _, err := (FeedLoader{}).Read("deep.rss", feed(MaxFeedDepth)); !errors.Is(err, ErrTooDeep) {
		t.Errorf("a feed nested past MaxFeedDepth: %v, want ErrTooDeep", err)
	}
	res, err := (FeedLoader{}).Read("shallow.rss", feed(MaxFeedDepth-10))
	if err != nil || len(res.Articles) != 1 {
		t.Errorf("a feed nested a little under MaxFeedDepth: %d articles, %v; want it read", len(res.Articles), err)
	}
}

// TestWalkLinksOutside: Walk reports a link that leads out of the folder walked as
// ErrOutside and reads links that stay inside; FollowLinks follows both.
func TestWalkLinksOutside(t *testing.T) {
	outside := t.TempDir()
	write := func(p string) {
		t.Helper()
		if err := os.WriteFile(p, []byte("Headline\n\nBody.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(outside, "secret.txt"))
	root := t.TempDir()
	write(filepath.Join(root, "a.txt"))
	for target, name := range map[string]string{
		filepath.Join(outside, "secret.txt"):   "to-secret.txt",
		outside:                                "to-outside",
		"a.txt":                                "to-a.txt",
		"../" + filepath.Base(root) + "/a.txt": "roundabout.txt", // out and back in: inside
	} {
		if err := os.Symlink(target, filepath.Join(root, name)); err != nil {
			t.Fatal(err)
		}
	}
	walk := func(w Walker) (visited, outsideLinks []string) {
		err := w.Walk([]string{root}, func(p string, err error) error {
			rel, _ := filepath.Rel(root, p)
			switch {
			case errors.Is(err, ErrOutside):
				outsideLinks = append(outsideLinks, rel)
			case err != nil:
				t.Errorf("%s: %v", rel, err)
			default:
				visited = append(visited, rel)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return visited, outsideLinks
	}
	visited, out := walk(Walker{})
	if strings.Join(visited, " ") != "a.txt roundabout.txt to-a.txt" || strings.Join(out, " ") != "to-outside to-secret.txt" {
		t.Errorf("visited %v, refused %v", visited, out)
	}
	visited, out = walk(Walker{FollowLinks: true})
	if strings.Join(visited, " ") != "a.txt roundabout.txt to-a.txt to-outside/secret.txt to-secret.txt" || len(out) != 0 {
		t.Errorf("with FollowLinks: visited %v, refused %v", visited, out)
	}
}
