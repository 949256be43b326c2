package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/report"
)

type reportOptions struct {
	Store     graph.Options
	Out       string // file to write; "-" for stdout
	Selection report.Selection
	Title     string
	Stamp     bool // print when the report was made
	Stdout    io.Writer
	Stderr    io.Writer
	now       func() time.Time
}

func reportCommand() *cli.Command {
	return &cli.Command{
		Name:  "report",
		Usage: "write a self-contained HTML report: each event's figures charted by outlet over time, conflicts marked",
		Description: "Per event (most reports first) and per measure: a chart of every reported value over\n" +
			"publication time, one colour per outlet, hedged values drawn as the range they allow,\n" +
			"conflicts and revisions ringed and explained, corroborated values marked; under it the\n" +
			"claims with their sentences; then the entities the reports name. One HTML file with\n" +
			"inline CSS and SVG: it opens offline and the same store gives the same bytes.",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "report.html", Usage: "the HTML file to write (- for stdout)"},
			&cli.StringFlag{Name: "event", Usage: "only events whose label contains this (\"earthquake\", \"Taiwan\", \"2016-02\")"},
			&cli.StringFlag{Name: "measure", Usage: "only figures of this measure (killed, injured…)"},
			&cli.IntFlag{Name: "min-reports", Value: 2, Usage: "only events with figures from at least this many reports"},
			&cli.IntFlag{Name: "max-events", Value: 50, Usage: "show at most this many events, most reports first (0: all)"},
			&cli.StringFlag{Name: "title", Value: "kg report", Usage: "the report's heading"},
			&cli.DurationFlag{Name: "timeout", Value: time.Minute, Usage: "stop a query that runs longer"},
			&cli.BoolFlag{Name: "stamp", Usage: "print the time the report was made (the output then differs from run to run)"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("report: unexpected argument %q (kg report [--out FILE])", c.Args().First())
			}
			o := reportOptions{Store: storeOptions(c, true), Out: c.String("out"), Title: c.String("title"),
				Stamp: c.Bool("stamp"), Stdout: c.App.Writer, Stderr: c.App.ErrWriter,
				Selection: report.Selection{Event: c.String("event"), Measure: c.String("measure"),
					MinReports: c.Int("min-reports"), MaxEvents: c.Int("max-events"), Timeout: c.Duration("timeout")}}
			if o.Selection.MaxEvents < 0 || o.Selection.MinReports < 0 {
				return fmt.Errorf("report: --max-events and --min-reports cannot be negative")
			}
			return runReport(c.Context, o)
		},
	}
}

func runReport(ctx context.Context, o reportOptions) (err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if o.now == nil {
		o.now = time.Now
	}
	start := o.now()
	if o.Out != "-" {
		// Before the queries run: a report that could not be written is not worth them.
		if err := outsideStore(o.Out, o.Store); err != nil {
			return fmt.Errorf("report: %w", err)
		}
	}
	store, err := openStore(o.Store, o.Stderr)
	if err != nil {
		return err
	}
	defer store.Close()
	d, err := report.Gather(ctx, store.QuadStore(), o.Selection)
	if errors.Is(err, report.ErrNoEvents) {
		return fmt.Errorf("report: %w %s (kg query figures shows what the store holds)", err, describe(o.Selection))
	}
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	opt := report.Options{Title: o.Title}
	if o.Stamp {
		opt.Generated = o.now()
	}
	w := o.Stdout
	var f *outputFile
	if o.Out != "-" {
		if f, err = createOutput(o.Out, o.Store); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		defer f.Abort() // after Commit, a no-op
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := report.Write(bw, d, opt); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if f != nil {
		if err := f.Commit(); err != nil {
			return fmt.Errorf("report: %w", err)
		}
	}
	if o.Out != "-" {
		t := d.Totals
		shown := counted(t.Events, "event")
		if t.EventsFound > t.Events {
			shown = fmt.Sprintf("%d of %d events (--max-events)", t.Events, t.EventsFound)
		}
		fmt.Fprintf(o.Stderr, "wrote %s: %s, %s from %s, %s, %s, %s (%.1fs)\n", o.Out, shown,
			counted(t.Figures, "figure"), counted(t.Reports, "report"), counted(t.Conflicts, "conflict"),
			counted(t.Revisions, "revision"), counted(t.Corroborations, "corroborated value"), o.now().Sub(start).Seconds())
	}
	return nil
}

// describe says what a selection asked for, for the message when nothing matches.
func describe(s report.Selection) string {
	msg := fmt.Sprintf("with figures from at least %d reports", max(s.MinReports, 1))
	if s.Event != "" {
		msg += fmt.Sprintf(", label containing %q", s.Event)
	}
	if s.Measure != "" {
		msg += fmt.Sprintf(", measure %q", s.Measure)
	}
	return msg
}

// counted writes "1 event", "2 events".
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
