package loaders

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/factgraph/kg"
)

// Sentinel errors that callers test with errors.Is. ReadFile wraps them in a *FileError.
var (
	// ErrTooLarge: the file is larger than Options.MaxSize.
	ErrTooLarge = errors.New("file too large")
	// ErrUnknownFormat: neither the extension nor the content names a format.
	ErrUnknownFormat = errors.New("unknown format")
	// ErrEmpty: the file holds nothing but white space.
	ErrEmpty = errors.New("empty file")
	// ErrNotRegular: the path is a directory, fifo, socket or device.
	ErrNotRegular = errors.New("not a regular file")
	// ErrBinary: the content is not text (NUL bytes or mostly invalid UTF-8).
	ErrBinary = errors.New("binary content, not text")
	// ErrNotArticle: a record or feed item is not an article (not an object, or no text).
	ErrNotArticle = errors.New("not an article")
	// ErrSyntax: the file (or one record of it) is malformed JSON, YAML, XML or N-Quads.
	ErrSyntax = errors.New("syntax error")
	// ErrLoop: Walk met a symbolic link that leads back into a folder it is already in.
	ErrLoop = errors.New("symbolic link loop")
	// ErrOutside: Walk met a symbolic link that leads out of the folder it is in.
	ErrOutside = errors.New("symbolic link out of the folder")
	// ErrTooDeep: the file nests its structure deeper than kg reads (MaxFeedDepth).
	ErrTooDeep = errors.New("nested too deep")
)

// DefaultMaxSize is the size limit ReadFile applies when Options.MaxSize is 0.
const DefaultMaxSize = 32 << 20

// HeadSize is how much of a file Lookup sniffs.
const HeadSize = 4096

// Result is what one file yields.
type Result struct {
	// Articles are the news reports read, each with ID, Path, Format, Title and Body set,
	// and Published, Publisher and URL where the file says (or the URL implies).
	Articles []kg.Article
	// Quads are the statements of an N-Quads file, as they are.
	Quads []quad.Quad
}

// Loader reads one format.
type Loader interface {
	// Name is the format's name: "text", "markdown", "html", "json", "feed", "nquads".
	Name() string
	// Extensions are the file extensions the loader owns (lower case, with the dot:
	// ".md"); the registry gives it every file that has one.
	Extensions() []string
	// Sniff reports whether a file whose extension no loader owns, and whose content
	// begins with head (up to HeadSize bytes), is in the loader's format.
	Sniff(head []byte) bool
	// Read turns a file's bytes into a Result. path is recorded in Article.Path.
	// A file with several records may yield the good ones together with an error that
	// names the bad ones (see the format's loader).
	Read(path string, data []byte) (Result, error)
}

// Options tune ReadFile.
type Options struct {
	// MaxSize refuses larger files with ErrTooLarge; 0 means DefaultMaxSize.
	MaxSize int64
	// Published is set on articles that carry no date; the zero time leaves them unknown.
	Published time.Time
}

// Registry holds loaders in sniffing order.
type Registry struct {
	loaders []Loader
}

// NewRegistry returns a registry of ls, asked in that order.
func NewRegistry(ls ...Loader) *Registry {
	return &Registry{loaders: append([]Loader(nil), ls...)}
}

// Default returns a registry of all six loaders. This is the one place where they are
// registered; the order is the sniffing order, most specific content first.
func Default() *Registry {
	return NewRegistry(
		MarkdownLoader{},
		FeedLoader{},
		HTMLLoader{},
		JSONLoader{},
		NQuadsLoader{},
		TextLoader{}, // last: it takes any text
	)
}

// Loaders returns the registered loaders in order.
func (r *Registry) Loaders() []Loader { return append([]Loader(nil), r.loaders...) }

// Lookup picks the loader for a file: by its extension first, then by sniffing head.
// It returns ErrUnknownFormat when no loader claims the file.
func (r *Registry) Lookup(path string, head []byte) (Loader, error) {
	if l := r.owner(path); l != nil {
		return l, nil
	}
	if len(head) > HeadSize {
		head = head[:HeadSize]
	}
	for _, l := range r.loaders {
		if l.Sniff(head) {
			return l, nil
		}
	}
	return nil, ErrUnknownFormat
}

// Claims reports whether a loader owns path's extension. cmd/kg may use it to pass
// over files of other kinds met inside folders (a .csv, a .go), which sniffing would
// otherwise read as plain text, while files named on the command line are sniffed.
func (r *Registry) Claims(path string) bool {
	return r.owner(path) != nil || strings.EqualFold(filepath.Ext(path), ".xml") // feeds, sniffed
}

// owner is the loader that owns path's extension, or nil.
func (r *Registry) owner(path string) Loader {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == "" {
		return nil
	}
	for _, l := range r.loaders {
		if slices.Contains(l.Extensions(), ext) {
			return l
		}
	}
	return nil
}

// FileError is an error about one file.
type FileError struct {
	Path string
	Err  error
}

// Error is "<path>: <reason>", the path as Quote writes it.
func (e *FileError) Error() string {
	reason := e.Err.Error()
	var pe *fs.PathError
	if errors.As(e.Err, &pe) && pe.Path == e.Path {
		// os errors repeat the path; say it once.
		reason = pe.Op + ": " + pe.Err.Error()
	}
	return Quote(e.Path) + ": " + reason
}

// Unwrap returns the cause.
func (e *FileError) Unwrap() error { return e.Err }

