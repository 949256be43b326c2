package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/factgraph/kg/graph"
)

// outputFile is a file that kg export --out or kg report --out writes: never inside the
// store being read (a report written over the store's file destroyed the store), and
// written to a temporary file beside it that takes its name only once complete, so
// that a run that fails leaves whatever was there before.
type outputFile struct {
	*os.File
	path  string
	ended bool
}

// ErrOutputInStore means an output file would be written inside the store.
var ErrOutputInStore = errors.New("the output file would be inside the store")

// createOutput opens the temporary file for path; Commit or Abort ends it.
func createOutput(path string, store graph.Options) (*outputFile, error) {
	if err := outsideStore(path, store); err != nil {
		return nil, err
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return nil, fmt.Errorf("%s is not a regular file", path)
		}
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return &outputFile{File: f, path: path}, nil
}

// Commit closes the temporary file and gives it its name.
func (o *outputFile) Commit() error {
	o.ended = true
	if err := o.File.Close(); err != nil {
		os.Remove(o.File.Name())
		return err
	}
	if err := os.Rename(o.File.Name(), o.path); err != nil {
		os.Remove(o.File.Name())
		return err
	}
	return nil
}

// Abort closes and removes the temporary file, unless Commit has ended it.
func (o *outputFile) Abort() {
	if o.ended {
		return
	}
	o.ended = true
	o.File.Close()
	os.Remove(o.File.Name())
}

// outsideStore fails with ErrOutputInStore when path is the folder of an embedded store,
// or inside it, links followed.
func outsideStore(path string, store graph.Options) error {
	if !graph.Embedded(store.Backend) || store.Addr == "" {
		return nil
	}
	db, err := resolve(store.Addr)
	if err != nil {
		return nil // no store there: nothing to protect
	}
	out, err := resolve(path)
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(db, out)
	if err == nil && (rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel))) {
		return fmt.Errorf("%w: %s is in the store folder %s; write it elsewhere", ErrOutputInStore, path, store.Addr)
	}
	return nil
}

// resolve is path absolute with its links followed, as far as it exists.
func resolve(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real, nil
	}
	dir, err := resolve(filepath.Dir(abs))
	if err != nil || filepath.Dir(abs) == abs {
		return abs, nil
	}
	return filepath.Join(dir, filepath.Base(abs)), nil
}
