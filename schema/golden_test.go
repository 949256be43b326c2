package schema

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"

	"github.com/factgraph/kg"
)

var update = flag.Bool("update", false, "rewrite testdata/*.nq from the current output")

// TestQuadsGolden turns each invented extraction in testdata/NAME.json into quads and
// compares them, in the order Quads writes them, with testdata/NAME.nq (go test
// ./schema -update rewrites the golden files when a change is intended).
func TestQuadsGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.json")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no testdata/*.json: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".json")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			var x kg.Extraction
			if err := json.Unmarshal(b, &x); err != nil {
				t.Fatalf("%s: %v", in, err)
			}
			x.Article.Identify()
			var out bytes.Buffer
			w := nquads.NewWriter(&out)
			if _, err := w.WriteQuads(Quads(&x)); err != nil {
				t.Fatal(err)
			}
			w.Close()
			golden := strings.TrimSuffix(in, ".json") + ".nq"
			if *update {
				if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./schema -update writes it)", err)
			}
			if !bytes.Equal(want, out.Bytes()) {
				t.Errorf("Quads(%s) differs from %s:\n%s", in, golden, out.String())
			}
		})
	}
}
