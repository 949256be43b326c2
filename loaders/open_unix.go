//go:build unix

package loaders

import (
	"os"
	"syscall"
)

// openFlags open a file for reading without blocking: a fifo swapped in after Stat
// would otherwise hang the open.
const openFlags = os.O_RDONLY | syscall.O_NONBLOCK
