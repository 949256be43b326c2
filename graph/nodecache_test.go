package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/cockroachdb/pebble/v2"
	"github.com/hidal-go/hidalgo/kv/flat"
)

// TestNodeCache: a writer's cache of value IDs and reference counts gives what the
// store holds: what a committed transaction wrote, not what one that did not commit
// wrote, absent keys as absent, alone or in a batch read; and two write transactions
// open at once leave it empty.
func TestNodeCache(t *testing.T) {
	db, err := pebble.Open(t.TempDir(), pebbleOptions(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	p := &pebbleKV{db: db, sync: pebble.NoSync}
	defer p.Close()
	ctx := context.Background()
	tx := func() flat.Tx {
		t.Helper()
		x, err := p.Tx(ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	get := func(x flat.Tx, k string) string {
		t.Helper()
		v, err := x.Get(ctx, flat.Key(k))
		if errors.Is(err, flat.ErrNotFound) {
			return "<none>"
		} else if err != nil {
			t.Fatal(err)
		}
		return string(v)
	}
	batch := func(x flat.Tx, keys ...string) []string {
		t.Helper()
		fk := make([]flat.Key, len(keys))
		for i, k := range keys {
			fk[i] = flat.Key(k)
		}
		vs, err := x.GetBatch(ctx, fk)
		if err != nil {
			t.Fatal(err)
		}
		out := make([]string, len(vs))
		for i, v := range vs {
			out[i] = "<none>"
			if v != nil {
				out[i] = string(v)
			}
		}
		return out
	}
	put := func(x flat.Tx, k, v string) {
		t.Helper()
		if err := x.Put(ctx, flat.Key(k), flat.Value(v)); err != nil {
			t.Fatal(err)
		}
	}

	a := tx()
	put(a, "vab/id-1", "1")
	put(a, "nab/id-1", "2")
	put(a, "log/7", "seven")
	if got := get(a, "nxy/none"); got != "<none>" {
		t.Fatalf("absent key: %q", got)
	}
	if err := a.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if len(p.nodes.known) != 3 {
		t.Errorf("the cache knows %d keys after the first commit, want 3 (two written, one absent)", len(p.nodes.known))
	}

	b := tx() // does not commit
	if got := get(b, "vab/id-1"); got != "1" {
		t.Errorf("committed value: %q", got)
	}
	put(b, "vab/id-1", "9")
	put(b, "nxy/none", "5")
	if got := get(b, "vab/id-1"); got != "9" {
		t.Errorf("the transaction's own write: %q", got)
	}
	b.Close()

	c := tx()
	if got := batch(c, "vab/id-1", "nab/id-1", "nxy/none", "log/7", "vzz/never"); got[0] != "1" || got[1] != "2" || got[2] != "<none>" || got[3] != "seven" || got[4] != "<none>" {
		t.Errorf("after a transaction that did not commit: %q", got)
	}
	if err := c.Del(ctx, flat.Key("nab/id-1")); err != nil {
		t.Fatal(err)
	}
	put(c, "nxy/none", "1")
	if err := c.Commit(ctx); err != nil {
		t.Fatal(err)
	}

	d := tx()
	if got := batch(d, "vab/id-1", "nab/id-1", "nxy/none", "log/7"); got[0] != "1" || got[1] != "<none>" || got[2] != "1" {
		t.Errorf("after a deletion and an addition: %q", got)
	}
	e := tx() // a second writer at once: the cache is emptied and not used
	if p.nodes.known != nil || !e.(*pebbleTx).nodes.off {
		t.Errorf("two writers: the cache holds %d keys", len(p.nodes.known))
	}
	e.Close()
	d.Close()

	// What the store holds, read without the cache.
	r, err := p.Tx(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got := batch(r, "vab/id-1", "nab/id-1", "nxy/none", "log/7"); got[0] != "1" || got[1] != "<none>" || got[2] != "1" || got[3] != "seven" {
		t.Errorf("the store: %q", got)
	}
}
