package loaders

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestWalk builds a folder with nested files, hidden files, a store file, links
// (good, looping and dangling) and checks what Walk visits and reports, in order.
func TestWalk(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	root := t.TempDir()
	mk := func(rel string) {
		t.Helper()
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("Headline\n\nBody.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, rel string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(root, rel)); err != nil {
			t.Fatal(err)
		}
	}
	mk("b.txt")
	mk("a/2.md")
	mk("a/1.md")
	mk("a/deeper/x.json")
	mk(".git/config")
	mk(".hidden.txt")
	mk("kg.db")
	mk("c/z.txt")
	link("../b.txt", "a/to-b.txt")      // a link to a file: followed
	link("..", "a/deeper/up")           // a link back to an ancestor: a loop
	link("loop2", "loop1")              // two links that point at each other
	link("loop1", "loop2")              //
	link("nowhere.txt", "dangling.txt") // a link to nothing
	link("c", "d")                      // a second way into c: walked once

	var visited, reported []string
	var errs []error
	err := Walk([]string{root, filepath.Join(root, "missing")}, func(p string, err error) error {
		rel, _ := filepath.Rel(root, p)
		if err != nil {
			reported = append(reported, rel)
			errs = append(errs, err)
			return nil
		}
		visited = append(visited, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	wantVisited := []string{"a/1.md", "a/2.md", "a/deeper/x.json", "a/to-b.txt", "b.txt", "c/z.txt"}
	if strings.Join(visited, " ") != strings.Join(wantVisited, " ") {
		t.Errorf("visited %v\nwant    %v", visited, wantVisited)
	}
	wantReported := map[string]error{
		"a/deeper/up":  ErrLoop,
		"dangling.txt": fs.ErrNotExist,
		"loop1":        ErrLoop,
		"loop2":        ErrLoop,
		"missing":      fs.ErrNotExist,
	}
	if len(reported) != len(wantReported) {
		t.Errorf("reported %v, want %d reports", reported, len(wantReported))
	}
	for i, rel := range reported {
		want, ok := wantReported[rel]
		if !ok {
			t.Errorf("unexpected report for %s: %v", rel, errs[i])
			continue
		}
		var fe *FileError
		if !errors.Is(errs[i], want) || !errors.As(errs[i], &fe) {
			t.Errorf("%s: err = %v, want a *FileError wrapping %v", rel, errs[i], want)
		}
	}

	t.Run("a file given by name", func(t *testing.T) {
		var got []string
		hidden := filepath.Join(root, ".hidden.txt")
		if err := Walk([]string{hidden}, func(p string, err error) error {
			got = append(got, p)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0] != hidden {
			t.Errorf("got %v, want the hidden file itself when named", got)
		}
	})

	t.Run("visit stops the walk", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		err := Walk([]string{root}, func(string, error) error { n++; return stop })
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("err = %v after %d visits, want stop after 1", err, n)
		}
	})
}
