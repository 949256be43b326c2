package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/extraction"
	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/loaders"
)

type loadOptions struct {
	Store     graph.Options
	Paths     []string
	Published time.Time
	MaxSize   int64
	Jobs      int
	// FollowLinks follows symbolic links out of the folders named.
	FollowLinks bool
	Progress    bool // draw a progress bar on Stderr
	JSON        bool // print the summary as JSON
	Verbose     bool // name the files skipped in folders
	Stdin       io.Reader
	Stdout      io.Writer
	Stderr      io.Writer
}

func loadCommand() *cli.Command {
	return &cli.Command{
		Name:      "load",
		Usage:     "read articles into the store",
		ArgsUsage: "PATH... (- for standard input)",
		Description: "Reads files and folders (recursively): plain text, Markdown with YAML front matter,\n" +
			"HTML, JSON and JSON Lines, RSS and Atom feeds, N-Quads; - reads an article (or JSON\n" +
			"Lines, a feed…) from standard input. Each article is written whole or not at all;\n" +
			"loading the same text again changes nothing, and of two versions of an article from the\n" +
			"same URL or path the newer one is kept, whatever the order they come in (--reread reads\n" +
			"the stored ones again, after kg's reading has changed). Files that\n" +
			"cannot be read are named on stderr, the rest still load, and the exit status is 1.\n" +
			"Files in folders that no loader reads are skipped and counted (-v names them); nothing\n" +
			"to load makes no store.",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "published", Usage: "publication date (YYYY-MM-DD) for files that carry none"},
			&cli.Int64Flag{Name: "max-size", Value: loaders.DefaultMaxSize, Usage: "refuse files larger than this many bytes"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "articles read and extracted at once"},
			&cli.IntFlag{Name: "batch", Value: 0, Usage: "quads per store transaction, in whole articles (0: the backend's default)"},
			&cli.BoolFlag{Name: "reread", Usage: "read again the articles the store already holds from these files, replacing what an earlier kg read of them (after upgrading kg)"},
			&cli.BoolFlag{Name: "no-sync", Usage: "embedded stores: skip the fsync after each transaction (faster; safe if kg is killed, not if the machine loses power)"},
			&cli.BoolFlag{Name: "no-progress", Usage: "no progress bar, even on a terminal"},
			followLinksFlag,
			&cli.BoolFlag{Name: "json", Usage: "print the summary as JSON"},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "name the files skipped in folders (no loader reads their extension)"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return fmt.Errorf("load: name at least one file or folder (kg load PATH...)")
			}
			o := loadOptions{
				Store: storeOptions(c, false), Paths: c.Args().Slice(), MaxSize: c.Int64("max-size"),
				Jobs: c.Int("jobs"), JSON: c.Bool("json"), FollowLinks: c.Bool("follow-links"),
				Progress: !c.Bool("no-progress") && isTerminal(c.App.ErrWriter), Verbose: c.Bool("verbose"),
				Stdin: c.App.Reader, Stdout: c.App.Writer, Stderr: c.App.ErrWriter,
			}
			o.Store.BatchQuads = c.Int("batch")
			o.Store.NoSync = c.Bool("no-sync")
			o.Store.Reread = c.Bool("reread")
			if p := c.String("published"); p != "" {
				t, err := time.Parse("2006-01-02", p)
				if err != nil {
					return fmt.Errorf("--published %q: want a date such as 2016-02-06", p)
				}
				o.Published = t
			}
			return runLoad(c.Context, o)
		},
	}
}

// loadSummary is what a load did.
type loadSummary struct {
	Files     int           `json:"files"`
	Failed    int           `json:"failed"`
	Skipped   int           `json:"skipped"` // files in folders that no loader reads (images, code…)
	Articles  int           `json:"articles"`
	Added     int           `json:"added"`
	Unchanged int           `json:"unchanged"`
	Replaced  int           `json:"replaced"`
	Older     int           `json:"older"`  // older versions of a stored article (same URL or path), not written
	Quads     int           `json:"nquads"` // quads brought as N-Quads
	Bytes     int64         `json:"bytes"`
	Seconds   float64       `json:"seconds"`
	Wrote     graph.Written `json:"wrote"` // what this load added to the store
}

