//go:build !unix

package loaders

import "os"

// openFlags open a file for reading.
const openFlags = os.O_RDONLY
