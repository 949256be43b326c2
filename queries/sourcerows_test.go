package queries

import (
	"context"
	"strings"
	"testing"

	"github.com/factgraph/kg/graph"
)

// TestSourceRowsAsJavaScript: `sources` prints the same rows whether Go makes them
// (__kgSourceRows) or the prelude's JavaScript does, for each kind and each filter,
// patterns in other case and beyond ASCII among them; and Go does make them.
func TestSourceRowsAsJavaScript(t *testing.T) {
	qs := loadInto(t, graph.Pebble, helperTestDirs...)
	src, err := Get("sources")
	if err != nil {
		t.Fatal(err)
	}
	cases := []map[string]string{nil, {"kind": "figure"}, {"kind": "quote"}, {"kind": "relation"},
		{"claim": "KILLED"}, {"claim": "é"}, {"claim": "İ"}, {"source": "police"}, {"publisher": "a"},
		{"kind": "quote", "source": "ı"}, {"claim": "nothing says this"}}
	full := 0
	for _, p := range cases {
		with, without := runAs(t, qs, src.Source, p, true), runAs(t, qs, src.Source, p, false)
		if with != without {
			t.Errorf("%v: in Go\n%s\nin JavaScript\n%s", p, with, without)
		}
		if strings.Count(with, `"claim"`) > 3 {
			full++
		}
	}
	if full < 4 {
		t.Errorf("only %d cases gave more than three rows: the comparison says little", full)
	}
	// Go makes the rows of every kind of claim (false would leave them to JavaScript).
	inGo := runAs(t, qs, `var kinds = FIGURES.concat(["quote", "relation"]), made = 0;
eachDay(kinds, null, function (batch) {
  var list = __kgSourceRows(batch, "", "", "", ["kind", "claim", "path"]);
  if (list === false) throw new Error("left to JavaScript");
  list.forEach(function (r) { if (__kgResultRow(r)) made++; });
});
made`, nil, true)
	if inGo == "[0]" || !strings.HasPrefix(inGo, "[") {
		t.Errorf("Go made %s rows", inGo)
	}
}

// BenchmarkSources runs the saved `sources` over the helpers' test stores, its rows
// made in Go (__kgSourceRows and the other helpers) and by the prelude's JavaScript.
func BenchmarkSources(b *testing.B) {
	qs := loadInto(b, graph.Pebble, helperTestDirs...)
	src, err := Get("sources")
	if err != nil {
		b.Fatal(err)
	}
	for _, helpers := range []bool{true, false} {
		name := "go"
		if !helpers {
			name = "javascript"
		}
		b.Run(name, func(b *testing.B) {
			defer func(was bool) { goHelpers = was }(goHelpers)
			goHelpers = helpers
			for i := 0; i < b.N; i++ {
				rows, err := Run(context.Background(), qs, src.Source, Options{})
				if err != nil || len(rows) == 0 {
					b.Fatalf("%d rows, %v", len(rows), err)
				}
			}
		})
	}
}
