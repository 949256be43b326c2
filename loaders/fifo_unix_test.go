//go:build unix

package loaders

import "syscall"

// mkfifo makes a named pipe; ok is false where the system has none.
func mkfifo(path string) (ok bool, err error) { return true, syscall.Mkfifo(path, 0o644) }