// fileWork is one file read and extracted.
type fileWork struct {
	path  string
	bytes int64
	res   loaders.Result
	exts  []*kg.Extraction
	err   error
}

func runLoad(ctx context.Context, o loadOptions) error {
	start := time.Now()
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	// The files, in a stable order; paths that cannot be walked are failures.
	var sum loadSummary
	fail := func(err error) {
		sum.Failed++
		fmt.Fprintf(o.Stderr, "kg: %v\n", err)
	}
	reg := loaders.Default()
	files, skipped, err := collect(reg, o.Paths, o.FollowLinks, fail)
	if err != nil {
		return err
	}
	sum.Skipped = len(skipped)
	sum.Files = len(files) + sum.Failed
	if o.Verbose {
		for _, p := range skipped {
			fmt.Fprintf(o.Stderr, "kg: skipped %s: no loader reads %q files\n", loaders.Quote(p), filepath.Ext(p))
		}
	}
	if len(files) == 0 {
		// No store is made for nothing: a mistyped path leaves no empty store behind.
		return nothingToLoad(o, sum)
	}

	store, err := openStore(o.Store, o.Stderr)
	if err != nil {
		return err
	}
	defer store.Close()
	tuneCollector(store.Backend())

	var bar *progressbar.ProgressBar
	if o.Progress && len(files) > 1 {
		bar = progressbar.NewOptions(len(files), progressbar.OptionSetWriter(o.Stderr),
			progressbar.OptionSetDescription("loading"), progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("files"), progressbar.OptionShowIts(),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	}

	lopt := loaders.Options{MaxSize: o.MaxSize, Published: o.Published}
	work := readAndExtract(ctx, fileReader{reg: reg, opt: lopt, stdin: o.Stdin}, files, o.Jobs)
	interrupted := false
	for w := range work {
		if ctx.Err() != nil {
			interrupted = true
			break
		}
		sum.Bytes += w.bytes
		if w.err != nil {
			fail(w.err)
		}
		if len(w.res.Quads) > 0 {
			n, err := store.AddQuads(w.res.Quads)
			if err != nil {
				return fmt.Errorf("%s: %w", loaders.Quote(w.path), err)
			}
			sum.Quads += n
		}
		for _, x := range w.exts {
			out, err := store.AddArticle(x)
			if errors.Is(err, graph.ErrInvalidText) {
				fail(fmt.Errorf("%s: %w", loaders.Quote(x.Article.Path), err)) // this article only
				continue
			}
			if err != nil {
				return fmt.Errorf("%s: %w", loaders.Quote(x.Article.Path), err)
			}
			sum.count(out)
		}
		if bar != nil {
			bar.Add(1)
		}
	}
	if bar != nil {
		bar.Finish()
	}
	writeHeapProfile()
	if err := store.Flush(); err != nil {
		return err
	}
	if interrupted {
		fmt.Fprintf(o.Stderr, "kg: interrupted: the articles read so far are stored whole; run the same load again to go on\n")
	}
	// What this load added, not the whole store's counts: counting the store costs
	// time that grows with it (kg stats does).
	sum.Wrote = store.Written()
	sum.Seconds = time.Since(start).Seconds()
	if o.JSON {
		enc := json.NewEncoder(o.Stdout)
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		printLoadSummary(o.Stdout, sum, o.Verbose)
	}
	if sum.Failed > 0 || interrupted {
		return exitError(1)
	}
	return nil
}

// tuneCollector sets how often the garbage collector runs during a load, unless GOGC
// says. A load keeps what it read of the store (see graph.Store) and a transaction's
// batch. On Pebble (and the other stores), collecting when the heap has grown by twice
// what is live spends half the collector's time of GOGC 100 on the 2016 corpus, and the
// memory limit keeps the Go heap under 256 MiB whatever the store (Pebble's block cache
// and memtables, up to 192 MB, are outside it). Bolt maps its file into memory, which
// counts in the process's RSS beside the heap: there kg collects at GOGC 50, which kept
// the corpus's peak near 450 MB (GOGC 200 peaked at 664 MB).
func tuneCollector(backend string) {
	if os.Getenv("GOGC") != "" {
		return
	}
	if backend == graph.Bolt {
		debug.SetGCPercent(50)
		return
	}
	debug.SetGCPercent(200)
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(256 << 20)
	}
}

