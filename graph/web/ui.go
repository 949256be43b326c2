package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"regexp"
	"strings"
	"time"

	cayleyui "github.com/cayleygraph/cayley/ui"
)

// ErrUIBundle means Cayley's bundled UI is not the build kg knows how to adapt: a text
// that kg rewrites at start-up was not found.
var ErrUIBundle = errors.New("unexpected cayley UI bundle")

//go:embed assets
var assets embed.FS

// Where kg serves its stand-in for the Monaco editor and what it adds to Cayley's UI.
const (
	editorPath = "/static/kg/editor.js"
	uiPath     = "/static/kg/ui.js"
)

// kgAssets are kg's own files, served at these paths from assets/ (by their base name).
var kgAssets = []string{"service-worker.js", editorPath[1:], uiPath[1:], "static/kg/queries.js", "kg/queries.html"}

// asset is one file of the UI, ready to serve.
type asset struct {
	body        []byte
	contentType string
	etag        string
	csp         string // Content-Security-Policy, for pages
}

// userInterface serves Cayley's web UI, adapted once at start-up so that it works at
// any address and without a network:
//
//   - the bundle's server URL, http://localhost:64210, becomes window.location.origin;
//   - the Visualize page's links are drawn longer (170 instead of 100), and its layout
//     runs kg's force (window.kgForce in assets/ui.js: a stronger charge, and names
//     kept from covering one another) in place of d3's charge, so that names spread
//     around a node;
//   - the Monaco editor, which the bundle loads from cdn.jsdelivr.net, is replaced by a
//     plain text editor kg serves itself (assets/editor.js), and the CDN address by a
//     local one, so that the page asks nothing of another host;
//   - the Material Icons font (fonts.googleapis.com) is not imported;
//   - service-worker.js unregisters any worker an older Cayley left behind, with its
//     caches, so that no stale copy of the bundle is served;
//   - assets/ui.js adds what kg's users need (see its comment): a link to kg's page
//     of saved queries (/kg/queries, assets/queries.html), no Write page on a
//     read-only server, and a status line that says when a query runs, what it found,
//     and when it found nothing.
type userInterface struct {
	assets map[string]*asset
}

// rewrite replaces old by new in the files whose path matches file; every rule must
// apply at least once.
type rewrite struct {
	file     *regexp.Regexp
	old, new string
}

var uiRewrites = []rewrite{
	// Same length as the literal it replaces, so the bundle's source maps stay right.
	{regexp.MustCompile(`^static/js/main\.[0-9a-f]+\.chunk\.js$`), `"http://localhost:64210"`, `window.location.origin  `},
	// Longer links in the Visualize page's graph, so that a node's neighbours and their
	// names spread around it instead of piling up.
	{regexp.MustCompile(`^static/js/main\.[0-9a-f]+\.chunk\.js$`), `.links(t.links).distance(100)`, `.links(t.links).distance(170)`},
	// kg's force in place of d3's charge (Z is the bundle's d3-force module); same length.
	{regexp.MustCompile(`^static/js/main\.[0-9a-f]+\.chunk\.js$`), `.force("charge",Object(Z.c)())`, `.force("charge",kgForce(Z)   )`},
	{regexp.MustCompile(`^static/js/2\.[0-9a-f]+\.chunk\.js$`), `"http://localhost:64210"`, `window.location.origin  `},
	{regexp.MustCompile(`^static/js/2\.[0-9a-f]+\.chunk\.js$`), `https://cdn.jsdelivr.net/npm/monaco-editor@0.18.1/min/vs`, `/static/kg/no-monaco/vs`},
	{regexp.MustCompile(`^static/css/main\.[0-9a-f]+\.chunk\.css$`), `@import url(https://fonts.googleapis.com/icon?family=Material+Icons);`, ``},
	{regexp.MustCompile(`^index\.html$`), `</head>`, `<script src="` + editorPath + `"></script><script src="` + uiPath + `"></script></head>`},
}

var inlineScript = regexp.MustCompile(`(?s)<script>(.*?)</script>`)

func newUserInterface() (*userInterface, error) {
	web, err := fs.Sub(cayleyui.FS, "web")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUIBundle, err)
	}
	u := &userInterface{assets: make(map[string]*asset)}
	applied := make([]int, len(uiRewrites))
	err = fs.WalkDir(web, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(web, name)
		if err != nil {
			return err
		}
		for i, rw := range uiRewrites {
			if rw.file.MatchString(name) && bytes.Contains(body, []byte(rw.old)) {
				body = bytes.ReplaceAll(body, []byte(rw.old), []byte(rw.new))
				applied[i]++
			}
		}
		u.add(name, body)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUIBundle, err)
	}
	for i, n := range applied {
		if n == 0 {
			return nil, fmt.Errorf("%w: no %q in %s", ErrUIBundle, uiRewrites[i].old, uiRewrites[i].file)
		}
	}
	for _, name := range kgAssets {
		body, err := assets.ReadFile("assets/" + path.Base(name))
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrUIBundle, err)
		}
		u.add(name, body)
	}
	if u.assets["index.html"] == nil {
		return nil, fmt.Errorf("%w: no index.html", ErrUIBundle)
	}
	for name, a := range u.assets {
		if path.Ext(name) == ".html" {
			a.csp = contentSecurityPolicy(a.body)
		}
	}
	return u, nil
}

func (u *userInterface) add(name string, body []byte) {
	sum := sha256.Sum256(body)
	u.assets[name] = &asset{
		body:        body,
		contentType: contentType(name),
		etag:        `"` + hex.EncodeToString(sum[:12]) + `"`,
	}
}

// contentSecurityPolicy allows the page only what it needs from its own origin, and
// its one inline script by hash. It keeps the promise that the UI asks nothing of other
// hosts, and keeps the page out of frames.
func contentSecurityPolicy(page []byte) string {
	scripts := []string{"'self'"}
	for _, m := range inlineScript.FindAllSubmatch(page, -1) {
		sum := sha256.Sum256(m[1])
		scripts = append(scripts, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
	}
	return strings.Join([]string{
		"default-src 'self'",
		"script-src " + strings.Join(scripts, " "),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'none'",
	}, "; ")
}

var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".json": "application/json",
	".map":  "application/json",
	".ts":   "text/plain; charset=utf-8", // gizmo.d.ts, fetched as text; not video/mp2t
	".txt":  "text/plain; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
}

func contentType(name string) string {
	if t, ok := contentTypes[path.Ext(name)]; ok {
		return t
	}
	return "application/octet-stream"
}

func (u *userInterface) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	if name == "" {
		name = "index.html"
	}
	a := u.assets[name]
	if a == nil && path.Ext(name) == "" {
		a = u.assets[name+".html"] // /kg/queries
	}
	if a == nil {
		http.NotFound(w, r)
		return
	}
	hdr := w.Header()
	hdr.Set("Content-Type", a.contentType)
	hdr.Set("ETag", a.etag)
	// The files keep their names from one kg to the next while their contents may
	// change (the rewrites): ask the browser to check before using its copy.
	hdr.Set("Cache-Control", "no-cache")
	if a.csp != "" {
		hdr.Set("Content-Security-Policy", a.csp)
		hdr.Set("Referrer-Policy", "no-referrer")
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(a.body))
}