// ReadFile reads the regular file at path with the loader its extension or content
// names. Every error is a *FileError wrapping ErrNotRegular, ErrTooLarge, ErrEmpty,
// ErrBinary, ErrUnknownFormat, ErrSyntax, ErrNotArticle or an os error (such as
// fs.ErrPermission). For files of several records (JSON Lines, arrays, feeds,
// N-Quads) a Result may come back together with an error: the good records are in it,
// and the error names the bad ones by line or record number. Articles record path as
// StoredPath writes it.
func (r *Registry) ReadFile(path string, opt Options) (Result, error) {
	fail := func(err error) (Result, error) { return Result{}, &FileError{Path: path, Err: err} }
	max := opt.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	// Look before opening: opening a fifo for reading would block.
	fi, err := os.Stat(path)
	if err != nil {
		return fail(err)
	}
	if !fi.Mode().IsRegular() {
		return fail(fmt.Errorf("%w (%s)", ErrNotRegular, modeName(fi.Mode())))
	}
	if fi.Size() > max {
		return fail(fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), max))
	}
	f, err := openRegular(path)
	if err != nil {
		return fail(err)
	}
	data, err := readLimited(f, fi.Size(), max)
	f.Close()
	if err != nil {
		return fail(err)
	}
	return r.readData(path, data, opt)
}

// Read reads one file's worth of bytes from rd (standard input for kg load -), named
// name in errors and in the articles' Path, with the loader its content names: as
// ReadFile does, up to opt.MaxSize bytes.
func (r *Registry) Read(name string, rd io.Reader, opt Options) (Result, error) {
	max := opt.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	data, err := readLimited(rd, 0, max)
	if err != nil {
		return Result{}, &FileError{Path: name, Err: err}
	}
	if len(data) == 0 {
		return Result{}, &FileError{Path: name, Err: ErrEmpty}
	}
	return r.readData(name, data, opt)
}

// readData reads the bytes of the file at path.
func (r *Registry) readData(path string, data []byte, opt Options) (Result, error) {
	fail := func(err error) (Result, error) { return Result{}, &FileError{Path: path, Err: err} }
	data, err := asText(data)
	if err != nil {
		return fail(err)
	}
	l, err := r.Lookup(path, data)
	if err != nil {
		return fail(err)
	}
	res, err := safeRead(l, StoredPath(path), data)
	if !opt.Published.IsZero() {
		for i := range res.Articles {
			if res.Articles[i].Published.IsZero() {
				res.Articles[i].Published = opt.Published
			}
		}
	}
	if err != nil {
		var fe *FileError
		if !errors.As(err, &fe) {
			err = &FileError{Path: path, Err: err}
		}
		return res, err
	}
	return res, nil
}

// readLimited reads all of f, refusing more than max bytes (the file may have grown
// since it was looked at).
func readLimited(f io.Reader, size, max int64) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, size+512))
	n, err := buf.ReadFrom(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if n > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return buf.Bytes(), nil
}

func modeName(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

// asText checks that data is text and returns it as UTF-8: a UTF-8 byte order mark is
// dropped, UTF-16 with a byte order mark is converted, so is a page or feed in the
// charset it declares (ISO-8859-1, Windows-1252…), and invalid UTF-8 sequences in
// otherwise good text become U+FFFD. It returns ErrEmpty for white space only and
// ErrBinary for NUL bytes or content that is mostly not UTF-8.
func asText(data []byte) ([]byte, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		data = fromUTF16(data)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, ErrBinary
	}
	valid := utf8.Valid(data)
	if !valid {
		if conv, ok := fromDeclaredCharset(data); ok {
			data = conv
		}
	}
	if marked := markUTF8(data); len(marked) != len(data) || len(data) > 0 && &marked[0] != &data[0] {
		data, valid = marked, utf8.Valid(marked)
	}
	// Judge a sample: text with a few bad bytes is repaired, noise is refused.
	sample := data
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	if valid && !hasControl(sample) {
		return data, nil // no bad bytes, no control characters: nothing to judge or repair
	}
	bad, total := 0, 0
	for i := 0; i < len(sample); {
		c := sample[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
				bad++ // control characters are as unlikely in text as bad bytes
			}
			total++
			i++
			continue
		}
		r, n := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && n == 1 && !(i+4 > len(sample) && len(sample) < len(data)) {
			bad++
		}
		total++
		i += n
	}
	if bad*10 > total { // more than 10% noise
		return nil, ErrBinary
	}
	if utf8.Valid(data) {
		return data, nil
	}
	return bytes.ToValidUTF8(data, []byte("\uFFFD")), nil
}

// hasControl reports whether valid UTF-8 holds a control character that asText counts as
// noise (in valid UTF-8 every byte under 0x80 is a character of its own).
func hasControl(data []byte) bool {
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			return true
		}
	}
	return false
}

func fromUTF16(data []byte) []byte {
	le := data[0] == 0xff
	data = data[2:]
	out := make([]byte, 0, len(data)+len(data)/2)
	var hi rune
	for i := 0; i+1 < len(data); i += 2 {
		var u rune
		if le {
			u = rune(data[i]) | rune(data[i+1])<<8
		} else {
			u = rune(data[i])<<8 | rune(data[i+1])
		}
		switch {
		case u >= 0xd800 && u < 0xdc00:
			hi = u
			continue
		case u >= 0xdc00 && u < 0xe000 && hi != 0:
			u = (hi-0xd800)<<10 | (u - 0xdc00) + 0x10000
		case u >= 0xdc00 && u < 0xe000:
			u = utf8.RuneError
		}
		hi = 0
		out = utf8.AppendRune(out, u)
	}
	return out
}

// safeRead runs a loader, turning a panic into an error: one bad file must not stop a
// load of thousands.
func safeRead(l Loader, path string, data []byte) (res Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = Result{}, fmt.Errorf("%s loader failed: %v", l.Name(), r)
		}
	}()
	return l.Read(path, data)
}
