package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/factgraph/kg/graph"
)

// openStore opens the store o names as graph.Open does, and says on stderr what a
// newcomer may not expect: that an embedded store was just made in a folder named like a
// backend (--db bolt for --backend bolt). A store in use names the process that holds
// it and says what to do.
func openStore(o graph.Options, stderr io.Writer) (*graph.Store, error) {
	_, statErr := os.Stat(o.Addr)
	embedded := o.Backend != graph.Memstore && o.Backend != graph.Postgres && o.Backend != graph.Cockroach
	likeBackend := embedded && slices.Contains(graph.Backends, filepath.Base(filepath.Clean(o.Addr)))
	s, err := graph.Open(o)
	switch {
	case errors.Is(err, graph.ErrInUse):
		return nil, inUseError(fmt.Sprintf("store %s is in use by %s; wait for it to end, or give another store with --db PATH", o.Addr, storeHolder(o.Addr)))
	case err != nil && likeBackend:
		return nil, fmt.Errorf("%w (--db names the store's folder: did you mean --backend %s?)", err, filepath.Base(o.Addr))
	case err == nil && likeBackend && errors.Is(statErr, os.ErrNotExist):
		fmt.Fprintf(stderr, "kg: made a new store in a folder named %q; --db names the store's folder: did you mean --backend %s?\n", o.Addr, filepath.Base(o.Addr))
	}
	return s, err
}

// storeHolder names the process that holds the embedded store in dir (the lock on
// bolt's file, or kg's lock file of a log-structured store): "another kg
// process: process 1234 (kg load news/)", or "another kg process" alone where the
// system does not say (see holders).
func storeHolder(dir string) string {
	var who []string
	var hs []holder
	for _, f := range []string{"indexes.bolt", graph.LockFile} {
		hs = append(hs, holders(filepath.Join(dir, f))...)
	}
	for _, h := range hs {
		s := fmt.Sprintf("process %d", h.pid)
		if h.command != "" {
			s += " (" + h.command + ")"
		}
		who = append(who, s)
	}
	if len(who) == 0 {
		return "another kg process"
	}
	return "another kg process: " + strings.Join(who, " and ")
}

// inUseError is graph.ErrInUse in words that say who holds the store and what to do.
type inUseError string

func (e inUseError) Error() string { return string(e) }

// Unwrap makes errors.Is(err, graph.ErrInUse) hold.
func (e inUseError) Unwrap() error { return graph.ErrInUse }

// holder is a process that holds a lock on a file.
type holder struct {
	pid     int
	command string // its command line, shortened
}

// warnMemstore is the Before of every command that opens a store: --backend memstore
// keeps the store in the process, which a newcomer may not expect.
func warnMemstore(c *cli.Context) error {
	if c.String("backend") == graph.Memstore {
		fmt.Fprintf(c.App.ErrWriter, "kg: --backend memstore keeps the store in this process's memory: it starts empty and is gone when kg exits\n")
	}
	return nil
}
