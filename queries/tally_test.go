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
	with, without := runAs(t, qs, script, nil, true), runAs(t, qs, script, nil, false)
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
	with, without := runAs(t, qs, script, nil, true), runAs(t, qs, script, nil, false)
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

// TestCanonicalOutAsJavaScript: the prelude's canonicalOut gives every article's
// entities, each taken for its canonical entity, the same in Go (__kgCanonicalOut) as
// in JavaScript, with an entity taken for another in one step and one in two.
func TestCanonicalOutAsJavaScript(t *testing.T) {
	qs := loadInto(t, graph.Pebble, helperTestDirs...)
	script := `
var arts = g.V().has(T.type, T.NewsArticle).toArray().map(function (a) { return nodeOf(a); });
identities(); // and two merges of its own, one of two steps
var first = outOf(arts, T.mentions).filter(function (es) { return es.length > 1; })[0];
_into[short(first[0])] = "kg:entity/person/taken-for"; _into["kg:entity/person/taken-for"] = "kg:entity/person/in-two-steps";
_into[short(first[1])] = "kg:entity/person/in-one-step";
var m = canonicalOut(arts, T.mentions), merged = 0, n = 0;
Object.keys(m).forEach(function (a) { n += m[a].length; });
Object.keys(_into).forEach(function () { merged++; });
emit({ mentions: m, n: n, merges: merged });
`
	with, without := runAs(t, qs, script, nil, true), runAs(t, qs, script, nil, false)
	if with != without {
		t.Errorf("in Go\n%s\nin JavaScript\n%s", with, without)
	}
	if strings.Contains(with, `"n":0`) || !strings.Contains(with, `in-two-steps"`) || !strings.Contains(with, `in-one-step"`) {
		t.Errorf("no mentions or no merges: the comparison says little: %.300s", with)
	}
}

// BenchmarkEntityTally: entityTally over 1,000 invented reports of 20 entities each,
// tallied for 500 events of 4 reports, in Go (__kgEntityTally) and in the prelude's
// JavaScript, the rows emitted as event-entities emits them.
//
//	go test ./queries -run '^$' -bench EntityTally -benchtime 5x
func BenchmarkEntityTally(b *testing.B) {
	qs := loadInto(b, graph.Pebble, "testdata/statements")
	script := `
var mentions = {}, names = {};
for (var r = 0; r < 1000; r++) {
  var es = [];
  for (var j = 0; j < 20; j++) {
    var e = "kg:entity/person/p" + ((r * 7 + j * 13) % 20000);
    es.push(e);
    names[e] = "Person " + ((r * 7 + j * 13) % 20000);
  }
  mentions["kg:article/a" + r] = es;
}
var tally = entityTally(mentions, names);
for (var ev = 0; ev < 500; ev++) {
  var reports = [];
  for (var k = 0; k < 4; k++) reports.push("kg:article/a" + ((ev * 3 + k * 11) % 1000));
  emit({ event: "e" + ev, entities: tally(reports, 1) });
}
`
	for _, helpers := range []bool{true, false} {
		name := "go"
		if !helpers {
			name = "javascript"
		}
		b.Run(name, func(b *testing.B) {
			defer func(was bool) { goHelpers = was }(goHelpers)
			goHelpers = helpers
			for i := 0; i < b.N; i++ {
				rows, err := Run(context.Background(), qs, script, Options{})
				if err != nil {
					b.Fatal(err)
				}
				if len(rows) != 500 {
					b.Fatalf("%d rows, want 500", len(rows))
				}
			}
		})
	}
}
