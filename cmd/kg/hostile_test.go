//go:build linux

package main

// Hostile input, end to end: a folder of broken, binary, huge, looping and unreadable
// files beside good ones is loaded by kg in a child process (see TestMain), which must
// name every bad file on stderr with its reason, load the good ones, exit with status
// 1, and neither panic, hang nor use more than 1 GB of memory.

import (
	"bytes"
	"errors"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// memoryLimit is the most memory (peak resident set) a load of hostile files may use.
const memoryLimit = 1 << 30

// maxRSS is the peak resident set of an ended child process, in bytes.
func maxRSS(t *testing.T, ps *os.ProcessState) int64 {
	t.Helper()
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		t.Fatal("no resource usage for the child process")
	}
	return ru.Maxrss * 1024 // kilobytes on Linux
}

// hostileFile is one file of the hostile folder and what kg must make of it.
type hostileFile struct {
	name   string
	make   func(t *testing.T, path string)
	reason string // a bad file: stderr names it with this; "" for a file that loads
	loads  int    // articles it holds, for a file that loads (whole or in part)
}

func writeFile(data []byte) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		t.Helper()
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func symlink(target string) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		t.Helper()
		if err := os.Symlink(target, path); err != nil {
			t.Fatal(err)
		}
	}
}

// bigLineSize is the size of the one-line file: over the default limit of 32 MiB.
const bigLineSize = 50 << 20

