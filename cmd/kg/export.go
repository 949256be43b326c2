package main

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/jsonld" // registers the jsonld format
	_ "github.com/cayleygraph/quad/nquads" // registers the nquads format
	"github.com/urfave/cli/v2"

	"github.com/factgraph/kg/graph"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "write every quad of the store as N-Quads or JSON-LD",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "format", Value: "nquads", Usage: "nquads or jsonld"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write to this file instead of stdout"},
		),
		Action: func(c *cli.Context) error {
			return runExport(c.Context, storeOptions(c, true), c.String("format"), c.String("out"), c.App.Writer)
		},
	}
}

func runExport(ctx context.Context, so graph.Options, format, out string, stdout io.Writer) (err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	f := quad.FormatByName(format)
	if f == nil || f.Writer == nil || (format != "nquads" && format != "jsonld") {
		return fmt.Errorf("export: unknown format %q (nquads or jsonld)", format)
	}
	store, err := openStore(so, io.Discard)
	if err != nil {
		return err
	}
	defer store.Close()
	w := stdout
	if out != "" {
		file, err := createOutput(out, so)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer func() {
			if err != nil {
				file.Abort()
			} else if err = file.Commit(); err != nil {
				err = fmt.Errorf("export: %w", err)
			}
		}()
		w = file
	}
	if format == "nquads" {
		// Streamed as the store is read (see graph.Store.Export).
		_, err := store.ExportNQuads(ctx, w)
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	qw := f.Writer(bw)
	if _, err := store.Export(ctx, qw); err != nil {
		return err
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
