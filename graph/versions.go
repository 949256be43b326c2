package graph

import (
	"fmt"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// Versions of one article: AddArticle keeps the newer of two articles with one URL
// or path (see newerStored), whatever the order they arrive in.

// newerCopyStored reports whether the stored copy of a's text (an article with a's ID)
// is to be kept rather than a. Copies from the same file are the same article: the stored
// one stays. Of two copies from different files (one text under two URLs or paths, an
// outlet's story in two of its feeds), the one published first is kept: the text said
// what it says from then on. At the same time the one whose path sorts first is kept, so
// that the store holds the same copy whatever the order the two are loaded in. (A
// changed text is another article; of two versions of one URL the newer is kept, see
// newerStored.)
func (s *Store) newerCopyStored(a *kg.Article) (bool, error) {
	if s.staged[a.ID] {
		// The stored copy is still in the batch: write it, to read it back.
		if err := s.commit(); err != nil {
			return false, err
		}
	}
	theirs, path, err := s.versionOf(schema.ArticleIRI(a.ID))
	if err != nil {
		return false, fmt.Errorf("look up article %s: %w", a.ID, err)
	}
	mine := a.Published.UTC().Truncate(time.Second)
	switch {
	case path == a.Path:
		return !s.opt.Reread, nil // the same file again: kept, unless read again (Options.Reread)
	case theirs.IsZero() != mine.IsZero():
		return !theirs.IsZero(), nil // a dated copy before an undated one
	case theirs.Equal(mine):
		return path < a.Path, nil
	}
	return theirs.Before(mine), nil
}

// newerStored reports whether one of olds, stored articles with a's URL or path, is a
// newer version than a. A version from the same file (an edited file loaded again) is
// never newer: the last load of a file wins. Of two files with one URL, the one
// published later is newer, and at the same time (or neither dated) the one whose ID
// sorts last; a dated version is newer than an undated one. Two such versions thus
// always compare the same way, whatever the order they are loaded in.
func (s *Store) newerStored(a *kg.Article, olds []quad.IRI) (bool, error) {
	mine := a.Published.UTC().Truncate(time.Second)
	for _, old := range olds {
		id := schema.ArticleIDOf(old)
		if s.dropped[id] {
			continue
		}
		theirs, path, err := s.versionOf(old)
		if err != nil {
			return false, fmt.Errorf("look up article %s: %w", schema.Short(string(old)), err)
		}
		switch {
		case a.Path != "" && path == a.Path:
		case theirs.After(mine):
			return true, nil
		case theirs.Equal(mine) && id > a.ID:
			return true, nil
		}
	}
	return false, nil
}

// versionOf reads a stored article's publication time (zero when it has none) and the
// path it was loaded from.
func (s *Store) versionOf(art quad.IRI) (published time.Time, path string, err error) {
	vals, err := s.objects(art, schema.DatePublished)
	if err != nil {
		return published, "", err
	}
	for _, v := range vals {
		if t, ok := v.Native().(time.Time); ok && t.After(published) {
			published = t.UTC()
		}
	}
	paths, err := s.objects(art, schema.Path)
	if err != nil {
		return published, "", err
	}
	for _, v := range paths {
		if str, ok := v.Native().(string); ok {
			path = str
		}
	}
	return published, path, nil
}
