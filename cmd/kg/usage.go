package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/factgraph/kg/queries"
)

// ErrUsage means the command line asks for something kg does not have: an unknown
// command or flag. Its message names what was typed and what is near it.
var ErrUsage = errors.New("incorrect usage")

// unknownCommand is the app's action, reached only with arguments that name no
// command: it suggests the nearest command. Without arguments it shows the help.
func unknownCommand(c *cli.Context) error {
	if c.NArg() == 0 {
		return cli.ShowAppHelp(c)
	}
	return commandError(c.App, c.Args().First())
}

// commandError says that name is no command of app, and which one is near.
func commandError(app *cli.App, name string) error {
	var names []string
	for _, cmd := range app.Commands {
		names = append(names, cmd.Names()...)
	}
	hint := ""
	if s := queries.Suggest(name, names); s != "" {
		hint = fmt.Sprintf(" (did you mean %s?)", s)
	}
	return fmt.Errorf("%w: %q is not a kg command%s; kg help lists them", ErrUsage, name, hint)
}

// usageError is the OnUsageError of the app and of every command: the error once,
// with the nearest flag for an unknown one and where the help is, instead of the
// whole help.
func usageError(c *cli.Context, err error, isSubcommand bool) error {
	help := "kg --help"
	var flags []cli.Flag
	if isSubcommand && c.Command != nil {
		help = "kg " + c.Command.Name + " --help"
		flags = c.Command.Flags
	} else {
		flags = c.App.Flags
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		name = strings.TrimLeft(name, "-")
		var names []string
		for _, f := range flags {
			names = append(names, f.Names()...)
		}
		msg = "unknown flag " + dashes(name)
		if s := queries.Suggest(name, names); s != "" {
			msg += fmt.Sprintf(" (did you mean %s?)", dashes(s))
		}
	}
	return fmt.Errorf("%w: %s; %s shows the flags", ErrUsage, msg, help)
}

// dashes writes a flag as people type it: -e, --limit.
func dashes(name string) string {
	if len([]rune(name)) == 1 {
		return "-" + name
	}
	return "--" + name
}

// versionText is what kg --version prints after "kg version": the version the build
// was given (-ldflags "-X main.version=…"), else the module's version, then the commit
// and its time from the build's VCS stamp, and "modified" for a build from a checkout
// with changes; a development build without the stamp says why the commit is unknown.
func versionText(given string, info *debug.BuildInfo, ok bool) string {
	v := given
	if !ok || info == nil {
		return v
	}
	if v == "" || v == "dev" {
		v = info.Main.Version
		if v == "" || v == "(devel)" {
			v = "devel"
		}
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		v += ", commit " + rev
		if t := settings["vcs.time"]; t != "" {
			v += " (" + t + ")"
		}
		if settings["vcs.modified"] == "true" {
			v += ", modified"
		}
	} else if v == "devel" {
		v += ", commit unknown (no VCS stamp: go build -buildvcs=true in a git checkout adds it)"
	}
	if info.GoVersion != "" {
		v += ", " + info.GoVersion
	}
	return v
}

// buildVersion is versionText for this binary.
func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	return versionText(version, info, ok)
}
