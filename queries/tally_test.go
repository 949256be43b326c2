package queries

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dop251/goja"

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

// TestLongestOfAsJavaScript: the prelude's longestOf gives every entity of a store the
// same name in Go (__kgLongest) as in JavaScript, and longerName compares two names as
// the prelude's JavaScript does (lengths in UTF-16 code units, then <).
func TestLongestOfAsJavaScript(t *testing.T) {
	qs := loadInto(t, graph.Pebble, helperTestDirs...)
	script := `
var nodes = [];
ENTITY_CLASSES.forEach(function (c) { g.V().has(T.type, c).toArray().forEach(function (n) { nodes.push(nodeOf(n)); }); });
var names = longestOf(nodes, T.name), n = 0;
nodes.forEach(function (x) { if (names[short(x)]) n++; });
emit({ names: names, named: n, nodes: nodes.length });
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
	if !strings.Contains(with, `"named":`) || strings.Contains(with, `"named":0,`) {
		t.Errorf("no entity named: %s", with)
	}

	words := []string{"", "a", "b", "ab", "é", "e", "\U0001F600", "xy", "\uE000\uE000", "Ann", "Bob", "Ann Lee"}
	vm := goja.New()
	for _, s := range words {
		for _, cur := range words {
			vm.Set("s", s)
			vm.Set("cur", cur)
			v, err := vm.RunString("s.length > cur.length || (s.length === cur.length && s < cur)")
			if err != nil {
				t.Fatal(err)
			}
			if got, want := longerName(s, cur), v.ToBoolean(); got != want {
				t.Errorf("longerName(%q, %q) = %v, JavaScript %v", s, cur, got, want)
			}
		}
	}
}