// writeHeapProfile writes what the heap holds, for `go tool pprof`, to the file
// KG_MEMPROFILE names (if any): at the end of a load, what the writer keeps.
func writeHeapProfile() {
	path := os.Getenv("KG_MEMPROFILE")
	if path == "" {
		return
	}
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	runtime.GC()
	pprof.WriteHeapProfile(f)
}

// printLoadSummary writes what a load did; verbose says the skipped files were named.
func printLoadSummary(w io.Writer, s loadSummary, verbose bool) {
	rate := func(n float64) float64 {
		if s.Seconds <= 0 {
			return 0
		}
		return n / s.Seconds
	}
	fmt.Fprintf(w, "loaded %s from %s in %.1fs (%.0f articles/s, %.1f MB/s): %d new, %d unchanged, %d replaced",
		plural(s.Articles, "article"), plural(s.Files, "file"), s.Seconds, rate(float64(s.Articles)), rate(float64(s.Bytes))/1e6, s.Added, s.Unchanged, s.Replaced)
	if s.Quads > 0 {
		fmt.Fprintf(w, ", %d N-Quads", s.Quads)
	}
	if s.Failed > 0 {
		fmt.Fprintf(w, "; %d files failed", s.Failed)
	}
	if s.Older > 0 {
		fmt.Fprintf(w, "; %d older versions of stored articles left out", s.Older)
	}
	if s.Skipped > 0 {
		fmt.Fprintf(w, "; %s in folders skipped (no loader reads their extension; %s)", plural(s.Skipped, "file"), namedBy(verbose))
	}
	fmt.Fprintf(w, "\nwrote %d quads: %d new entities, %d claims, %d new events, %d conflicts found (kg stats counts the whole store)\n",
		s.Wrote.Quads, s.Wrote.Entities, s.Wrote.Claims, s.Wrote.Events, s.Wrote.Conflicts)
}

// followLinksFlag is --follow-links, for the commands that read folders.
var followLinksFlag = &cli.BoolFlag{Name: "follow-links", Usage: "follow symbolic links that lead out of the folders named (by default such a link is named on stderr and not read)"}

// collect lists the files to read: those named, and those found in named folders
// whose extension a loader reads (a folder of scraped news also holds images and
// scripts). A named file is always read: its content decides its format. Links out of
// a named folder are followed only with followLinks.
func collect(reg *loaders.Registry, paths []string, followLinks bool, fail func(error)) (files, skipped []string, err error) {
	named := make(map[string]bool, len(paths))
	var walk []string
	for _, p := range paths {
		if p == stdinPath {
			files = append(files, p) // read once, in its place among the paths
			continue
		}
		named[filepath.Clean(p)] = true
		walk = append(walk, p)
	}
	err = loaders.Walker{FollowLinks: followLinks}.Walk(walk, func(path string, err error) error {
		switch {
		case err != nil:
			fail(err)
		case named[filepath.Clean(path)] || reg.Claims(path):
			files = append(files, path)
		default:
			skipped = append(skipped, path)
		}
		return nil
	})
	return files, skipped, err
}

