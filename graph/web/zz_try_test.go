package web_test

import (
	"os"
	"strings"
	"testing"

	"github.com/factgraph/kg/graph/web"
)

func TestZZTry(t *testing.T) {
	scripts := os.Getenv("ZZ_SCRIPTS")
	if scripts == "" { t.Skip() }
	srv, _ := newServer(t, web.Config{})
	for _, s := range strings.Split(scripts, "\n") {
		path := "/api/v2/query?lang=gizmo"
		if strings.HasPrefix(s, "SHAPE ") { path = "/api/v1/shape/gizmo"; s = s[6:] }
		r := do(t, "POST", srv.URL+path, s, nil)
		t.Logf("%s\n  => %d %s", s, r.status, r.body)
	}
}
