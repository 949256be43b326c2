//go:build !unix

package graph

import (
	"fmt"
	"os"
	"time"
)

// lockFile opens the lock file; systems other than Unix get no lock between processes
// for log-structured stores (Pebble's own lock is not implemented there either).
func lockFile(path string, readOnly bool, timeout time.Duration) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock file: %w", err)
	}
	return f, nil
}
