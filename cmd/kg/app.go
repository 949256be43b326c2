package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/pprof"
	"slices"
	"strings"

	"github.com/dustin/go-humanize"
	"github.com/urfave/cli/v2"

	"github.com/factgraph/kg/graph"
)

// version is set by the build (-ldflags "-X main.version=…"); without it kg --version
// reads the module version and the commit from the build info (see versionText).
var version = "dev"

// exitError carries an exit status without a message of its own: the command has
// already said what went wrong.
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// run is kg's whole command line (KG_CPUPROFILE=FILE writes a CPU profile for `go tool pprof`): tests call it with their own arguments and buffers.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if path := os.Getenv("KG_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			defer func() { pprof.StopCPUProfile(); f.Close() }()
		}
	}
	app := newApp(stdin, stdout, stderr)
	err := app.Run(reorderArgs(app, args))
	var code exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &code):
		return int(code)
	case errors.Is(err, ErrUsage):
		fmt.Fprintf(stderr, "kg: %v\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "kg: %v\n", err)
		return 1
	}
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:    "kg",
		Usage:   "build a fact-tracking knowledge graph from news and compare what reports say",
		Version: buildVersion(),
		Description: "kg reads articles (plain text, Markdown with front matter, HTML, JSON Lines, RSS/Atom,\n" +
			"N-Quads), extracts entities, roles, quotes and attributed figures, stores them with their\n" +
			"provenance in an embedded Cayley graph, and answers questions across reports with saved\n" +
			"Gizmo queries: who said what, which sources agree, where reports disagree.",
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: false,
		Commands: []*cli.Command{
			loadCommand(),
			extractCommand(),
			queryCommand(),
			statsCommand(),
			exportCommand(),
			serveCommand(),
			reportCommand(),
		},
		ExitErrHandler: func(*cli.Context, error) {}, // run prints errors and picks exit codes
		Action:         unknownCommand,
		OnUsageError:   usageError,
		CommandNotFound: func(c *cli.Context, name string) { // kg help NAME
			fmt.Fprintf(c.App.ErrWriter, "kg: %v\n", commandError(c.App, name))
		},
	}
	for _, cmd := range app.Commands {
		cmd.OnUsageError = usageError
		for _, f := range cmd.Flags {
			if slices.Contains(f.Names(), "backend") {
				cmd.Before = warnMemstore
			}
		}
	}
	return app
}

// Flags every command that opens a store shares.
func storeFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "db", Value: "./kg.db", EnvVars: []string{"KG_DB"},
			Usage: "where the store is: a folder for pebble, bolt and leveldb, a postgres:// address for postgres and cockroach"},
		&cli.StringFlag{Name: "backend", EnvVars: []string{"KG_BACKEND"},
			Usage: "store backend: " + strings.Join(graph.Backends, ", ") + " (default: the kind of store in the --db folder, else " + graph.Default + ")"},
	}
}

func storeOptions(c *cli.Context, readOnly bool) graph.Options {
	return graph.Options{Backend: c.String("backend"), Addr: c.String("db"), ReadOnly: readOnly}
}

// maxMemoryFlag is --max-memory, a size in bytes with an optional unit (512MiB, 2GB).
func maxMemoryFlag(def int64, usage string) cli.Flag {
	return &cli.StringFlag{Name: "max-memory", Value: humanize.IBytes(uint64(def)), Usage: usage}
}

// maxMemory reads --max-memory: 0 means no bound, which the query options spell -1.
func maxMemory(c *cli.Context) (int64, error) {
	v := c.String("max-memory")
	n, err := humanize.ParseBytes(v)
	if err != nil || n > math.MaxInt64 {
		return 0, fmt.Errorf("--max-memory %q: want a size such as 512MiB or 2GB", v)
	}
	if n == 0 {
		return -1, nil
	}
	return int64(n), nil
}

// reorderArgs moves a command's flags in front of its other arguments, so that people
// can type them anywhere: `kg query figures --json`, `kg load news/ --db x.db`. urfave/cli
// stops reading flags at the first argument that is not one.
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") { // global flags (--help, --version)
		i++
	}
	if i >= len(args) {
		return args
	}
	cmd := app.Command(args[i])
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	out := append([]string{}, args[:i+1]...)
	var flags, rest []string
	for j := i + 1; j < len(args); j++ {
		a := args[j]
		if a == "--" {
			rest = append(rest, args[j+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		name := strings.TrimLeft(a, "-")
		if k := strings.IndexByte(name, '='); k >= 0 {
			flags = append(flags, a)
			continue
		}
		flags = append(flags, a)
		if takesValue[name] && j+1 < len(args) {
			flags = append(flags, args[j+1])
			j++
		}
	}
	out = append(out, flags...)
	if len(rest) > 0 {
		out = append(out, "--")
		out = append(out, rest...)
	}
	return out
}

// isTerminal reports whether w is a terminal, for progress bars.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
