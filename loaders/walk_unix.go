//go:build unix

package loaders

import (
	"errors"
	"io/fs"
	"syscall"
)

// fileID identifies a folder across the links that lead to it.
type fileID struct{ dev, ino uint64 }

func idOf(fi fs.FileInfo) (fileID, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true
}

func isLoopErr(err error) bool { return errors.Is(err, syscall.ELOOP) }
