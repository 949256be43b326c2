package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"slices"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/gizmo"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	// The query languages the UI offers.
	_ "github.com/cayleygraph/cayley/query/graphql"
	_ "github.com/cayleygraph/cayley/query/mql"

	// Every quad format the quad module has, for /api/v2/read, write and formats.
	_ "github.com/cayleygraph/quad/dot"
	_ "github.com/cayleygraph/quad/gml"
	_ "github.com/cayleygraph/quad/graphml"
	_ "github.com/cayleygraph/quad/json"
	_ "github.com/cayleygraph/quad/jsonld"
	_ "github.com/cayleygraph/quad/nquads"
	_ "github.com/cayleygraph/quad/pquads"

	"github.com/factgraph/kg/queries"
)

// Config says what the handler lets its callers do. Its zero value is a read-only
// handler with the default limits.
type Config struct {
	// Writable lets /api/v2/write, /api/v2/delete and the v1 equivalents change the
	// store. When false they answer 403 with a JSON error that says how to allow them
	// (kg serve --writable).
	Writable bool
	// QueryTimeout bounds one query, the time of its script included; 0 means 30s.
	QueryTimeout time.Duration
	// ResultLimit caps the results of one query; 0 means 1000. A request's ?limit=
	// may lower it, never raise it.
	ResultLimit int
	// MaxBody caps a request body in bytes; 0 means 1 MiB. A larger body gets 413.
	MaxBody int64
	// MaxMemory bounds the memory queries may take: a query that is running when the
	// process's Go heap passes it is stopped with 507 (queries.WatchMemory), and a
	// script may emit at most an eighth of it. 0 means 512 MiB; a negative value, no
	// bound.
	MaxMemory int64
	// CORSOrigins are the origins ("https://example.org") whose pages may call the API
	// from a browser. Without any, no CORS headers are sent and requests of any method
	// from browser pages of another origin are refused (403), but for following a link
	// to the UI. "*" allows every origin, and is only honoured when given explicitly.
	CORSOrigins []string
	// Hosts are the host names (besides IP addresses and localhost, always answered)
	// that requests may name in their Host header; a request for another name gets
	// 403, so that a web page whose name an attacker points at kg's address (DNS
	// rebinding) cannot reach it. "*" allows every name.
	Hosts []string
	// ReadTimeout bounds reading one request, body included, for the server NewServer
	// makes; 0 means 1 minute.
	ReadTimeout time.Duration
}

// The defaults for a zero Config field.
const (
	DefaultQueryTimeout = 30 * time.Second
	DefaultResultLimit  = 1000
	DefaultMaxBody      = 1 << 20
	DefaultMaxMemory    = 512 << 20
	DefaultReadTimeout  = time.Minute
)

// Errors NewHandler returns.
var (
	// ErrNoStore means NewHandler was given no store.
	ErrNoStore = errors.New("no store to serve")
	// ErrConfig means a Config field has a value the handler cannot honour.
	ErrConfig = errors.New("invalid web config")
)

// handler serves the UI and the API over one store.
type handler struct {
	h      *cgraph.Handle
	cfg    Config
	ui     *userInterface
	api2   *cayleyhttp.APIv2
	mux    *http.ServeMux
	cors   map[string]bool // allowed origins; "*" for all
	hosts  map[string]bool // host names answered besides IP addresses and localhost; "*" for all
	origin *http.CrossOriginProtection
}

// NewHandler returns the http.Handler behind kg serve: Cayley's web UI at /, with kg's
// page of saved queries at /kg/queries; the parts of Cayley's HTTP API the UI calls
// (/api/v2/query, read, write, delete, formats, /api/v1/query/{lang});
// /api/v1/shape/gizmo; kg's saved queries at /api/kg/queries (see saved.go); and
// /health. It fails with ErrNoStore
// without a store, ErrConfig for a negative limit or a malformed origin,
// ErrUnsupportedGizmo when Cayley's Gizmo is not the one kg knows how to guard, and
// ErrUIBundle when Cayley's bundled UI cannot be adapted.
func NewHandler(h *cgraph.Handle, cfg Config) (http.Handler, error) {
	if h == nil || h.QuadStore == nil || h.QuadWriter == nil {
		return nil, ErrNoStore
	}
	cfg, err := withDefaults(cfg)
	if err != nil {
		return nil, err
	}
	if err := queries.CheckGizmo(gizmo.NewSession(h.QuadStore)); err != nil {
		return nil, err
	}
	ui, err := newUserInterface()
	if err != nil {
		return nil, err
	}
	s := &handler{h: h, cfg: cfg, ui: ui, cors: make(map[string]bool), hosts: make(map[string]bool), origin: http.NewCrossOriginProtection()}
	for _, host := range cfg.Hosts {
		s.hosts[host] = true
	}
	for _, o := range cfg.CORSOrigins {
		s.cors[o] = true
		if o != "*" {
			if err := s.origin.AddTrustedOrigin(o); err != nil {
				return nil, fmt.Errorf("%w: %w", ErrConfig, err)
			}
		}
	}
	s.api2 = cayleyhttp.NewAPIv2(h)
	s.api2.SetReadOnly(!cfg.Writable)
	s.api2.SetQueryTimeout(cfg.QueryTimeout)
	s.api2.SetQueryLimit(cfg.ResultLimit)
	s.routes()
	return s, nil
}

