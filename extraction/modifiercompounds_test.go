package extraction

import (
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// TestModifierCompounds: a name written into a compound adjective ends at the hyphen
// ("the Red Banner-held town", "Dover-area deputies", "a Cold Peace-era treaty"), and a
// title's possessive office is one body ("the Dover Public Defender's Office")
// (modifiercompounds.go, titles.go officeOfTitle); a demonym before a member's noun used
// as a modifier names no group ("Chilean rebel commanders").
func TestModifierCompounds(t *testing.T) {
	x := extract(t, "modifier-compounds")
	byName := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		byName[e.Name] = e.Type
	}
	for name := range byName {
		if strings.Contains(name, "-held") || strings.Contains(name, "-area") || strings.Contains(name, "-era") ||
			strings.Contains(name, "-born") || strings.Contains(name, "-winning") || strings.Contains(name, "-listed") {
			t.Errorf("compound read as a name: %q (%s)", name, byName[name])
		}
	}
	if typ, ok := byName["Dover Public Defender's Office"]; !ok || typ != kg.Organization {
		t.Errorf("Dover Public Defender's Office: got %q, %v; entities %v", typ, ok, byName)
	}
	if _, ok := byName["Office"]; ok {
		t.Errorf("office split at its possessive: %v", byName)
	}
	if _, ok := byName["Chilean rebel"]; ok {
		t.Errorf("a member's noun as a modifier made a group: %v", byName)
	}
	if typ := byName["Chilean rebels"]; typ != kg.Group {
		t.Errorf("Chilean rebels: %q, want Group", typ)
	}
	for _, n := range []string{"Cold Peace", "Pulsar Prize"} {
		if _, ok := byName[n]; ok {
			t.Errorf("a plain modifier's first half made a name: %q", n)
		}
	}
}
