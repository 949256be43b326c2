package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/graph/web"
)

type serveOptions struct {
	Store  graph.Options
	Addr   string
	Web    web.Config
	Stdout io.Writer
	Stderr io.Writer
	ready  func(addr string) // tests learn the address here
}

func serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "serve Cayley's web UI and HTTP API over the store",
		Description: "Opens the store read-only (unless --writable) and serves Cayley's query editor,\n" +
			"query shape view and graph visualizer, and its HTTP API (/api/v2/query, /api/v1/shape/gizmo…).",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "addr", Value: "127.0.0.1:64210", Usage: "address to listen on (loopback by default)"},
			&cli.BoolFlag{Name: "writable", Usage: "let the API write and delete quads"},
			&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "stop a query that runs longer"},
			&cli.IntFlag{Name: "limit", Value: 1000, Usage: "the most results a query returns"},
			&cli.DurationFlag{Name: "read-timeout", Value: web.DefaultReadTimeout, Usage: "close a connection whose request takes longer to arrive"},
			&cli.Int64Flag{Name: "max-body", Value: 1 << 20, Usage: "largest request body in bytes"},
			maxMemoryFlag(web.DefaultMaxMemory, "stop the queries then running when kg's heap passes this size, with 507 (512MiB, 4GB…; 0: no bound)"),
			&cli.StringSliceFlag{Name: "cors", Usage: "an origin allowed to call the API from a browser (repeatable; none by default)"},
			&cli.StringSliceFlag{Name: "host", Usage: "a host name the server answers to besides IP addresses, localhost and --addr's (repeatable; * for any)"},
		),
		Action: func(c *cli.Context) error {
			mem, err := maxMemory(c)
			if err != nil {
				return err
			}
			o := serveOptions{Store: storeOptions(c, !c.Bool("writable")), Addr: c.String("addr"), Stdout: c.App.Writer,
				Web: web.Config{Writable: c.Bool("writable"), QueryTimeout: c.Duration("timeout"), ReadTimeout: c.Duration("read-timeout"),
					ResultLimit: c.Int("limit"), MaxBody: c.Int64("max-body"), MaxMemory: mem, CORSOrigins: c.StringSlice("cors"),
					Hosts: c.StringSlice("host")}, Stderr: c.App.ErrWriter}
			if host, _, err := net.SplitHostPort(o.Addr); err == nil && host != "" {
				if _, err := netip.ParseAddr(host); err != nil {
					o.Web.Hosts = append(o.Web.Hosts, host) // a name to listen on is one to answer to
				}
			}
			return runServe(c.Context, o)
		},
	}
}

func runServe(ctx context.Context, o serveOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	store, err := openStore(o.Store, o.Stderr)
	if err != nil {
		return err
	}
	defer store.Close()
	h, err := store.Handle()
	if err != nil {
		return err
	}
	handler, err := web.NewHandler(h, o.Web)
	if err != nil {
		return err
	}
	srv, err := web.NewServer(handler, o.Web)
	if err != nil {
		return err
	}
	ln, err := listen(o)
	if err != nil {
		return err
	}
	mode := "read-only"
	if o.Web.Writable {
		mode = "writable"
	}
	where := store.Backend() + " store"
	if o.Store.Addr != "" {
		where += " " + o.Store.Addr
	}
	fmt.Fprintf(o.Stdout, "kg: serving %s (%s, %s) at http://%s/\n", "Cayley's web UI", where, mode, browsable(ln.Addr()))
	if o.ready != nil {
		o.ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve: %w", err)
		}
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}
	return nil
}

// browsable is the address a browser on this machine reaches a listener at: its own,
// or the loopback one when it listens on every interface (":8099" listens at [::]:8099,
// which is no address to browse to).
func browsable(a net.Addr) string {
	ap, err := netip.ParseAddrPort(a.String())
	if err != nil || !ap.Addr().IsUnspecified() {
		return a.String()
	}
	return netip.AddrPortFrom(netip.AddrFrom4([4]byte{127, 0, 0, 1}), ap.Port()).String()
}

// listen listens on o.Addr. An address in use says to pick another with --addr; an
// address open to every network interface (":8099", "0.0.0.0:8099") is a warning:
// whoever reaches the machine can query the store.
func listen(o serveOptions) (net.Listener, error) {
	ln, err := net.Listen("tcp", o.Addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("serve: %s is in use (another kg serve?): pick another address with --addr, such as --addr 127.0.0.1:8080", o.Addr)
	}
	if err != nil {
		return nil, fmt.Errorf("serve: %w (--addr HOST:PORT, such as 127.0.0.1:8080)", err)
	}
	if host, port, err := net.SplitHostPort(o.Addr); err == nil {
		if ip, err := netip.ParseAddr(host); host == "" || (err == nil && ip.IsUnspecified()) {
			fmt.Fprintf(o.Stderr, "kg: --addr %s listens on every network interface: anyone who can reach this machine can query the store; --addr 127.0.0.1:%s keeps it to this machine\n", o.Addr, port)
		}
	}
	return ln, nil
}
