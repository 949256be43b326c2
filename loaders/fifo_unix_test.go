//go:build unix

package loaders

import "syscall"

// mkfifo makes a named pipe; ok is false where the system has none.
func mkfifo(path string) (ok bool, err error) { return true, syscall.Mkfifo(path, 0o644) }

// cpuTime is the CPU time the process has used (user and system), or 0 where unknown.
func cpuTime() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
