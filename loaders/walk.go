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
// folders are skipped. Symbolic links inside a folder are followed, to files and to
// folders, when they lead to a place inside that folder; one that leads outside it is
// reported as ErrOutside (a folder of downloaded files may hold a link to
// /etc/passwd), unless Walker.FollowLinks. A link that leads back into a folder being
// walked is reported as ErrLoop instead of followed, and a folder reached twice is
// walked once. The paths themselves are followed wherever they lead.
//
// Problems with one path (it does not exist, a link loop, a folder that cannot be
// read, a fifo or device) are reported as visit(path, err), with err a *FileError, and
// the walk goes on. visit(path, nil) is a file to read. When visit returns an error,
// Walk stops and returns it.
func Walk(paths []string, visit func(path string, err error) error) error {
	return Walker{}.Walk(paths, visit)
}

// Walker walks folders as Walk does; FollowLinks also follows the symbolic links that
// lead out of the folder they are in.
type Walker struct {
	FollowLinks bool
}

// Walk is Walk with w's options.
func (o Walker) Walk(paths []string, visit func(path string, err error) error) error {
	w := walker{visit: visit, seen: map[fileID]bool{}, follow: o.FollowLinks}
	for _, p := range paths {
		if err := w.walk(p); err != nil {
			return err
		}
	}
	return nil
}

type walker struct {
	visit  func(string, error) error
	seen   map[fileID]bool // folders already walked
	follow bool            // follow links out of the folder walked
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
	inside := "" // where root leads, once it is known to be a folder: links must stay in it
	// enter handles one path: a file is visited, a folder pushed.
	enter := func(p string) error {
		if inside != "" && !w.follow {
			if target, ok := linkOutside(p, inside); ok {
				return report(p, fmt.Errorf("%w: it leads to %s, outside %s (kg load --follow-links follows it)", ErrOutside, Quote(target), Quote(root)))
			}
		}
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
	if len(stack) > 0 {
		if real, err := filepath.EvalSymlinks(root); err == nil {
			inside = real
		}
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

// linkOutside reports whether p is a symbolic link that leads (through any number of
// links) to a place outside the folder dir (a path with no links in it), and where.
// A broken link, or a loop, is left to the caller to report.
func linkOutside(p, dir string) (string, bool) {
	fi, err := os.Lstat(p)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return "", false
	}
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(dir, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return target, true
	}
	return "", false
}
