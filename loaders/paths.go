package loaders

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A file name is whatever bytes the file system holds: not always UTF-8 (a name
// written on a Latin-1 system), sometimes with a newline or a terminal's escape
// sequence in it. kg stores a path as text, and Cayley's stores refuse a string that is
// not UTF-8 (the whole transaction fails), so an article records its path as
// StoredPath writes it; and kg prints a path as Quote writes it, so that no name can
// break a line of output in two or recolour a terminal.

// StoredPath is path as an article records it: unchanged when it is valid UTF-8, else
// with each byte that is not part of a UTF-8 character written \xNN (caf\xe9.txt).
func StoredPath(path string) string {
	if utf8.ValidString(path) {
		return path
	}
	var b strings.Builder
	for i := 0; i < len(path); {
		r, size := utf8.DecodeRuneInString(path[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(path[i])|0x100, 16)[1:])
		} else {
			b.WriteString(path[i : i+size])
		}
		i += size
	}
	return b.String()
}

// Quote is path as kg prints it: unchanged when it is valid UTF-8 without control or
// other unprintable characters, else in double quotes with Go's escapes
// ("new\nline\x1b[31m.txt", "caf\xe9.txt").
func Quote(path string) string {
	if !utf8.ValidString(path) {
		return strconv.Quote(path)
	}
	for _, r := range path {
		if !unicode.IsPrint(r) && r != ' ' {
			return strconv.Quote(path)
		}
	}
	return path
}
