package graph

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// isLevelDB reports whether dir holds a LevelDB store (its CURRENT file names the
// manifest; Pebble writes none).
func isLevelDB(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "CURRENT"))
	return err == nil && !isPebble(dir)
}

// openLevelDB opens (or creates) the LevelDB store (goleveldb, through hidalgo) in
// folder o.Addr, with kg's lock on it as for Pebble. hidalgo writes each transaction
// as a goleveldb Transaction, which writes its own tables.
func openLevelDB(o Options) (hkv.KV, io.Closer, error) {
	lock, err := lockStore(o, isLevelDB)
	if err != nil {
		return nil, nil, err
	}
	dir := o.Addr
	db, err := hleveldb.Open(dir, &opt.Options{
		Filter:             filter.NewBloomFilter(10),
		ReadOnly:           o.ReadOnly,
		NoSync:             o.NoSync,
		WriteBuffer:        32 << 20,
		BlockCacheCapacity: 64 << 20,
	})
	if err != nil {
		lock.Close()
		return nil, nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return flat.Upgrade(db), lock, nil
}
