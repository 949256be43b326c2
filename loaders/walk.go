package loaders

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// storeFiles are files kg itself writes; Walk never hands them out.
var storeFiles = map[string]bool{"kg.db": true, "kg.db.lock": true}

// Walk calls visit for every file under paths: a path that is a file is visited as it
// is, a folder recursively with its entries in sorted order (paths themselves in the
// order given). Hidden files and folders (".git") and kg's store files (kg.db) inside
// folders are skipped. Symbolic links are followed, to files and to folders, but a
// link that leads back into a folder being walked is reported as ErrLoop instead of
// followed, and a folder reached twice is walked once.
//
// Problems with one path (it does not exist, a link loop, a folder that cannot be
// read, a fifo or device) are reported as visit(path, err), with err a *FileError, and
// the walk goes on. visit(path, nil) is a file to read. When visit returns an error,
// Walk stops and returns it.
func Walk(paths []string, visit func(path string, err error) error) error {
	w := walker{visit: visit, seen: map[fileID]bool{}}
	for _, p := range paths {
		if err := w.walk(p); err != nil {
			return err
		}
	}
	return nil
}

type walker struct {
	visit func(string, error) error
	seen  map[fileID]bool // folders already walked
}

// dirFrame is a folder on the walk's stack, with its entries still to visit.
type dirFrame struct {
	id      fileID
	path    string
	entries []string
}

// walk visits one path given by the user, iteratively (no recursion, so folder depth
// cannot exhaust the stack).
func (w *walker) walk(root string) error {
	report := func(p string, err error) error {
		return w.visit(p, &FileError{Path: p, Err: err})
	}
	var stack []*dirFrame
	// enter handles one path: a file is visited, a folder pushed.
	enter := func(p string) error {
		fi, err := os.Stat(p) // follows links
		if err != nil {
			if isLoopErr(err) {
				return report(p, fmt.Errorf("%w: %v", ErrLoop, errors.Unwrap(err)))
			}
			return report(p, err)
		}
		switch {
		case fi.Mode().IsRegular():
			return w.visit(p, nil)
		case fi.IsDir():
			id, ok := idOf(fi)
			if ok {
				for _, f := range stack {
					if f.id == id {
						return report(p, fmt.Errorf("%w: leads back to %s", ErrLoop, f.path))
					}
				}
				if w.seen[id] {
					return nil // walked already through another link
				}
				w.seen[id] = true
			}
			entries, err := os.ReadDir(p)
			if err != nil {
				var pe *fs.PathError
				if errors.As(err, &pe) {
					err = pe.Err
				}
				return report(p, fmt.Errorf("read folder: %w", err))
			}
			names := make([]string, 0, len(entries))
			for _, e := range entries {
				n := e.Name()
				if strings.HasPrefix(n, ".") || storeFiles[n] {
					continue
				}
				names = append(names, n)
			}
			stack = append(stack, &dirFrame{id: id, path: p, entries: names})
			return nil
		default:
			return report(p, fmt.Errorf("%w (%s)", ErrNotRegular, modeName(fi.Mode())))
		}
	}
	if err := enter(root); err != nil {
		return err
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		if len(top.entries) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		name := top.entries[0]
		top.entries = top.entries[1:]
		if err := enter(filepath.Join(top.path, name)); err != nil {
			return err
		}
	}
	return nil
}