// readAndExtract reads and extracts files on jobs goroutines and delivers them in the
// order of files, so that a load is the same whatever the number of cores.
func readAndExtract(ctx context.Context, fr fileReader, files []string, jobs int) <-chan fileWork {
	if jobs < 1 {
		jobs = 1
	}
	out := make(chan fileWork, jobs)
	slots := make([]chan fileWork, len(files))
	for i := range slots {
		slots[i] = make(chan fileWork, 1)
	}
	// At most window files are read ahead of the writer, to bound memory.
	window := make(chan struct{}, 4*jobs)
	next := make(chan int)
	var wg sync.WaitGroup
	for j := 0; j < jobs; j++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				slots[i] <- readOne(fr, files[i])
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			next <- i
		}
	}()
	go func() {
		defer close(out)
		for i := range files {
			var w fileWork
			select {
			case w = <-slots[i]:
			case <-ctx.Done():
				wg.Wait()
				return
			}
			<-window
			out <- w
		}
	}()
	return out
}

// readOne reads a file and extracts its articles; a panic in either is reported as an
// error about the file, never a crash.
func readOne(fr fileReader, path string) (w fileWork) {
	w.path = path
	defer func() {
		if r := recover(); r != nil {
			w.err = fmt.Errorf("%s: internal error reading this file: %v", loaders.Quote(path), r)
			w.exts = nil
			w.res = loaders.Result{}
		}
	}()
	w.res, w.bytes, w.err = fr.read(path)
	for _, a := range w.res.Articles {
		x, err := extraction.Extract(a)
		if err != nil {
			// a stage that failed is named; what the others read is still kept
			w.err = errors.Join(w.err, fmt.Errorf("%s: %w", a.Path, err))
		}
		w.exts = append(w.exts, x)
	}
	return w
}

// stdinPath is the path that names standard input: kg load -, kg extract -.
const stdinPath = "-"

// fileReader reads the files of a load: from disk, or standard input for stdinPath.
type fileReader struct {
	reg   *loaders.Registry
	opt   loaders.Options
	stdin io.Reader
}

// read reads the file at path and says how many bytes it holds. Articles read from
// standard input have no path: two of them are not versions of one article unless
// they share a URL.
func (fr fileReader) read(path string) (loaders.Result, int64, error) {
	if path != stdinPath {
		var size int64
		if fi, err := os.Stat(path); err == nil {
			size = fi.Size()
		}
		res, err := fr.reg.ReadFile(path, fr.opt)
		return res, size, err
	}
	if fr.stdin == nil {
		fr.stdin = strings.NewReader("")
	}
	cr := &countingReader{r: fr.stdin}
	res, err := fr.reg.Read("standard input", cr, fr.opt)
	for i := range res.Articles {
		res.Articles[i].Path = ""
	}
	return res, cr.n, err
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// count notes what writing an article did.
func (s *loadSummary) count(out graph.Outcome) {
	s.Articles++
	switch out {
	case graph.Added:
		s.Added++
	case graph.Unchanged:
		s.Unchanged++
	case graph.Replaced:
		s.Replaced++
	case graph.Older:
		s.Older++
	}
}

// nothingToLoad ends a load that found no file to read: it says so (and why, when
// paths failed) and makes no store.
func nothingToLoad(o loadOptions, sum loadSummary) error {
	if sum.Failed > 0 {
		fmt.Fprintf(o.Stderr, "kg: nothing loaded; no store was made\n")
		return exitError(1)
	}
	why := ""
	if sum.Skipped > 0 {
		why = fmt.Sprintf(": %s skipped, of kinds no loader reads (%s)", plural(sum.Skipped, "file"), namedBy(o.Verbose))
	}
	fmt.Fprintf(o.Stderr, "kg: nothing to load in %s%s; kg reads .txt, .md, .html, .json, .jsonl, .rss, .atom, .xml and .nq files; no store was made\n", strings.Join(o.Paths, ", "), why)
	return nil
}

// namedBy is what the note of skipped files adds: where they are named (above, with
// -v), or how to name them.
func namedBy(verbose bool) string {
	if verbose {
		return "named above"
	}
	return "-v names them"
}

// plural writes a count of things: "1 file", "3 files".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
