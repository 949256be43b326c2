package extraction

import (
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// TestCreditEdges: photo credits with the photographer in capitals, two agencies, a
// dash between them, a "file" tag or run on after the picture's year; people joined by
// "&" in a credit line or by their given names (creditedges.go, photocredits.go).
// Invented sentences.
func TestCreditEdges(t *testing.T) {
	x := extract(t, "credit-edges")
	want := map[string][]string{
		"ODALYS KESSLERING":  {"Agence France-Presse", "Getty Images"},
		"PETRONELLA LOMOND":  {"Reuters"},
		"MARTINA VELLINGHAM": {"Agence France-Presse", "Getty Images"},
		"IVO GRANDELSON":     {"Associated Press"},
		"Ruth Ellery":        {"Invision", "Associated Press"},
		"Rosa Quint":         {"Bloomberg"}, // "via Getty Images": the distributor is left
	}
	for p, os := range want {
		for _, o := range os {
			if !hasRelation(x, p, "photographerOf", o) {
				t.Errorf("missing %s photographerOf %s", p, o)
			}
		}
	}
	for _, r := range x.Relations {
		if r.Predicate != "photographerOf" {
			continue
		}
		ok := false
		for _, o := range want[r.Subject] {
			ok = ok || o == r.Object
		}
		if !ok {
			t.Errorf("unwanted %s photographerOf %s", r.Subject, r.Object)
		}
	}
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
		if strings.Contains(e.Name, " & ") && e.Type != kg.Organization || e.Name == "Tomas Rudd & Lina Voss" || e.Name == "Anne Lorrimer & Adam Fenwick" {
			t.Errorf("glued: %q %s", e.Name, e.Type)
		}
		if strings.Contains(e.Name, "/") || e.Name == "LOMOND" || e.Name == "KESSLERING" {
			t.Errorf("cut or shouted name: %q %s", e.Name, e.Type)
		}
	}
	for _, p := range []string{"ODALYS KESSLERING", "PETRONELLA LOMOND", "MARTINA VELLINGHAM", "IVO GRANDELSON",
		"Tomas Rudd", "Lina Voss", "Anne Lorrimer", "Adam Fenwick"} {
		if types[p] != kg.Person {
			t.Errorf("%s: type %q, want Person", p, types[p])
		}
	}
	for _, o := range []string{"Smith & Wesson", "Procter & Gamble", "Getty Images"} {
		if types[o] != kg.Organization {
			t.Errorf("%s: type %q, want Organization", o, types[o])
		}
	}
}
