package queries

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/factgraph/kg/graph"
)

// TestEntityTallyAsJavaScript: the prelude's entityTally gives the same entities in Go
// (__kgEntityTally) as in JavaScript: counted once a report, the unnamed and the rare
// left out, most reports first, then by name, ties in the order first named, and an
// IRI without a type step typed null.
func TestEntityTallyAsJavaScript(t *testing.T) {
	qs := loadInto(t, graph.Pebble, "testdata/statements")
	script := `
var mentions = {
  "kg:article/a": ["kg:entity/person/zed", "kg:entity/org/un", "kg:entity/person/zed", "kg:odd", "kg:entity/place/x"],
  "kg:article/b": ["kg:entity/org/un", "kg:entity/person/amy", "kg:entity/person/bo", "kg:entity/place/x"],
  "kg:article/c": ["kg:entity/person/bo", "kg:entity/person/amy", "kg:entity/person/nameless", "kg:entity/place/y"],
};
var names = { "kg:entity/person/zed": "Zed", "kg:entity/org/un": "United Nations", "kg:entity/person/amy": "Amy",
  "kg:entity/person/bo": "Amy", "kg:odd": "Odd", "kg:entity/place/x": "Xé", "kg:entity/place/y": "Y" };
var tally = entityTally(mentions, names);
emit({ all: tally(["kg:article/a", "kg:article/b", "kg:article/c", "kg:article/none"], 1) });
emit({ twice: tally(["kg:article/c", "kg:article/b", "kg:article/a"], 2) });
emit({ none: tally([], 1) });
`
	run := func(helpers bool) string {
		t.Helper()
		defer func(was bool) { goHelpers = was }(goHelpers)
		goHelpers = helpers
		rows, err := Run(context.Background(), qs, script, Options{})
		if err != nil {
			t.Fatalf("helpers %v: %v", helpers, err)
		}
		b, err := json.Marshal(rows)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	with, without := run(true), run(false)
	if with != without {
		t.Errorf("in Go\n%s\nin JavaScript\n%s", with, without)
	}
	const want = `{"entity":"kg:entity/person/amy","name":"Amy","reports":2,"type":"person"},{"entity":"kg:entity/person/bo","name":"Amy","reports":2,"type":"person"}`
	if !json.Valid([]byte(with)) || !strings.Contains(with, want) || !strings.Contains(with, `"type":null`) || !strings.Contains(with, `"none":[]`) {
		t.Errorf("in Go: %s", with)
	}
}
