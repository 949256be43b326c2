package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/urfave/cli/v2"

	"github.com/factgraph/kg/loaders"
)

type extractOptions struct {
	Paths       []string
	JSON        bool
	MaxSize     int64
	Jobs        int
	FollowLinks bool
	Stdin       io.Reader // read for the path -
	Stdout      io.Writer
	Stderr      io.Writer
}

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print what kg reads out of articles, without a store",
		ArgsUsage: "PATH...",
		Description: "With --json, prints one JSON object per article (JSON Lines): the article, its\n" +
			"entities, relations, quotes, figures and events, each with the sentence it came from.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "JSON Lines, one object per article"},
			&cli.Int64Flag{Name: "max-size", Value: loaders.DefaultMaxSize, Usage: "refuse files larger than this many bytes"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "articles extracted at once"},
			followLinksFlag,
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return fmt.Errorf("extract: name at least one file or folder (kg extract --json PATH...)")
			}
			return runExtract(c.Context, extractOptions{Paths: c.Args().Slice(), JSON: c.Bool("json"),
				MaxSize: c.Int64("max-size"), Jobs: c.Int("jobs"), FollowLinks: c.Bool("follow-links"),
				Stdin: c.App.Reader, Stdout: c.App.Writer, Stderr: c.App.ErrWriter})
		},
	}
}

func runExtract(ctx context.Context, o extractOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	defer tuneExtractCollector()()
	failed := 0
	reg := loaders.Default()
	files, _, err := collect(reg, o.Paths, o.FollowLinks, func(err error) {
		failed++
		fmt.Fprintf(o.Stderr, "kg: %v\n", err)
	})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(o.Stdout)
	enc.SetEscapeHTML(false)
	fr := fileReader{reg: reg, opt: loaders.Options{MaxSize: o.MaxSize}, stdin: o.Stdin}
	var line []byte // one article's JSON, the buffer reused
	for w := range readAndExtract(ctx, fr, files, o.Jobs) {
		if w.err != nil {
			failed++
			fmt.Fprintf(o.Stderr, "kg: %v\n", w.err)
		}
		for _, x := range w.exts {
			if o.JSON {
				j := x.JSON()
				var ok bool
				if line, ok = appendExtractionJSON(line[:0], &j); ok {
					if _, err := o.Stdout.Write(line); err != nil {
						return err
					}
				} else if err := enc.Encode(j); err != nil {
					return err
				}
				continue
			}
			j := x.JSON()
			fmt.Fprintf(o.Stdout, "%s  %q  (%s, %s)\n", loaders.Quote(x.Article.Path), x.Article.Title, orNone(j.Article.Publisher), orNone(j.Article.Published))
			fmt.Fprintf(o.Stdout, "  %d entities, %d relations, %d quotes, %d figures, %d events\n",
				len(x.Entities), len(x.Relations), len(x.Quotes), len(x.Figures), len(x.Events))
			for _, f := range j.Figures {
				q := ""
				if f.Qualifier != nil {
					q = *f.Qualifier + " "
				}
				fmt.Fprintf(o.Stdout, "  figure  %s%v %s  (source: %s; event: %s)\n", q, f.Value, f.Measure, orNone(f.Source), orNone(f.Event))
			}
			for _, q := range j.Quotes {
				fmt.Fprintf(o.Stdout, "  quote   %s: %q\n", orNone(q.Speaker), q.Text)
			}
		}
	}
	if failed > 0 {
		return exitError(1)
	}
	return nil
}

func orNone(s *string) string {
	if s == nil {
		return "none"
	}
	return *s
}

// tuneExtractCollector sets how often the garbage collector runs during an extract,
// unless GOGC says, and returns what puts it back. An extract keeps nothing between
// articles but the few read ahead of the writer: its live heap stays near 7 MB on the
// 2016 corpus, where GOGC 100 collects about 100 times. Collecting when the heap has
// grown by four times what is live costs a few tens of megabytes and spares about 3% of
// the CPU time.
//
// Unless GOMEMLIMIT says, it also sets a soft memory limit of 512 MB: one huge article
// (a 31 MB paragraph) holds a live heap of some 400 MB, and four times that before a
// collection took kg past a gigabyte. Ordinary articles never come near the limit.
func tuneExtractCollector() (restore func()) {
	restoreLimit := func() {}
	if os.Getenv("GOMEMLIMIT") == "" {
		oldLimit := debug.SetMemoryLimit(extractMemoryLimit)
		restoreLimit = func() { debug.SetMemoryLimit(oldLimit) }
	}
	if os.Getenv("GOGC") != "" {
		return restoreLimit
	}
	old := debug.SetGCPercent(400)
	return func() { debug.SetGCPercent(old); restoreLimit() }
}

// extractMemoryLimit is the soft memory limit of an extract (tuneExtractCollector).
const extractMemoryLimit = 512 << 20
