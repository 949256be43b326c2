package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/factgraph/kg/schema"
)

// A name bucket (the people named by one surname, the organizations by one acronym)
// derives something only when one of its reports names an entity by the short name
// alone: its merges (ledger's identities) take such an entity for the one entity other
// reports name in full. Most name buckets hold full names only (on the 2016 corpus,
// 8,710 of 10,103 buckets and four-fifths of their name quads), and there a derivation
// reads the whole bucket — each name quad and the values it names — to derive nothing.
// Three index lookups tell that case apart without reading the bucket (on a SQL store,
// one statement: sqlSide.nothingToDerive).

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
	if s.side != nil {
		return s.side.nothingToDerive(b)
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
// On Cayley's kv stores it reads the index entries of m's prefix and then the quads
// they list one at a time, until one is not deleted (Cayley keeps a deleted quad's ID
// in its index entries and marks the quad in its log, which decodePrim reads in place):
// one index read and one quad read, most of the time, where Cayley's iterator reads a
// hundred quads at once.
func (s *Store) anyQuad(m match) (bool, error) {
	if found, ok, err := s.anyQuadKV(m); ok || err != nil {
		return found, err
	}
	found := false
	err := s.eachRef(m, func(cgraph.Ref) (bool, error) {
		found = true
		return false, nil
	})
	return found, err
}

// anyQuadKV is anyQuad on a kv store with an index for m (ok), else ok is false.
func (s *Store) anyQuadKV(m match) (found, ok bool, err error) {
	if s.kv == nil {
		return false, false, nil
	}
	fixed := make(map[quad.Direction]uint64, len(m))
	for d, v := range m {
		ref, err := s.qs.ValueOf(v)
		if err != nil {
			return false, true, err
		}
		id, isID := ref.(ckv.Int64Value)
		if !isID {
			return false, true, nil // a value the store has never seen: no quad has it
		}
		fixed[d] = uint64(id)
	}
	scan, ok := indexScan(s.kv.indexes, fixed)
	if !ok {
		return false, false, nil
	}
	ctx := context.Background()
	tx, err := s.kv.Tx(ctx, false)
	if err != nil {
		return false, true, err
	}
	defer tx.Close()
	err = s.eachIndexEntry(ctx, tx, scan, func(entry []byte) (bool, error) {
		ids, err := decodeIDs(entry)
		if err != nil {
			return false, fmt.Errorf("read index: %w", err)
		}
		for _, id := range ids {
			raw, err := tx.Get(ctx, logKey(id))
			if errors.Is(err, hkv.ErrNotFound) {
				continue
			} else if err != nil {
				return false, fmt.Errorf("read quad: %w", err)
			}
			prim, err := decodePrim(raw)
			if err != nil {
				return false, fmt.Errorf("read quad: %w", err)
			}
			if !prim.deleted {
				found = true
				return false, nil
			}
		}
		return true, nil
	})
	return found, true, err
}
