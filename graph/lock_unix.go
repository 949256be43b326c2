//go:build unix

package graph

import (
	"errors"
	"fmt"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// lockFile takes a lock on the file at path, creating it when missing: shared for a
// reader, exclusive for a writer, as bolt does, so that several kg processes may read a
// store while no one writes it, and one writes it alone. It waits up to timeout for a
// process that holds it, then fails with ErrInUse. The lock is flock(2)'s, held by the
// open file: it ends when the file is closed or the process ends, however it ends.
func lockFile(path string, readOnly bool, timeout time.Duration) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if errors.Is(err, os.ErrPermission) && readOnly {
		f, err = os.Open(path) // a store someone else may read, in a folder they own
	}
	if err != nil {
		return nil, fmt.Errorf("lock file: %w", err)
	}
	how := unix.LOCK_EX
	if readOnly {
		how = unix.LOCK_SH
	}
	deadline := time.Now().Add(timeout)
	for {
		err := unix.Flock(int(f.Fd()), how|unix.LOCK_NB)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, unix.EWOULDBLOCK) && !errors.Is(err, unix.EINTR) {
			f.Close()
			return nil, fmt.Errorf("lock file: %w", err)
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, ErrInUse
		}
		time.Sleep(50 * time.Millisecond)
	}
}
