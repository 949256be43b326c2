package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// kvStore is the key-value store under Cayley's kv quad store, as kg sees it. It
// knows the store's index layout (for kg's direct index reads, see eachRef), and it
// lets kg gather several of Cayley's write transactions into one of the store's
// (begin, commit, abort): while a batch is open, every transaction Cayley begins, for
// reading or writing, joins it, and its Commit and Close leave the batch open. Cayley
// still applies each set of deltas on its own (deletions and additions apart, see
// NOTES.md), but the store commits them all at once or none of them.
type kvStore struct {
	hkv.KV
	closer  io.Closer       // the lock kg holds on the store, when it takes its own
	indexes []ckv.QuadIndex // the store's quad indexes, as its metadata lists them
	batch   hkv.Tx          // the open batch, nil when none is
}

func newKVStore(db hkv.KV, closer io.Closer) *kvStore {
	return &kvStore{KV: db, closer: closer}
}

// Tx begins a transaction of the store, or joins the open batch.
func (k *kvStore) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	if k.batch != nil {
		return joined{k.batch}, nil
	}
	return k.KV.Tx(ctx, rw)
}

func (k *kvStore) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, k, fn)
}

func (k *kvStore) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, k, fn)
}

// Close closes the store, then releases kg's lock on it.
func (k *kvStore) Close() error {
	if k.batch != nil {
		k.abort()
	}
	err := k.KV.Close()
	if k.closer != nil {
		if cerr := k.closer.Close(); err == nil {
			err = cerr
		}
		k.closer = nil
	}
	return err
}

// begin opens a batch: the transactions Cayley begins until commit or abort join it.
func (k *kvStore) begin() error {
	if k.batch != nil {
		return errors.New("a batch is open already")
	}
	tx, err := k.KV.Tx(context.Background(), true)
	if err != nil {
		return err
	}
	k.batch = tx
	return nil
}

// commit writes the open batch, all of it or (on an error) none of it.
func (k *kvStore) commit() error {
	if k.batch == nil {
		return nil
	}
	tx := k.batch
	k.batch = nil
	if err := tx.Commit(context.Background()); err != nil {
		tx.Close()
		return err
	}
	return nil
}

// abort drops the open batch.
func (k *kvStore) abort() {
	if k.batch != nil {
		k.batch.Close()
		k.batch = nil
	}
}

// joined is one of Cayley's transactions inside a batch: the batch commits it.
type joined struct{ hkv.Tx }

func (joined) Commit(context.Context) error { return nil }
func (joined) Close() error                 { return nil }

// metaIndexes is the key under which Cayley's kv store lists its quad indexes.
var metaIndexes = hkv.Key{[]byte("meta"), []byte("indexes")}

// legacyIndexes are the indexes of a kv store that lists none (Cayley before 0.7.6).
var legacyIndexes = []ckv.QuadIndex{
	{Dirs: []quad.Direction{quad.Subject}},
	{Dirs: []quad.Direction{quad.Object}},
}

// readIndexes reads the store's index layout from its metadata, as Cayley does when it
// opens the store.
func (k *kvStore) readIndexes() error {
	return k.View(context.Background(), func(tx hkv.Tx) error {
		data, err := tx.Get(context.Background(), metaIndexes)
		if errors.Is(err, hkv.ErrNotFound) {
			k.indexes = legacyIndexes
			return nil
		} else if err != nil {
			return fmt.Errorf("read the store's indexes: %w", err)
		}
		var list []ckv.QuadIndex
		if err := json.Unmarshal(data, &list); err != nil {
			return fmt.Errorf("read the store's indexes: %w", err)
		}
		if len(list) == 0 {
			list = legacyIndexes
		}
		k.indexes = list
		return nil
	})
}
