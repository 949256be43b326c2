package graph

import "github.com/hidal-go/hidalgo/kv/flat"

// nodeCache keeps, in a writer's process, what the Pebble store holds under the keys
// Cayley reads for every node of every quad it writes: a value's ID (bucket "v…",
// keyed by the value's hash) and its reference count ("n…"). A load writes each
// entity, predicate, class and anchor again and again, and each time Cayley looks up
// its ID and count with a point read that seeks the memtables and every level of the
// store; kg is the store's only writer (it holds its lock), so what it read or wrote
// last is what the store holds.
//
// The cache is what committed transactions left: a write transaction reads through it
// and keeps what it reads and writes apart (pending), which joins the cache when the
// transaction commits and is dropped when it does not. A failed commit, or two write
// transactions open at once, empty the cache: it never outlives a failed batch.
type nodeCache struct {
	known   map[nodeKey]nodeValue
	writers int // write transactions open
	gen     int // bumped whenever the cache is emptied
}

// nodeKey is a key of the cache, its bytes and their length in the last byte; a
// nodeValue a value: at most 10 bytes (Cayley writes both as varints), and whether the
// store has one. Neither holds a pointer: the collector does not walk the cache.
type (
	nodeKey   [48]byte
	nodeValue struct {
		n int8 // the length of b; absent for none, unknown for what the cache does not keep
		b [10]byte
	}
)

const (
	absent  = -1
	unknown = -2
)

// maxNodeCache bounds the cache (some 60 bytes an entry: about 60 MB at most). A full
// load of the 2016 corpus writes about 780,000 quads over some 300,000 values.
const maxNodeCache = 1 << 20

// keyOfNode is the cache's key for k, and false for a key the cache does not keep:
// only a value's ID or a node's reference count (Cayley's kv buckets "v" and "n" with
// the first two bytes of the value's hash; no other bucket's name starts with either
// letter).
func keyOfNode(k flat.Key) (nodeKey, bool) {
	var nk nodeKey
	if len(k) == 0 || (k[0] != 'v' && k[0] != 'n') || len(k) >= len(nk) {
		return nk, false
	}
	copy(nk[:], k)
	nk[len(nk)-1] = byte(len(k))
	return nk, true
}

func valueOfNode(v flat.Value) nodeValue {
	var nv nodeValue
	switch {
	case v == nil:
		nv.n = absent
	case len(v) > len(nv.b):
		nv.n = unknown
	default:
		nv.n = int8(copy(nv.b[:], v))
	}
	return nv
}

func (c *nodeCache) reset() {
	c.known = nil
	c.gen++
}

// txCache is a write transaction's view of the cache.
type txCache struct {
	c       *nodeCache
	gen     int
	pending map[nodeKey]nodeValue
	off     bool // another write transaction was open: read the store
}

// begin starts a write transaction's view.
func (c *nodeCache) begin() *txCache {
	c.writers++
	if c.writers > 1 {
		c.reset()
		return &txCache{c: c, off: true}
	}
	return &txCache{c: c, gen: c.gen, pending: map[nodeKey]nodeValue{}}
}

// (A read transaction has no view: nil, which reads the store.)

// get is the value of k as the transaction sees it (nil: the store has none), and
// whether the cache knows it.
func (t *txCache) get(k flat.Key) (flat.Value, bool) {
	if t == nil || t.off {
		return nil, false
	}
	nk, ok := keyOfNode(k)
	if !ok {
		return nil, false
	}
	v, ok := t.pending[nk]
	if !ok && t.gen == t.c.gen {
		v, ok = t.c.known[nk]
	}
	switch {
	case !ok || v.n == unknown:
		return nil, false
	case v.n == absent:
		return nil, true
	}
	return append(flat.Value{}, v.b[:v.n]...), true
}

// note records that the transaction read or wrote v (nil: absent) under k.
func (t *txCache) note(k flat.Key, v flat.Value) {
	if t == nil || t.off {
		return
	}
	if nk, ok := keyOfNode(k); ok {
		t.pending[nk] = valueOfNode(v)
	}
}

// end closes the view: what the transaction saw joins the cache when it committed,
// and the cache is emptied when its commit failed.
func (t *txCache) end(committed bool, err error) {
	if t == nil {
		return
	}
	c := t.c
	c.writers--
	switch {
	case t.off:
	case err != nil:
		c.reset()
	case committed && t.gen == c.gen:
		if c.known == nil || len(c.known)+len(t.pending) > maxNodeCache {
			c.known = make(map[nodeKey]nodeValue, len(t.pending))
		}
		for k, v := range t.pending {
			if v.n == unknown {
				delete(c.known, k)
			} else {
				c.known[k] = v
			}
		}
	}
	t.pending = nil
}
