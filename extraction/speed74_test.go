package extraction

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestActionReaderGuard checks actions' guard (actionReaderAt) against the readers it
// spares: on every word token of the testdata articles that actions would hand them and
// the guard turns away, each of the nineteen readers returns false and adds no
// relation. The list below repeats actions' own; a reader added there belongs here too.
func TestActionReaderGuard(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*.input")
	if len(inputs) < 100 {
		t.Fatalf("only %d inputs", len(inputs))
	}
	checked := 0
	for _, path := range inputs {
		_, _, rd, ev := benchStages(readInput(t, path))
		rf := &relationFinder{reader: rd, eventSet: ev}
		readers := map[string]func(si, v int, w string) bool{
			"saidToOutlet": rf.saidToOutlet, "wroteTo": rf.wroteTo, "adjectiveStance": rf.adjectiveStance,
			"postedOn": rf.postedOn, "toldResumedOutlet": func(si, v int, _ string) bool { return rf.toldResumedOutlet(si, v) },
			"jointAgreement": rf.jointAgreement, "jointTalks": rf.jointTalks, "infinitiveAction": rf.infinitiveAction,
			"gerundAction": rf.gerundAction, "attackBy": rf.attackBy, "facilityIn": rf.facilityIn, "spokenIn": rf.spokenIn,
			"meetingWith": rf.meetingWith, "betweenPair": rf.betweenPair, "actBy": rf.actBy, "stakeHeld": rf.stakeHeld,
			"investorsListed": rf.investorsListed, "roundLedBy": rf.roundLedBy, "holders": rf.holders,
		}
		if len(readers) != 19 {
			t.Fatalf("%d readers", len(readers))
		}
		for si := range rf.sents {
			s := &rf.sents[si]
			if s.kind != sProse || si == rf.headline {
				continue
			}
			for v := s.start; v < s.b; v++ {
				if rf.quoteOf[v] != 0 || rf.toks[v].kind != tWord || rf.entAt[v] >= 0 && rf.toks[v].has(fCap) {
					continue
				}
				w := rf.low(v)
				if rf.actionReaderAt(v, w) {
					continue
				}
				for name, read := range readers {
					n := len(rf.rels)
					if read(si, v, w) || len(rf.rels) != n {
						t.Errorf("%s: %s reads %q (token %d), which actionReaderAt turns away", filepath.Base(path), name, w, v)
					}
				}
				checked++
			}
		}
	}
	if checked < 10000 {
		t.Errorf("only %d tokens checked", checked)
	}
}

// TestActionSwitchWords checks actionSwitchWords against actionVerb's switch: the words
// its cases compare w with and the words they ask rf.is of token v, read from the source.
func TestActionSwitchWords(t *testing.T) {
	fset := gotoken.NewFileSet()
	ids := map[string]string{} // wSaid → "said", from the generated table
	gen, err := parser.ParseFile(fset, "wordids_gen.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	ast.Inspect(gen, func(n ast.Node) bool {
		if kv, ok := n.(*ast.KeyValueExpr); ok {
			k, kok := kv.Key.(*ast.Ident)
			v, vok := kv.Value.(*ast.BasicLit)
			if kok && vok {
				ids[k.Name], _ = strconv.Unquote(v.Value)
			}
		}
		return true
	})
	f, err := parser.ParseFile(fset, "relations.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var sw *ast.SwitchStmt
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "actionVerb" {
			for _, st := range fd.Body.List {
				if s, ok := st.(*ast.SwitchStmt); ok && sw == nil {
					sw = s
				}
			}
		}
	}
	if sw == nil {
		t.Fatal("no switch in actionVerb")
	}
	found := map[string]bool{}
	for i, c := range sw.Body.List {
		if i == 0 {
			continue // the guard
		}
		for _, e := range c.(*ast.CaseClause).List {
			ast.Inspect(e, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.BinaryExpr:
					if id, ok := x.X.(*ast.Ident); ok && id.Name == "w" && x.Op == gotoken.EQL {
						if lit, ok := x.Y.(*ast.BasicLit); ok {
							w, _ := strconv.Unquote(lit.Value)
							found[w] = true
						}
					}
				case *ast.CallExpr:
					sel, ok := x.Fun.(*ast.SelectorExpr)
					if !ok || sel.Sel.Name != "is" || len(x.Args) < 2 {
						return true
					}
					if id, ok := x.Args[0].(*ast.Ident); ok && id.Name == "v" {
						for _, a := range x.Args[1:] {
							found[ids[a.(*ast.Ident).Name]] = true
						}
					}
				}
				return true
			})
		}
	}
	if len(found) < 40 {
		t.Fatalf("only %d words read from the switch", len(found))
	}
	want := slices.Sorted(maps.Keys(found))
	got := slices.Sorted(maps.Keys(actionSwitchWords.m))
	if !slices.Equal(got, want) {
		t.Errorf("actionSwitchWords = %v\nthe switch names %v", got, want)
	}
}

// TestAsciiTopicForm checks asciiTopicForm against the Unicode way articleTopic takes
// (lower, split on notNameRune, join, drop a last corporate suffix) on invented names and
// on every entity name of the testdata articles.
func TestAsciiTopicForm(t *testing.T) {
	names := []string{"", " ", "--", "Orvane Oyj", "Oyj", "X Oyj", "Acme Inc.", "A&B Corp", "U.S. Steel Co",
		"AT&T", "Wal-Mart Stores Inc", "  Lead  and trail  ", "3M Co", "ab", "a", "Z", "Ed's Place", "(The) Group",
		"Mr. T", "x-", "-x-", "Café Inc", "Über", "K Corp"}
	inputs, _ := filepath.Glob("testdata/*.input")
	for _, path := range inputs {
		_, es, _, _ := benchStages(readInput(t, path))
		for _, e := range es.ents {
			names = append(names, e.name)
			names = append(names, e.aliases...)
		}
	}
	ascii := 0
	for _, n := range names {
		got, ok := asciiTopicForm(nil, n)
		if !ok {
			continue
		}
		ascii++
		w := strings.Join(strings.FieldsFunc(strings.ToLower(n), notNameRune), " ")
		if i := strings.LastIndexByte(w, ' '); i > 0 && corpSuffix.has(w[i+1:]) {
			w = w[:i]
		}
		if string(got) != " "+w+" " {
			t.Errorf("asciiTopicForm(%q) = %q, want %q", n, got, " "+w+" ")
		}
	}
	if ascii < 1000 {
		t.Errorf("only %d ASCII names", ascii)
	}
}
