package loaders

import (
	"bytes"
	"errors"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestBadInput writes hostile and broken files next to good ones in a temporary
// folder and checks that each gives the promised outcome: no panic, no hang, a clear
// error naming the file, or a sensible load.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(5))
	noise := make([]byte, 8192)
	rng.Read(noise)
	highNoise := make([]byte, 8192) // no NUL bytes, none of it UTF-8
	for i := range highNoise {
		highNoise[i] = 0x80 + byte(rng.Intn(0x40))
	}
	write := func(name string, data []byte) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	deep := "<html><body>" + strings.Repeat("<div>", 20000) + "<p>Deep inside, the minister resigned on Monday.</p>" +
		strings.Repeat("</div>", 20000) + "</body></html>"
	hostile := `<html><head><title>Dam report</title><style>.x{}</style><script>var s = "SECRET-SCRIPT";</script></head>
<body><article><p>Engineers inspected the dam on Monday and found no damage, the authority said.</p>
<iframe src="x">SECRET-IFRAME</iframe><noscript>SECRET-NOSCRIPT</noscript><script>document.write("SECRET-WRITE")</script>
<object data="x">SECRET-OBJECT</object><svg><text>SECRET-SVG</text></svg><!-- SECRET-COMMENT -->
<p>The reservoir stood at 80 percent of capacity.</p></article></body></html>`

	tests := []struct {
		name    string
		file    string
		opt     Options
		wantErr error  // nil: must load
		inBody  string // must appear in the first article's body
		notIn   string // must not appear in any body
	}{
		{name: "good text", file: write("good.txt", []byte("Dam holds after storm\n\nThe dam held, officials said.\n")), inBody: "The dam held"},
		{name: "good markdown", file: write("good.md", []byte("---\ntitle: Dam holds\ndate: 2016-01-02\n---\nThe dam held, officials said.\n")), inBody: "The dam held"},
		{name: "random bytes as text", file: write("noise.txt", noise), wantErr: ErrBinary},
		{name: "random bytes as html", file: write("noise.html", noise), wantErr: ErrBinary},
		{name: "random bytes as json", file: write("noise.json", noise), wantErr: ErrBinary},
		{name: "invalid UTF-8 without NUL", file: write("latin.html", highNoise), wantErr: ErrBinary},
		{name: "empty file", file: write("empty.txt", nil), wantErr: ErrEmpty},
		{name: "white space only", file: write("blank.md", []byte(" \n\t\n")), wantErr: ErrEmpty},
		{name: "invalid UTF-8 repaired", file: write("repair.txt", []byte("Port reopens\n\nThe port reopened on Friday, caf\xe9 owners said.\n")),
			inBody: "caf\uFFFD owners"},
		{name: "deeply nested html", file: write("deep.html", []byte(deep)), inBody: "the minister resigned"},
		{name: "scripts and frames", file: write("hostile.html", []byte(hostile)), inBody: "80 percent", notIn: "SECRET"},
		{name: "truncated json", file: write("cut.json", []byte("{\"title\": \"Dam\",\n \"text\": \"The dam")), wantErr: ErrSyntax},
		{name: "json that is not an article", file: write("number.json", []byte("42")), wantErr: ErrNotArticle},
		{name: "malformed front matter", file: write("badyaml.md", []byte("---\ntitle: [unclosed\n---\nText.\n")), wantErr: ErrSyntax},
		{name: "broken feed", file: write("broken.rss", []byte("<rss><channel><item><title>x</ti")), wantErr: ErrSyntax},
		{name: "unknown extension, text content", file: write("notes.dat", []byte("Bridge reopens\n\nThe bridge reopened.\n")), inBody: "bridge reopened"},
		{name: "unknown extension, binary content", file: write("blob.bin", noise), wantErr: ErrBinary},
		{name: "folder", file: dir, wantErr: ErrNotRegular},
		{name: "device", file: os.DevNull, wantErr: ErrNotRegular},
		{name: "missing", file: filepath.Join(dir, "nope.txt"), wantErr: fs.ErrNotExist},
		{name: "over the limit", file: write("over.txt", bytes.Repeat([]byte("word "), 400)), opt: Options{MaxSize: 1000}, wantErr: ErrTooLarge},
	}
	fifo := filepath.Join(dir, "pipe.txt")
	if ok, err := mkfifo(fifo); err != nil {
		t.Fatal(err)
	} else if ok {
		tests = append(tests, struct {
			name    string
			file    string
			opt     Options
			wantErr error
			inBody  string
			notIn   string
		}{name: "fifo", file: fifo, wantErr: ErrNotRegular})
	}
	reg := Default()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := reg.ReadFile(tc.file, tc.opt)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				var fe *FileError
				if !errors.As(err, &fe) || fe.Path != tc.file || !strings.HasPrefix(err.Error(), tc.file+": ") {
					t.Errorf("error %q does not name the file %s", err, tc.file)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if len(res.Articles) != 1 {
				t.Fatalf("%d articles, want 1", len(res.Articles))
			}
			a := res.Articles[0]
			if a.Title == "" || a.ID == "" {
				t.Errorf("title %q, id %q", a.Title, a.ID)
			}
			if !strings.Contains(a.Body, tc.inBody) {
				t.Errorf("body lacks %q:\n%s", tc.inBody, a.Body)
			}
			if tc.notIn != "" && (strings.Contains(a.Body, tc.notIn) || strings.Contains(a.Title, tc.notIn)) {
				t.Errorf("%q reached the article:\n%s", tc.notIn, a.Body)
			}
		})
	}

	t.Run("unreadable file", func(t *testing.T) {
		p := write("locked.txt", []byte("Locked\n\nText.\n"))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		if f, err := os.Open(p); err == nil {
			f.Close()
			t.Skip("running with privileges that read any file (root); the message format is checked in TestFileError")
		}
		_, err := reg.ReadFile(p, Options{})
		if !errors.Is(err, fs.ErrPermission) || !strings.HasPrefix(err.Error(), p+": ") {
			t.Errorf("err = %v, want a permission error naming %s", err, p)
		}
	})
}

