package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// Reads kg makes itself, by quad pattern: on Cayley's kv stores, straight from the index
// whose key starts with the fixed directions (the store's own index layout).

// hasQuad reports whether the store holds q exactly. With all three directions fixed,
// the object-predicate-subject index answers with one prefix lookup however many quads
// the subject or the object has, and the label is compared by its ID: no value of the
// quad is read back.
func (s *Store) hasQuad(q quad.Quad) (bool, error) {
	var want cgraph.Ref
	if q.Label != nil {
		ref, err := s.qs.ValueOf(q.Label)
		if err != nil || ref == nil {
			return false, err
		}
		want = ref
	}
	found := false
	err := s.eachRef(match{quad.Object: q.Object, quad.Predicate: q.Predicate, quad.Subject: q.Subject}, func(r cgraph.Ref) (bool, error) {
		label, err := s.qs.QuadDirection(r, quad.Label)
		if err != nil {
			return false, err
		}
		if want == nil && label != nil {
			// kv stores give no ref for no label; other stores may give one that names nothing.
			v, err := s.qs.NameOf(label)
			if err != nil {
				return false, err
			}
			found = v == nil
		} else {
			found = sameRef(label, want)
		}
		return !found, nil
	})
	return found, err
}

// sameRef reports whether two refs of the store name one value (nil: no value).
func sameRef(a, b cgraph.Ref) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return refs.ToKey(a) == refs.ToKey(b)
}

// match fixes the value of some directions of a quad.
type match map[quad.Direction]quad.Value

// matching returns the quads that m selects.
func (s *Store) matching(m match) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.eachMatch(m, func(q quad.Quad) bool {
		out = append(out, q)
		return true
	})
	return out, err
}

// quadsAbout returns every quad whose subject is v.
func (s *Store) quadsAbout(v quad.Value) ([]quad.Quad, error) {
	return s.matching(match{quad.Subject: v})
}

// subjects returns the subjects of the quads (?, pred, obj).
func (s *Store) subjects(pred, obj quad.Value) ([]quad.Value, error) {
	return s.ends(match{quad.Object: obj, quad.Predicate: pred}, quad.Subject)
}

// objects returns the objects of the quads (subj, pred, ?).
func (s *Store) objects(subj, pred quad.Value) ([]quad.Value, error) {
	return s.ends(match{quad.Subject: subj, quad.Predicate: pred}, quad.Object)
}

// ends returns direction d of each quad m selects, reading that value only.
func (s *Store) ends(m match, d quad.Direction) ([]quad.Value, error) {
	rows, err := s.endsOf(m, d)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Value, len(rows))
	for i, r := range rows {
		out[i] = r[0]
	}
	return out, nil
}

// endsOf returns the values of directions dirs of each quad m selects, in the order
// of the index. It reads the quads' references first, then each value they name once,
// in one batch: a bucket's name quads name few entities many times, and Cayley's kv
// store reads a batch of values with one iterator where it reads a whole quad value by
// value (four reads).
func (s *Store) endsOf(m match, dirs ...quad.Direction) ([][]quad.Value, error) {
	var rows [][]cgraph.Ref
	err := s.eachRef(m, func(r cgraph.Ref) (bool, error) {
		row := make([]cgraph.Ref, len(dirs))
		for i, d := range dirs {
			ref, err := s.qs.QuadDirection(r, d)
			if err != nil {
				return false, err
			}
			row[i] = ref
		}
		rows = append(rows, row)
		return true, nil
	})
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	index := map[any]int{}
	var uniq []cgraph.Ref
	for _, row := range rows {
		for _, ref := range row {
			if ref == nil {
				continue
			}
			if _, ok := index[refs.ToKey(ref)]; !ok {
				index[refs.ToKey(ref)] = len(uniq)
				uniq = append(uniq, ref)
			}
		}
	}
	vals, err := cgraph.ValuesOf(context.Background(), s.qs, uniq)
	if err != nil {
		return nil, err
	}
	out := make([][]quad.Value, len(rows))
	for i, row := range rows {
		out[i] = make([]quad.Value, len(dirs))
		for j, ref := range row {
			if ref != nil {
				out[i][j] = vals[index[refs.ToKey(ref)]]
			}
		}
	}
	return out, nil
}

// eachMatch calls fn with each quad whose directions have the given values, until fn
// returns false.
func (s *Store) eachMatch(m match, fn func(quad.Quad) bool) error {
	return s.eachRef(m, func(r cgraph.Ref) (bool, error) {
		q, err := s.qs.Quad(r)
		if err != nil {
			return false, err
		}
		return fn(q), nil
	})
}

// eachRef calls fn with a reference to each quad whose directions have the given
// values, until fn returns false or an error. On Cayley's kv stores (bolt) it reads one
// prefix of the index that starts with those directions — subject and predicate, or
// object, predicate and subject — so that the cost is the number of quads that match,
// not the number of quads their subject or object has (Cayley's own optimizer does this
// for paths, not for quad filters); a prefix that is a whole key is one point read (see
// eachRefOfEntry). Other stores get the filters as a query.
func (s *Store) eachRef(m match, fn func(cgraph.Ref) (bool, error)) error {
	ctx := context.Background()
	var it iterator.Scanner
	if kq, ok := s.qs.(*ckv.QuadStore); ok {
		fixed := make(map[quad.Direction]uint64, len(m))
		for d, v := range m {
			ref, err := s.qs.ValueOf(v)
			if err != nil {
				return err
			}
			id, ok := ref.(ckv.Int64Value)
			if !ok {
				return nil // a value the store has never seen: no quad has it
			}
			fixed[d] = uint64(id)
		}
		if scan, ok := indexScan(s.kv.indexes, fixed); ok {
			if len(scan.Values) == len(scan.Index.Dirs) {
				return s.eachRefOfEntry(ctx, scan, fn)
			}
			it = scan.BuildIterator(kq).Iterate()
		}
	}
	if it == nil {
		filters := make(shape.Quads, 0, len(m))
		for d, v := range m {
			filters = append(filters, shape.QuadFilter{Dir: d, Values: shape.Lookup{v}})
		}
		it = shape.BuildIterator(ctx, s.qs, filters).Iterate()
	}
	defer it.Close()
	for it.Next(ctx) {
		more, err := fn(it.Result())
		if err != nil {
			return err
		}
		if !more {
			break
		}
	}
	return it.Err()
}

// indexScan picks, of the store's indexes, one whose leading directions are the fixed
// ones, when there is one: its prefix of their values covers every quad that has them.
func indexScan(indexes []ckv.QuadIndex, fixed map[quad.Direction]uint64) (ckv.IndexScan, bool) {
	if len(fixed) == 0 {
		return ckv.IndexScan{}, false
	}
	for _, ind := range indexes {
		var vals []uint64
		for _, d := range ind.Dirs {
			v, ok := fixed[d]
			if !ok {
				break
			}
			vals = append(vals, v)
		}
		if len(vals) == len(fixed) {
			return ckv.IndexScan{Index: ind, Values: vals}, true // a prefix of the index's key
		}
	}
	return ckv.IndexScan{}, false
}