func withDefaults(cfg Config) (Config, error) {
	switch {
	case cfg.QueryTimeout < 0:
		return cfg, fmt.Errorf("%w: negative query timeout %v", ErrConfig, cfg.QueryTimeout)
	case cfg.ResultLimit < 0:
		return cfg, fmt.Errorf("%w: negative result limit %d", ErrConfig, cfg.ResultLimit)
	case cfg.MaxBody < 0:
		return cfg, fmt.Errorf("%w: negative body limit %d", ErrConfig, cfg.MaxBody)
	case cfg.ReadTimeout < 0:
		return cfg, fmt.Errorf("%w: negative read timeout %v", ErrConfig, cfg.ReadTimeout)
	}
	if cfg.QueryTimeout == 0 {
		cfg.QueryTimeout = DefaultQueryTimeout
	}
	if cfg.ResultLimit == 0 {
		cfg.ResultLimit = DefaultResultLimit
	}
	if cfg.MaxBody == 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxMemory == 0 {
		cfg.MaxMemory = DefaultMaxMemory
	}
	if cfg.ReadTimeout == 0 {
		cfg.ReadTimeout = DefaultReadTimeout
	}
	cfg.Hosts = slices.Clone(cfg.Hosts)
	for i, h := range cfg.Hosts {
		h = strings.ToLower(strings.TrimSuffix(h, "."))
		if h == "" || strings.ContainsAny(h, "/:@ ") {
			return cfg, fmt.Errorf("%w: host %q is not a host name", ErrConfig, cfg.Hosts[i])
		}
		cfg.Hosts[i] = h
	}
	cfg.CORSOrigins = slices.Clone(cfg.CORSOrigins)
	for _, o := range cfg.CORSOrigins {
		if o == "*" {
			continue
		}
		u, err := url.Parse(o)
		if err != nil || u.Scheme == "" || u.Host == "" || u.Path != "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
			return cfg, fmt.Errorf("%w: CORS origin %q is not of the form scheme://host[:port]", ErrConfig, o)
		}
	}
	return cfg, nil
}

func (s *handler) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /health", s.serveHealth)

	m.HandleFunc("GET /api/v2/query", s.serveQueryV2)
	m.HandleFunc("POST /api/v2/query", s.serveQueryV2)
	m.HandleFunc("POST /api/v1/query/{lang}", s.serveQueryV1)
	m.HandleFunc("POST /api/v1/shape/{lang}", s.serveShape)

	m.Handle("GET /api/v2/read", s.api2)
	m.Handle("POST /api/v2/read", s.api2)
	m.Handle("GET /api/v2/formats", s.api2)
	for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
		m.HandleFunc("POST "+p, s.serveWriteV2)
	}
	m.HandleFunc("GET /api/kg/info", s.serveInfo)
	m.HandleFunc("GET /api/kg/queries", s.serveSavedList)
	m.HandleFunc("GET /api/kg/queries/{name}", s.serveSaved)
	m.HandleFunc("POST /api/v1/write", s.serveWriteV1)
	m.HandleFunc("POST /api/v1/delete", s.serveWriteV1)

	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Errorf("no API endpoint %s %s", r.Method, r.URL.Path))
	})
	m.Handle("/", s.ui)
	s.mux = m
}

// ServeHTTP applies, in order: panic recovery, common headers, the Host check, CORS,
// the cross-origin checks for browsers, and the body limit.
func (s *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			// The response may have begun; a second header is then ignored by net/http.
			writeError(w, http.StatusInternalServerError, fmt.Errorf("internal error: %v", p))
		}
	}()
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if err := s.checkHost(r); err != nil {
		writeError(w, http.StatusForbidden, err)
		return
	}
	if s.serveCORS(w, r) {
		return
	}
	if err := s.checkSite(r); err != nil {
		writeError(w, http.StatusForbidden, err)
		return
	}
	if err := s.origin.Check(r); err != nil && !s.cors["*"] {
		writeError(w, http.StatusForbidden, fmt.Errorf("refused a cross-origin %s from a browser page at %q: %w", r.Method, r.Header.Get("Origin"), err))
		return
	}
	if r.ContentLength > s.cfg.MaxBody {
		writeError(w, http.StatusRequestEntityTooLarge, tooLarge(s.cfg.MaxBody))
		return
	}
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	}
	s.mux.ServeHTTP(w, r)
}

