package graph

import (
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg/schema"
)

// A name bucket (the people named by one surname, the organizations by one acronym)
// derives something only when one of its reports names an entity by the short name
// alone: its merges (ledger's identities) take such an entity for the one entity other
// reports name in full. Most name buckets hold full names only (on the 2016 corpus,
// 8,710 of 10,103 buckets and four-fifths of their name quads), and there a derivation
// reads the whole bucket — each name quad and the values it names — to derive nothing.
// Three index lookups tell that case apart without reading the bucket.

// nothingToDerive reports whether the name bucket b, as the store holds it now (the
// open batch's writes included), derives nothing and has nothing derived stored: it
// names no entity by the short name alone, holds no merges, and still names some
// entity in full (a bucket that names none has lost its last report, and its class
// quad goes: the full derivation does that). A bucket the writer holds in its cache is
// derived from the cache, which reads nothing; so is one in recovery, which the full
// derivation checks against the store.
func (s *Store) nothingToDerive(b quad.IRI, recovery bool) (bool, error) {
	if recovery || !isNameBucket(b) {
		return false, nil
	}
	if _, ok := s.buckets.by[b]; ok {
		return false, nil
	}
	for _, c := range []struct {
		m    match
		want bool
	}{
		{match{quad.Object: b, quad.Predicate: schema.ShortNameIn}, false},
		{match{quad.Subject: b, quad.Predicate: schema.IdentityRows.Predicate}, false},
		{match{quad.Object: b, quad.Predicate: schema.FullNameIn}, true},
	} {
		has, err := s.anyQuad(c.m)
		if err != nil || has != c.want {
			return false, err
		}
	}
	return true, nil
}

// isNameBucket reports whether b is the bucket of a surname or an acronym (see
// schema.SurnameBucket, schema.AcronymBucket): reports meet there by the entities they
// name, never by mention rows.
func isNameBucket(b quad.IRI) bool {
	rest, ok := strings.CutPrefix(string(b), schema.NS+schema.KindBucket+"/")
	return ok && (strings.HasPrefix(rest, "surname/") || strings.HasPrefix(rest, "acronym/"))
}

// anyQuad reports whether the store holds a quad that m selects, reading no value.
func (s *Store) anyQuad(m match) (bool, error) {
	found := false
	err := s.eachRef(m, func(cgraph.Ref) (bool, error) {
		found = true
		return false, nil
	})
	return found, err
}
