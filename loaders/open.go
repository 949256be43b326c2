package loaders

import (
	"fmt"
	"os"
)

// openRegular opens path for reading (see openFlags) and checks again that it is a
// regular file.
func openRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, openFlags, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%w (%s)", ErrNotRegular, modeName(fi.Mode()))
	}
	return f, nil
}