// TestLargeLine reads a 50 MB file that is one line: refused under the default
// limit, and read in memory proportional to it when the limit is raised.
func TestLargeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads 50 MB; skipped in -short mode")
	}
	const size = 50 << 20
	p := filepath.Join(t.TempDir(), "line.txt")
	line := bytes.Repeat([]byte("the flood reached the town hall "), size/32)
	if err := os.WriteFile(p, line, 0o644); err != nil {
		t.Fatal(err)
	}
	line = nil
	reg := Default()
	if _, err := reg.ReadFile(p, Options{}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("default limit: err = %v, want ErrTooLarge", err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	res, err := reg.ReadFile(p, Options{MaxSize: 64 << 20})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 || len(res.Articles[0].Body) < size-64 || len(res.Articles[0].Title) > maxTitle+4 {
		t.Fatalf("got %d articles; want one with the whole text as body and a short title", len(res.Articles))
	}
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("allocated %d MB to read a %d MB line", allocated>>20, size>>20)
	if allocated > 12*size {
		t.Errorf("allocated %d MB to read %d MB: memory is not bounded by the input", allocated>>20, size>>20)
	}
}

// TestFileError checks the message and unwrapping of a FileError.
func TestFileError(t *testing.T) {
	tests := []struct {
		name string
		err  *FileError
		want string
		is   error
	}{
		{"os error says the path once", &FileError{Path: "a/b.txt", Err: &fs.PathError{Op: "open", Path: "a/b.txt", Err: fs.ErrPermission}},
			"a/b.txt: open: permission denied", fs.ErrPermission},
		{"sentinel", &FileError{Path: "x.json", Err: ErrEmpty}, "x.json: empty file", ErrEmpty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.err.Error(); got != tc.want {
				t.Errorf("Error() = %q, want %q", got, tc.want)
			}
			if !errors.Is(tc.err, tc.is) {
				t.Errorf("errors.Is(%v, %v) = false", tc.err, tc.is)
			}
		})
	}
}