// checkHost refuses a request whose Host header names a host the server does not
// answer to: a web page of an attacker's name that the attacker has pointed at kg's
// address (DNS rebinding) would otherwise read and, with --writable, write the store
// as a page of the same origin. IP addresses and localhost are always answered (a
// rebinding needs a name), other names when Config.Hosts lists them.
func (s *handler) checkHost(r *http.Request) error {
	if s.hosts["*"] || r.Host == "" {
		return nil
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(strings.Trim(host, "[]"), "."))
	if _, err := netip.ParseAddr(host); err == nil {
		return nil
	}
	if host == "localhost" || strings.HasSuffix(host, ".localhost") || s.hosts[host] {
		return nil
	}
	return fmt.Errorf("refused a request for host %q: kg serve answers to IP addresses, localhost and the names given with --host (a name it does not know may be a DNS rebinding attack)", r.Host)
}

// checkSite refuses, whatever their method, requests that a browser sends from a page
// of another site or origin (Sec-Fetch-Site, else Origin): a page anywhere on the web
// could otherwise run queries with GET /api/v2/query?qu=…. Pages of the origins in
// Config.CORSOrigins may call; a link followed to the UI (a navigation to a page that
// is not under /api/) is let through, since it runs nothing by itself.
func (s *handler) checkSite(r *http.Request) error {
	origin := r.Header.Get("Origin")
	if s.cors["*"] || (origin != "" && s.cors[origin]) {
		return nil
	}
	site := r.Header.Get("Sec-Fetch-Site")
	switch site {
	case "same-origin", "none":
		return nil
	case "":
		// A browser that does not send Sec-Fetch-Site (or a program that is no
		// browser): its Origin, when it sends one, must be this server's.
		if origin == "" {
			return nil
		}
		if u, err := url.Parse(origin); err == nil && u.Host != "" && strings.EqualFold(u.Host, r.Host) {
			return nil
		}
	default:
		navigation := (r.Method == http.MethodGet || r.Method == http.MethodHead) &&
			r.Header.Get("Sec-Fetch-Mode") == "navigate" && !strings.HasPrefix(r.URL.Path, "/api/")
		if navigation {
			return nil
		}
	}
	from := origin
	if from == "" {
		from = "a page of another site"
	}
	return fmt.Errorf("refused a cross-origin %s %s from a browser page at %q: kg serve answers pages of its own origin and those given with --cors", r.Method, r.URL.Path, from)
}

// serveCORS sets CORS headers for an allowed origin and answers a preflight request.
// It reports whether it answered.
func (s *handler) serveCORS(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" || len(s.cors) == 0 {
		return false
	}
	hdr := w.Header()
	hdr.Add("Vary", "Origin")
	switch {
	case s.cors["*"]:
		hdr.Set("Access-Control-Allow-Origin", "*")
	case s.cors[origin]:
		hdr.Set("Access-Control-Allow-Origin", origin)
	default:
		return false
	}
	if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
		hdr.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		hdr.Set("Access-Control-Allow-Headers", "Accept, Content-Type, Content-Encoding, Accept-Encoding")
		hdr.Set("Access-Control-Max-Age", "600")
		w.WriteHeader(http.StatusNoContent)
		return true
	}
	return false
}

func (s *handler) serveHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// NewServer returns the http.Server for handler, with the timeouts cfg implies:
// request headers within 10 seconds, a whole request within cfg.ReadTimeout, an answer
// within the query time limit and the read time limit and a minute more, and an idle
// connection closed after two minutes. handler is one NewHandler returned with cfg.
func NewServer(handler http.Handler, cfg Config) (*http.Server, error) {
	cfg, err := withDefaults(cfg)
	if err != nil {
		return nil, err
	}
	return &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: min(10*time.Second, cfg.ReadTimeout),
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.ReadTimeout + cfg.QueryTimeout + time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}, nil
}

func tooLarge(limit int64) error {
	return fmt.Errorf("request body is larger than the server's limit of %d bytes", limit)
}

// writeJSON answers with v as JSON.
func writeJSON(w http.ResponseWriter, code int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // IRIs read <kg:x>, not \u003ckg:x\u003e
	if err := enc.Encode(v); err != nil {
		code = http.StatusInternalServerError
		buf.Reset()
		enc.Encode(map[string]string{"error": "encode response: " + err.Error()})
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// writeError answers with {"error": "..."}, the form Cayley's API and UI use.
func writeError(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, map[string]string{"error": strings.TrimSpace(err.Error())})
}