func writeBigLine(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	words := bytes.Repeat([]byte("the flood reached the town hall "), 1<<15) // 1 MiB
	for i := 0; i < bigLineSize/len(words); i++ {
		if _, err := f.Write(words); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// hostileFiles is the hostile folder: good files in every format, and bad ones.
func hostileFiles(t *testing.T) []hostileFile {
	t.Helper()
	rng := rand.New(rand.NewSource(42))
	noise := make([]byte, 64<<10)
	rng.Read(noise)
	highNoise := make([]byte, 16<<10) // no NUL byte, and none of it UTF-8
	for i := range highNoise {
		highNoise[i] = 0x80 + byte(rng.Intn(0x40))
	}
	desk, err := os.ReadFile(filepath.Join(examples, "desk-note.txt"))
	if err != nil {
		t.Fatal(err)
	}
	report := inventReport(1, 0)
	deep := "<html><head><title>Minister resigns</title></head><body>" + strings.Repeat("<div>", 20000) +
		"<p>Deep inside the page, the minister resigned on Monday, his office said.</p>" +
		strings.Repeat("</div>", 20000) + "</body></html>"
	scripts := `<html><head><title>Dam holds after storm</title><style>.x{}</style>
<script>var s = "SECRET-SCRIPT"; while (true) {}</script></head>
<body><article><h1>Dam holds after storm</h1>
<p>Engineers inspected the dam near Valparaiso on Monday and found no damage, the water authority said.</p>
<iframe src="https://evil.example.com/">SECRET-IFRAME</iframe><noscript>SECRET-NOSCRIPT</noscript>
<script>document.write("SECRET-WRITE")</script><object data="x">SECRET-OBJECT</object>
<p>The reservoir stood at 80 percent of capacity, officials said.</p></article></body></html>`
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbor Wire</title><link>https://harborwire.example.org/</link>
<item><title>Ferry sinks off Cebu, 12 missing</title><link>https://harborwire.example.org/ferry</link>
<pubDate>Tue, 03 Jun 2031 10:00:00 +0000</pubDate>
<description><![CDATA[<p>A ferry sank off Cebu on Tuesday and 12 people are missing, the coast guard said.</p>]]></description></item>
<item><title>Cebu ferry: 4 rescued</title><link>https://harborwire.example.org/ferry-rescued</link>
<pubDate>Wed, 04 Jun 2031 10:00:00 +0000</pubDate>
<description><![CDATA[<p>Four people were rescued from the ferry that sank off Cebu on Tuesday, the coast guard said.</p>]]></description></item>
</channel></rss>`
	atom := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coastal Times</title><id>urn:coastal</id><updated>2031-06-04T10:00:00Z</updated>
<entry><title>Landslide near Quito buries road</title><id>urn:coastal:1</id><link href="https://coastaltimes.example.com/quito-landslide"/>
<updated>2031-06-04T10:00:00Z</updated>
<content type="html">&lt;p&gt;A landslide buried a road near Quito on Wednesday, and 3 people were killed, police said.&lt;/p&gt;</content></entry>
</feed>`
	jsonl := `{"title": "Quake near Izmir kills at least 4", "published": "2031-05-10T09:30:00Z", "url": "https://gazette.example.com/a", "publisher": "Northfield Gazette", "text": "At least four people were killed when an earthquake struck near Izmir on Saturday, AFAD said."}
{"title": "Izmir begins to rebuild", "published": "2031-05-11T12:00:00Z", "url": "https://gazette.example.com/b", "publisher": "Northfield Gazette", "text": "Crews began clearing rubble on Sunday, a day after the earthquake that killed 13 people, AFAD said."}
`
	mixed := `{"title": "Bridge reopens in Naples", "published": "2031-06-01T08:00:00Z", "text": "The bridge reopened on Monday, the city said."}
{"title": "cut off", "text": "The rest of this line never
{"title": "Port reopens in Naples", "published": "2031-06-02T08:00:00Z", "text": "The port reopened on Tuesday, the harbour master said."}
`
	return []hostileFile{
		{name: "good-desk-note.txt", make: writeFile(desk), loads: 1},
		{name: "good-report.md", make: writeFile([]byte(report.text)), loads: 1},
		{name: "good-front-matter.md", make: writeFile([]byte("---\ntitle: \"Storm closes port\"\ndate: 2031-06-02\npublisher: Coastal Times\ntags: [storm, port]\n---\n# Storm closes port\n\nThe port of **Naples** closed on Monday as a storm passed, the harbour master said.\n")), loads: 1},
		{name: "good-articles.jsonl", make: writeFile([]byte(jsonl)), loads: 2},
		{name: "good-wire.rss", make: writeFile([]byte(rss)), loads: 2},
		{name: "good-coastal.atom", make: writeFile([]byte(atom)), loads: 1},
		{name: "scripts-and-iframes.html", make: writeFile([]byte(scripts)), loads: 1},
		{name: "nested-20000-deep.html", make: writeFile([]byte(deep)), loads: 1},
		{name: "invalid-utf8-in-text.txt", make: writeFile([]byte("Port reopens\n\nThe port reopened on Friday, caf\xe9 owners said, and \xff\xfe ships came in.\n")), loads: 1},
		{name: "mixed-lines.jsonl", make: writeFile([]byte(mixed)), reason: "line 2", loads: 2},
		{name: "random-bytes.txt", make: writeFile(noise), reason: "binary content"},
		{name: "random-bytes.html", make: writeFile(noise), reason: "binary content"},
		{name: "random-bytes.json", make: writeFile(noise), reason: "binary content"},
		{name: "invalid-utf8.html", make: writeFile(highNoise), reason: "binary content"},
		{name: "empty.txt", make: writeFile(nil), reason: "empty file"},
		{name: "one-line-50MB.txt", make: writeBigLine, reason: "file too large"},
		{name: "truncated.json", make: writeFile([]byte(`{"title": "Quake kills 4", "text": "At least four people were killed`)), reason: "syntax error"},
		{name: "malformed.json", make: writeFile([]byte(`{"title": "Quake", "text": ]`)), reason: "syntax error"},
		{name: "not-an-article.json", make: writeFile([]byte(`[1, 2, 3]`)), reason: "not an article"},
		{name: "unclosed-front-matter.md", make: writeFile([]byte("---\ntitle: [unclosed\ndate: 2031-06-02\n---\nText.\n")), reason: "syntax error"},
		{name: "broken.rss", make: writeFile([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</ti`)), reason: "syntax error"},
		{name: "pipe.txt", make: func(t *testing.T, p string) {
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Fatal(err)
			}
		}, reason: "not a regular file"},
		{name: "loop-a.txt", make: symlink("loop-b.txt"), reason: "symbolic link loop"},
		{name: "loop-b.txt", make: symlink("loop-a.txt"), reason: "symbolic link loop"},
		{name: "back-up", make: symlink("."), reason: "symbolic link loop"}, // a folder that leads back into itself
		{name: "nested-2.5M-deep.rss", make: writeDeepFeed, reason: "nested too deep"},
	}
}

// writeDeepFeed writes an RSS feed whose item holds 2.5 million nested extension
// elements: gofeed reads them recursively, and overflowed the stack (which ended the
// whole load, no line naming the file).
func writeDeepFeed(t *testing.T, path string) {
	t.Helper()
	const n = 2500000
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:x="urn:x"><channel><title>Deep</title>` +
		`<item><title>Deep item</title><description>The dam held on Monday, officials said.</description>`)
	b.Write(bytes.Repeat([]byte("<x:a>"), n))
	b.Write(bytes.Repeat([]byte("</x:a>"), n))
	b.WriteString(`</item></channel></rss>`)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHostileInput loads the hostile folder and a path that does not exist.
func TestHostileInput(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "news")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files := hostileFiles(t)
	want := 0
	for _, f := range files {
		f.make(t, filepath.Join(dir, f.name))
		want += f.loads
	}
	missing := filepath.Join(t.TempDir(), "no-such-folder")
	db := filepath.Join(t.TempDir(), "kg.db")

	p := startKG(t, "load", "--db", db, "--no-progress", dir, missing)
	code := p.wait(2 * time.Minute)
	stderr := p.stderr.String()
	t.Logf("exit %d, peak RSS %d MB, %v\nstdout: %s\nstderr:\n%s", code, maxRSS(t, p.cmd.ProcessState)>>20,
		time.Since(p.start).Round(time.Millisecond), p.stdout.String(), stderr)

	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if rss := maxRSS(t, p.cmd.ProcessState); rss > memoryLimit {
		t.Errorf("peak RSS %d MB, want under %d MB", rss>>20, memoryLimit>>20)
	}
	for _, crash := range []string{"panic", "goroutine ", "internal error"} {
		if strings.Contains(stderr, crash) {
			t.Errorf("stderr shows a crash (%q)", crash)
		}
	}
	lines := strings.Split(stderr, "\n")
	named := func(path, reason string) bool {
		for _, l := range lines {
			if strings.Contains(l, path+":") && strings.Contains(l, reason) {
				return true
			}
		}
		return false
	}
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if f.reason != "" && !named(path, f.reason) {
			t.Errorf("%s: stderr has no line naming it with %q", f.name, f.reason)
		}
		if f.reason == "" && strings.Contains(stderr, path) {
			t.Errorf("%s: a good file was named on stderr", f.name)
		}
	}
	if !named(missing, "no such file") {
		t.Errorf("the missing path is not named on stderr with %q", "no such file")
	}

	// The good files, and the good records of the mixed one, are in the store.
	st := stateOf(t, db)
	if st.stats.Articles != want {
		t.Errorf("store holds %d articles, want %d", st.stats.Articles, want)
	}
	for _, f := range files {
		// (Records of a feed or JSON Lines file have their own paths: FILE#N.)
		if f.loads > 0 && !strings.Contains(st.export, `<https://factgraph.org/kg/path> "`+filepath.Join(dir, f.name)) {
			t.Errorf("%s: no article read from it is in the store", f.name)
		}
	}
	if strings.Contains(st.export, "SECRET") || strings.Contains(st.export, "evil.example.com") {
		t.Error("text of a script, frame or object reached the store")
	}
	for _, headline := range []string{"Dam holds after storm", "Minister resigns"} {
		if !strings.Contains(st.export, `<http://schema.org/headline> "`+headline+`"`) {
			t.Errorf("no article headlined %q (the page with scripts, or the one nested 20,000 deep)", headline)
		}
	}
}

// TestMaxSize loads the 50 MB one-line file: refused by default and named, loaded when
// --max-size allows it, in bounded memory either way.
func TestMaxSize(t *testing.T) {
	if testing.Short() {
		t.Skip("reads and extracts a 50 MB line (several seconds); skipped in -short mode")
	}
	dir := t.TempDir()
	big := filepath.Join(dir, "one-line-50MB.txt")
	writeBigLine(t, big)
	db := filepath.Join(t.TempDir(), "kg.db")

	p := startKG(t, "load", "--db", db, "--no-progress", big)
	if code := p.wait(time.Minute); code != 1 || !strings.Contains(p.stderr.String(), big+": file too large") {
		t.Errorf("default limit: exit %d, stderr %q; want 1 and the file named as too large", code, p.stderr.String())
	}
	if rss := maxRSS(t, p.cmd.ProcessState); rss > 200<<20 {
		t.Errorf("refusing the file took %d MB: it was read", rss>>20)
	}

	p = startKG(t, "load", "--db", db, "--no-progress", "--max-size", "60000000", big)
	code := p.wait(hangLimit)
	rss := maxRSS(t, p.cmd.ProcessState)
	t.Logf("--max-size 60000000: exit %d in %v, peak RSS %d MB\n%s%s", code, time.Since(p.start).Round(time.Millisecond),
		rss>>20, p.stdout.String(), p.stderr.String())
	switch {
	case code == 0:
		if st := statsOf(t, db); st.Articles != 1 {
			t.Errorf("loaded, but the store holds %d articles", st.Articles)
		}
	case code == 1 && strings.Contains(p.stderr.String(), big+": "):
		// failed cleanly, naming the file
	default:
		t.Errorf("--max-size 60000000: exit %d, stderr %q: neither loaded nor failed naming the file", code, tail(p.stderr.String()))
	}
	if strings.Contains(p.stderr.String(), "panic") || strings.Contains(p.stderr.String(), "goroutine ") {
		t.Error("stderr shows a crash")
	}
	if rss > memoryLimit {
		t.Errorf("peak RSS %d MB for a 50 MB file, want under %d MB", rss>>20, memoryLimit>>20)
	}
}

// TestUnreadableFile loads a file kg may not read beside a good one. Root reads every
// file whatever its mode, so as root the load runs as nobody (uid 65534) from a copy of
// the test binary that nobody may run.
func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{filepath.Dir(dir), dir} { // nobody must reach the binary and the files
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	news := filepath.Join(dir, "news")
	if err := os.Mkdir(news, 0o755); err != nil {
		t.Fatal(err)
	}
	desk, err := os.ReadFile(filepath.Join(examples, "desk-note.txt"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(desk)(t, filepath.Join(news, "good.txt"))
	locked := filepath.Join(news, "locked.txt")
	writeFile([]byte("Locked\n\nThe dam held, officials said.\n"))(t, locked)
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	store := filepath.Join(dir, "store")
	if err := os.Mkdir(store, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(store, 0o777); err != nil { // whatever the umask
		t.Fatal(err)
	}
	db := filepath.Join(store, "kg.db")

	cmd := kgCommand(t, "load", "--db", db, "--no-progress", news)
	if os.Geteuid() == 0 {
		self, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		bin := filepath.Join(dir, "kg.test")
		copyFile(t, self, bin, 0o755)
		cmd.Path = bin
		cmd.Args[0] = bin
		cmd.Dir = dir
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		if os.Geteuid() == 0 {
			t.Skipf("running as root, and kg cannot be run as nobody here (%v): root reads every file, so this case cannot be made", err)
		}
		t.Fatal(err)
	}
	if cmd.ProcessState.ExitCode() != 1 || !strings.Contains(errb.String(), locked+": open: permission denied") {
		t.Errorf("exit %d, stderr %q: want 1 and %s named with permission denied", cmd.ProcessState.ExitCode(), errb.String(), locked)
	}
	if !strings.Contains(out.String(), "loaded 1 article ") {
		t.Errorf("the good file beside it did not load:\n%s", out.String())
	}
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, mode)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestFileNames loads files whose names are not UTF-8 or hold a newline and a
// terminal's escape sequence: every article loads (a name that is not UTF-8 failed the
// store's whole transaction), paths are stored escaped, and stderr prints names
// quoted, never raw.
func TestFileNames(t *testing.T) {
	dir := t.TempDir()
	names := []string{"caf\xe9-report.txt", "new\nline\x1b[31mred.txt", "plain.txt"}
	for i, n := range names {
		report := inventReport(100+i, 0)
		writeFile([]byte(report.text))(t, filepath.Join(dir, n))
	}
	bad := filepath.Join(dir, "broken\x1b[2J\r.json")
	writeFile([]byte(`{"title": "cut`))(t, bad)
	db := filepath.Join(t.TempDir(), "kg.db")
	code, out, stderr := runKG(t, "load", "--db", db, "--no-progress", dir)
	if code != 1 || !strings.Contains(out, "loaded 3 articles") {
		t.Errorf("exit %d, stdout %q, stderr %q: want 1 (the broken file) and 3 articles", code, out, stderr)
	}
	if want := strconv.Quote(bad) + ": "; !strings.Contains(stderr, want) {
		t.Errorf("stderr %q does not name the broken file quoted, %s", stderr, want)
	}
	if strings.ContainsAny(stderr, "\x1b\r") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr holds a raw escape, carriage return or newline: %q", stderr)
	}
	export := mustKG(t, "export", "--db", db)
	// N-Quads escapes the backslash of \xe9 and the newline of the other name.
	for _, want := range []string{`caf\\xe9-report.txt"`, `new\nline`} {
		if !strings.Contains(export, want) {
			t.Errorf("the store holds no path with %s", want)
		}
	}
}

// TestLinksOutOfFolder: a symbolic link in a loaded folder that leads out of it is
// named and not read (a folder of downloads may hold a link to /etc/passwd), unless
// --follow-links; links inside the folder are read.
func TestLinksOutOfFolder(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.txt")
	writeFile([]byte("SECRET-MEMO signed\n\nThe memo was signed on Monday, officials said.\n"))(t, secret)
	dir := filepath.Join(t.TempDir(), "news")
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile([]byte(inventReport(7, 0).text))(t, filepath.Join(dir, "report.md"))
	symlink(secret)(t, filepath.Join(dir, "to-secret.txt"))
	symlink(outside)(t, filepath.Join(dir, "to-outside"))
	symlink("../report.md")(t, filepath.Join(dir, "sub", "inside.md"))

	db := filepath.Join(t.TempDir(), "kg.db")
	code, out, stderr := runKG(t, "load", "--db", db, "--no-progress", dir)
	for _, l := range []string{"to-secret.txt", "to-outside"} {
		if !strings.Contains(stderr, filepath.Join(dir, l)+": symbolic link out of the folder") || !strings.Contains(stderr, "--follow-links") {
			t.Errorf("stderr does not name %s as a link out of the folder: %q", l, stderr)
		}
	}
	if code != 1 || strings.Contains(mustKG(t, "export", "--db", db), "SECRET-MEMO") {
		t.Errorf("exit %d, stdout %q: want 1, and nothing read from outside the folder", code, out)
	}
	if strings.Contains(stderr, "inside.md") {
		t.Errorf("a link inside the folder was refused: %q", stderr)
	}

	db2 := filepath.Join(t.TempDir(), "kg.db")
	mustKG(t, "load", "--db", db2, "--no-progress", "--follow-links", dir)
	if !strings.Contains(mustKG(t, "export", "--db", db2), "SECRET-MEMO") {
		t.Error("--follow-links did not read the file the link leads to")
	}
}

// TestOutputInsideStore: kg export --out and kg report --out refuse a file inside the
// store (one written over the store's bolt file destroyed it, and the next kg that
// opened the store crashed: the attempts and the check run as child processes), and
// leave no temporary file behind when they write one elsewhere.
func TestOutputInsideStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	mustKG(t, "load", "--db", db, "--no-progress", examples)
	childStats := func() string {
		t.Helper()
		p := startKG(t, "stats", "--db", db, "--json")
		if code := p.wait(time.Minute); code != 0 {
			t.Fatalf("kg stats: exit %d: %s", code, tail(p.stderr.String()))
		}
		return p.stdout.String()
	}
	before := childStats()
	for _, args := range [][]string{
		{"export", "--out", filepath.Join(db, "indexes.bolt")},
		{"export", "--out", filepath.Join(db, "..", filepath.Base(db), "new.nq")},
		{"report", "--out", db},
		{"report", "--out", filepath.Join(db, "report.html")},
	} {
		p := startKG(t, append(args, "--db", db)...)
		code := p.wait(time.Minute)
		if code != 1 || !strings.Contains(p.stderr.String(), "inside the store") {
			t.Errorf("kg %s: exit %d, stderr %q; want 1 and the output refused", strings.Join(args, " "), code, tail(p.stderr.String()))
		}
	}
	if after := childStats(); after != before {
		t.Fatalf("the store changed: %s, then %s", before, after)
	}
	out := t.TempDir()
	mustKG(t, "export", "--db", db, "--out", filepath.Join(out, "kg.nq"))
	mustKG(t, "report", "--db", db, "--min-reports", "1", "--out", filepath.Join(out, "report.html"))
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the output folder holds %v, want kg.nq and report.html", names)
	}
}

// TestHugeParagraph extracts a 31 MB paragraph that states a toll in every sentence:
// extraction kept every figure it read until the end of the article and needed 1.4 GB.
func TestHugeParagraph(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 31 MB (several seconds); skipped in -short mode")
	}
	sentence := "At least 12 people were killed and 40 were injured when the quake struck, officials said. "
	path := filepath.Join(t.TempDir(), "paragraph.txt")
	writeFile([]byte("Quake toll\n\n"+strings.Repeat(sentence, (31<<20)/len(sentence))+"\n"))(t, path)
	p := startKG(t, "extract", "--max-size", "40000000", path)
	code := p.wait(hangLimit)
	rss := maxRSS(t, p.cmd.ProcessState)
	t.Logf("exit %d in %v, peak RSS %d MB", code, time.Since(p.start).Round(time.Millisecond), rss>>20)
	if code != 0 || !strings.Contains(p.stdout.String(), "figure  at least 12 killed") {
		t.Errorf("exit %d, stderr %q: want the toll read", code, tail(p.stderr.String()))
	}
	if rss > memoryLimit {
		t.Errorf("peak RSS %d MB for 31 MB of text, want under %d MB", rss>>20, memoryLimit>>20)
	}
}
