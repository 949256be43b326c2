//go:build !unix

package loaders

func mkfifo(string) (ok bool, err error) { return false, nil }

func cpuTime() float64 { return 0 }
