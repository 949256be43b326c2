package queries

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"

	"github.com/factgraph/kg/extraction"
	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/loaders"
)

// loadInto loads the articles of dirs into a fresh store of backend (in a folder of
// the test's for an embedded one).
func loadInto(t testing.TB, backend string, dirs ...string) cgraph.QuadStore {
	t.Helper()
	opt := graph.Options{Backend: backend}
	if backend != graph.Memstore {
		opt.Addr = filepath.Join(t.TempDir(), "store")
	}
	s, err := graph.Open(opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var files []string
	for _, dir := range dirs {
		fs, _ := filepath.Glob(filepath.Join(dir, "*"))
		sort.Strings(fs)
		files = append(files, fs...)
	}
	for _, f := range files {
		res, err := loaders.Default().ReadFile(f, loaders.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range res.Articles {
			x, err := extraction.Extract(a)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.AddArticle(x); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	return s.QuadStore()
}

var helperTestDirs = []string{"testdata/statements", "testdata/clusters/rising-toll", "testdata/clusters/two-outlets-agree",
	"testdata/clusters/same-day-disagreement"}

// TestHelpersAnswerAsGizmo: each Go helper answers what the prelude's JavaScript
// answers without it, on a kv store (kg's default) and on the memstore.
func TestHelpersAnswerAsGizmo(t *testing.T) {
	script := `
var kinds = Object.keys(ROW), out = {rows: 0, out: 0, events: 0};
kinds.forEach(function (kind) {
  var ours = JSON.stringify(__kgRows(kind, null)), theirs = JSON.stringify(rowLiterals(null, kind).map(function (s) { return splitRow(s, kind); }));
  if (ours !== theirs) throw new Error("rows of " + kind + ": " + ours + " != " + theirs);
  out.rows += JSON.parse(ours).length;
  g.V().has(kg("rowKind"), kind).unique().toArray().forEach(function (a) {
    var ours = JSON.stringify(__kgRows(kind, nodeOf(a))), theirs = JSON.stringify(rowLiterals(nodeOf(a), kind).map(function (s) { return splitRow(s, kind); }));
    if (ours !== theirs) throw new Error("rows of " + a + ": " + ours + " != " + theirs);
  });
});
var arts = rows("article").map(function (r) { return nodeOf(key(r, "article")); });
[T.mentions, T.name, T.type].forEach(function (p) {
  var ours = JSON.stringify(__kgOut(arts, p)), theirs = JSON.stringify(arts.map(function (a) { return g.V(a).out(p).toArray(); }));
  if (ours !== theirs) throw new Error("out " + p + ": " + ours + " != " + theirs);
  JSON.parse(ours).forEach(function (l) { out.out += l.length; });
});
var ents = [];
__kgOut(arts, T.mentions).forEach(function (l) { l.forEach(function (e) { ents.push(e); }); });
var ours = JSON.stringify(__kgOut(ents, T.name)), theirs = JSON.stringify(ents.map(function (e) { return g.V(e).out(T.name).toArray(); }));
if (ours !== theirs) throw new Error("names: " + ours + " != " + theirs);
var ix = __kgIncidents(), mine = {};
rows("incident").forEach(function (r) {
  var e = record(r);
  var want = { event: e.label, date: e.date || null, type: e.type, country: e.country || null, place: e.place || null, id: e.event };
  mine[e.event] = true;
  var got = ix.list.filter(function (x) { return x.id === e.event; })[0];
  if (JSON.stringify(got) !== JSON.stringify(Object.assign(want, { rec: e }))) throw new Error("event " + JSON.stringify(got) + " != " + JSON.stringify(want));
  (e.mentions || []).forEach(function (m) { if (ix.of(m) !== e.event) throw new Error("mention " + m + ": " + ix.of(m)); });
  out.events++;
});
if (ix.of("kg:no-such-mention") !== null) throw new Error("an unknown mention has an event");
// Articles one by one, then (after articleReads look-ups) all at once.
var artRows = rows("article");
function checkArticles() {
  artRows.forEach(function (r) {
    var ours = JSON.stringify(__kgArticle(key(r, "article"))), theirs = JSON.stringify(JSON.parse(r.json));
    if (ours !== theirs) throw new Error("article " + ours + " != " + theirs);
    out.articles++;
  });
  if (__kgArticle("kg:article/no-such-article") !== null) throw new Error("an unknown article has a record");
}
out.articles = 0;
checkArticles();
for (var i = 0; i < ARTICLE_READS; i++) __kgArticle("kg:article/none-" + i);
checkArticles();
// Rows sorted in Go as byRaw sorts them, shuffled first; those whose keys the
// script set, and plain objects, left to JavaScript.
out.sorted = 0;
Object.keys(ROW).forEach(function (kind) {
  var list = rows(kind).reverse(), mine = list.slice(), theirs = list.slice();
  if (!__kgSortRows(mine)) throw new Error("rows of " + kind + " not sorted in Go");
  theirs.sort(byRaw);
  mine.forEach(function (r, i) { if (r !== theirs[i]) throw new Error("sorted " + kind + ": " + r.raw + " at " + i + ", not " + theirs[i].raw); });
  out.sorted += list.length;
});
var some = rows("quote");
some[0].k = some[0].k.slice();
if (__kgSortRows(some)) throw new Error("rows sorted in Go after a script set their keys");
if (__kgSortRows([{ k: [], raw: "x", kind: "quote" }])) throw new Error("a plain object sorted in Go");
// Objects sorted in Go as the prelude's JavaScript comparison sorts them.
var names = ["b", "a", "\uE000", "\uD83D\uDE00", "ab", "", "b"], objs = [];
for (var i = 0; i < 60; i++) objs.push({ n: (i * 7) % 5, w: names[i % names.length], i: i });
var byGo = objs.slice(), byJS = objs.slice();
if (!__kgSortBy(byGo, ["-n", "w"])) throw new Error("objects not sorted in Go");
byJS.sort(function (a, b) { if (a.n !== b.n) return b.n - a.n; return a.w < b.w ? -1 : a.w > b.w ? 1 : 0; });
byGo.forEach(function (o, i) { if (o !== byJS[i]) throw new Error("sortBy: " + JSON.stringify(byGo) + " != " + JSON.stringify(byJS)); out.sorted++; });
if (__kgSortBy([{ n: 1 }, { n: "1" }], ["n"])) throw new Error("a field of numbers and strings sorted in Go");
if (__kgSortBy([{ n: 1 }, {}], ["n"])) throw new Error("a field missing from an object sorted in Go");
out.records = 0;
Object.keys(ROW).forEach(function (kind) {
  rows(kind).forEach(function (r) {
    if (JSON.stringify(__kgRecord(r)) !== JSON.stringify(JSON.parse(r.json))) throw new Error("record of " + r.raw);
    out.records++;
  });
});
rows("article").forEach(function (r) {
  var text = r.json; // read first: the record is still the row's
  if (JSON.stringify(__kgRecord(r)) !== JSON.stringify(JSON.parse(text))) throw new Error("record of " + r.raw + " after its json was read");
});
if (__kgRecord({ json: '{"a": [1, "x"]}' }).a[1] !== "x") throw new Error("the record of a plain row");
var r0 = rows("article")[0];
r0.json = '{"b": 2}';
if (__kgRecord(r0).b !== 2) throw new Error("a row whose record the script replaced");
out;
`
	for _, backend := range []string{graph.Pebble, graph.Memstore} {
		t.Run(backend, func(t *testing.T) {
			qs := loadInto(t, backend, helperTestDirs...)
			rows, err := Run(context.Background(), qs, strings.Replace(script, "ARTICLE_READS", strconv.Itoa(articleReads+1), 1), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 1 {
				t.Fatalf("rows %v", rows)
			}
			counts, _ := rows[0].(map[string]any)
			for _, k := range []string{"rows", "out", "events", "articles", "records", "sorted"} {
				if n, _ := counts[k].(int64); n == 0 {
					t.Errorf("the test compared no %s: %v", k, counts)
				}
			}
		})
	}
}

// runAs runs script over qs with the Go helpers on or off and returns its rows as JSON,
// for the tests that compare the two.
func runAs(t *testing.T, qs cgraph.QuadStore, script string, params map[string]string, helpers bool) string {
	t.Helper()
	defer func(was bool) { goHelpers = was }(goHelpers)
	goHelpers = helpers
	rows, err := Run(context.Background(), qs, script, Options{Params: params})
	if err != nil {
		t.Fatalf("%.60q %v (helpers %v): %v", script, params, helpers, err)
	}
	b, err := json.Marshal(rows)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSavedQueriesWithoutHelpers: every saved query answers the same with the Go
// helpers as with the prelude's JavaScript alone, every row.
func TestSavedQueriesWithoutHelpers(t *testing.T) {
	qs := loadInto(t, graph.Pebble, helperTestDirs...)
	params := map[string]map[string]string{"entity": {"name": "Mara Quist"}, "neighbourhood": {"name": "Mara Quist"},
		"paths": {"from": "United Nations", "to": "Oren Taal"}, "event-reports": {"event": "flood"}}
	nonEmpty := 0
	for _, q := range List() {
		with, without := runAs(t, qs, q.Source, params[q.Name], true), runAs(t, qs, q.Source, params[q.Name], false)
		if with != without {
			t.Errorf("%s: with the helpers\n%s\nwithout\n%s", q.Name, with, without)
		}
		if with != "[]" {
			nonEmpty++
		}
	}
	if nonEmpty < 8 {
		t.Errorf("only %d saved queries gave rows: the comparison says little", nonEmpty)
	}
}

// TestHelpersNotWhenRecording: a session that records a query's shape gets no
// helpers, so that the prelude's paths are the ones recorded.
func TestHelpersNotWhenRecording(t *testing.T) {
	qs := annan(t)
	rows, err := Run(context.Background(), qs, `typeof __kgRows + " " + typeof __kgOut + " " + typeof __kgIncidents`, Options{})
	if err != nil || len(rows) != 1 || !reflect.DeepEqual(rows[0], "function function function") {
		t.Fatalf("rows %v, err %v", rows, err)
	}
	recorded := 0
	it, err := Start(context.Background(), qs, `rows("figure"); events(); outOf([g.IRI("kg:x")], T.name); typeof __kgRows`,
		StartOptions{Record: func(*path.Path) error { recorded++; return nil }})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	for it.Next(context.Background()) {
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	// rowLiterals' two paths (figure, incident), and outOf's one.
	if recorded < 3 {
		t.Errorf("recorded %d paths, want the prelude's 3", recorded)
	}
}
