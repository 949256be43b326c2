package graph

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
)

// LockFile is the file in a log-structured store's folder that kg locks (see lockFile).
const LockFile = "kg.lock"

// isPebble reports whether dir holds a Pebble store.
func isPebble(dir string) bool {
	d, err := pebble.Peek(dir, vfs.Default)
	return err == nil && d.Exists
}

// openPebble opens (or creates) the Pebble store in folder o.Addr, with kg's lock on
// it: readers share it, a writer holds it alone (Pebble's own lock is exclusive even
// for a reader, so kg takes the place of it).
func openPebble(o Options) (kv.KV, io.Closer, error) {
	lock, err := lockStore(o, isPebble)
	if err != nil {
		return nil, nil, err
	}
	db, err := pebble.Open(o.Addr, pebbleOptions(o))
	if err != nil {
		lock.Close()
		return nil, nil, fmt.Errorf("open store %s: %w", o.Addr, err)
	}
	sync := pebble.Sync
	if o.NoSync {
		sync = pebble.NoSync
	}
	pkv := &pebbleKV{db: db, sync: sync, readOnly: o.ReadOnly}
	upgraded := flat.Upgrade(pkv)
	pebbleOf.Store(upgraded, pkv) // for the queries' reads of the log (readlog.go)
	return upgraded, lock, nil
}

// lockStore takes kg's lock on the folder of a log-structured store (creating the
// folder for a writer), then checks that a reader finds a store there (holds): a
// writer that has just begun a store holds the lock before its files say what they
// are, and a reader waits for it like any other.
func lockStore(o Options, holds func(dir string) bool) (io.Closer, error) {
	dir := o.Addr
	if err := storeFolder(dir, o.ReadOnly); err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, LockFile)); err != nil && o.ReadOnly && !holds(dir) {
		return nil, notAStore(dir) // no kg store, nor one being made
	}
	lock, err := lockFile(filepath.Join(dir, LockFile), o.ReadOnly, o.LockTimeout)
	if errors.Is(err, ErrInUse) {
		return nil, fmt.Errorf("store %s is in use by another kg process (waited %s): %w", dir, o.LockTimeout, ErrInUse)
	} else if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	if o.ReadOnly && !holds(dir) {
		lock.Close()
		return nil, notAStore(dir)
	}
	return lock, nil
}

// pebbleOptions are Pebble's options for a kg store: bloom filters on every level
// (most of Cayley's reads are point reads of keys that may not exist: a value's ID, a
// node's reference count), the fastest compression, memtables of 32 MB, so that a
// batch of articles rarely waits for a flush, and a block cache that holds a writer's
// filters and index entries (see cacheSize).
func pebbleOptions(o Options) *pebble.Options {
	opts := &pebble.Options{
		FS:           noLockFS{vfs.Default},
		Cleaner:      noRecycle{},
		ReadOnly:     o.ReadOnly,
		MemTableSize: 32 << 20,
		CacheSize:    cacheSize(o),
		Logger:       quietLogger{},
		// A store kg makes is read by this version of Pebble or a later one.
		FormatMajorVersion: pebble.FormatNewest,
	}
	for i := range opts.Levels {
		opts.Levels[i].FilterPolicy = bloom.FilterPolicy(10)
	}
	opts.ApplyCompressionSettings(func() pebble.DBCompressionSettings { return pebble.DBCompressionFastest })
	return opts
}

// cacheSize is the block cache of a Pebble store: a writer reads back most of what it
// holds (the index entries it adds to, the values it meets again), a reader far less.
// On the 2016 corpus (91 MB of tables) a writer's cache of 128 MB loaded as fast as
// one of 256 MB and peaked 20 MB lower; one of 64 MB read its tables from the file
// system again and again (user time +40%, system time ×3). A process that reads once
// (Options.ReadOnce) gets a small cache.
func cacheSize(o Options) int64 {
	switch {
	case !o.ReadOnly:
		return 128 << 20
	case o.ReadOnce:
		return readOnceCache
	}
	return 64 << 20
}

// readOnceCache is the block cache of a process that reads a store once (kg query).
// Each block Pebble reads is memory it allocates (calloc); in a cache that never
// fills, every block is fresh memory the kernel faults in, where a small cache evicts
// blocks and the next ones reuse their memory. On a full-corpus store, 4 MB against
// 64 MB took 15-25% off the CPU time of the --limit 0 queries (sources 2.4 -> 2.0 s,
// event-entities 4.3 -> 2.9 s, timeline 2.6 -> 2.1 s, interleaved, load average ~10)
// and 60 MB off their peak RSS: a query reads most blocks once.
const readOnceCache = 4 << 20

// storeFolder checks the folder of an embedded store: a reader needs one, a writer
// one it can create or that is a folder.
func storeFolder(dir string, readOnly bool) error {
	if dir == "" {
		return errors.New("an embedded store needs a folder (--db PATH)")
	}
	st, err := os.Stat(dir)
	switch {
	case err == nil && !st.IsDir():
		return fmt.Errorf("%s is a file, not a kg store folder: %w", dir, ErrNotAStore)
	case err == nil:
		return nil
	case readOnly:
		return notAStore(dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create store folder: %w", err)
	}
	return nil
}

func notAStore(dir string) error {
	return fmt.Errorf("%s: no kg store here yet (run kg load first): %w", dir, ErrNotAStore)
}

// noLockFS is the file system without Pebble's own lock, which kg takes the place of,
// and whose files take no more room on disk than they hold: Pebble preallocates each
// write-ahead log to 110% of a memtable (35 MB), which a store closed with an empty
// log kept as blocks on disk. Preallocation saves the file system some metadata
// updates per fsync; kg syncs once per batch of articles, so it costs nothing
// measurable.
type noLockFS struct{ vfs.FS }

func (noLockFS) Lock(string) (io.Closer, error) { return io.NopCloser(nil), nil }

func (fs noLockFS) Create(name string, category vfs.DiskWriteCategory) (vfs.File, error) {
	f, err := fs.FS.Create(name, category)
	if err != nil {
		return nil, err
	}
	return noPrealloc{f}, nil
}

func (fs noLockFS) ReuseForWrite(oldname, newname string, category vfs.DiskWriteCategory) (vfs.File, error) {
	f, err := fs.FS.ReuseForWrite(oldname, newname, category)
	if err != nil {
		return nil, err
	}
	return noPrealloc{f}, nil
}

// noPrealloc is a file that allocates its blocks as it is written.
type noPrealloc struct{ vfs.File }

func (noPrealloc) Preallocate(offset, length int64) error { return nil }

// noRecycle deletes Pebble's obsolete files, write-ahead logs included. Pebble's
// default cleaner keeps up to three old logs to write the next ones over (35 MB each,
// 141 MB of a 232 MB store of the 2016 corpus); a cleaner that needs the files' contents
// (which the ArchiveCleaner nested one level deeper says, while the DeleteCleaner
// does the cleaning) turns that recycling off.
type noRecycle struct {
	pebble.DeleteCleaner
	needsContents
}

type needsContents struct{ pebble.ArchiveCleaner }

// quietLogger keeps Pebble's notes ("Found 0 WALs") off kg's output; kg reports errors
// itself.
type quietLogger struct{}

func (quietLogger) Infof(string, ...any)           {}
func (quietLogger) Errorf(string, ...any)          {}
func (quietLogger) Fatalf(format string, a ...any) { panic(fmt.Sprintf(format, a...)) }
