//go:build deps

// Package deps pins the modules kg's packages are being written against, so that
// `go mod tidy` keeps them while the code that uses them is in progress.
package deps

import (
	_ "codeberg.org/readeck/go-readability/v2"
	_ "github.com/PuerkitoBio/goquery"
	_ "github.com/biter777/countries"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/cayley/ui"
	_ "github.com/cayleygraph/cayley/writer"
	_ "github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/jsonld"
	_ "github.com/cayleygraph/quad/nquads"
	_ "github.com/chromedp/chromedp"
	_ "github.com/mattn/go-isatty"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/urfave/cli/v2"
	_ "golang.org/x/net/html"
	_ "golang.org/x/sync/errgroup"
	_ "gopkg.in/yaml.v3"
)
