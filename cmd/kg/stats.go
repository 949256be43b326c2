package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/factgraph/kg/graph"
)

func statsCommand() *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "count what the store holds",
		Flags: append(storeFlags(), &cli.BoolFlag{Name: "json", Usage: "print JSON"}),
		Action: func(c *cli.Context) error {
			return runStats(c.Context, storeOptions(c, true), c.Bool("json"), c.App.Writer)
		},
	}
}

func runStats(ctx context.Context, so graph.Options, asJSON bool, w io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	store, err := openStore(so, io.Discard)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		return json.NewEncoder(w).Encode(st)
	}
	fmt.Fprintf(w, "articles   %d\nentities   %d\nclaims     %d\nevents     %d\nconflicts  %d\nquads      %d\n",
		st.Articles, st.Entities, st.Claims, st.Events, st.Conflicts, st.Quads)
	return nil
}
