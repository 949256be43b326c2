package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Named police: "police said" in a story that names one police force ("the Chicago
// Police Department", "Seattle police") is that force's word. A story that names two
// forces (state and county police) leaves "police" as it is.

// namedPolice returns the one organization of the article whose capitalized name holds
// the word "police", or "" when none or more than one does.
func (ff *figureFinder) namedPolice() string {
	found := ""
	for _, e := range ff.ents {
		if e.dropped || e.typ != kg.Organization || e.name == "" || strings.ToLower(e.name[:1]) == e.name[:1] {
			continue
		}
		if !strings.Contains(" "+strings.ToLower(e.name)+" ", " police ") {
			continue
		}
		if found != "" && found != e.name {
			return ""
		}
		found = e.name
	}
	return found
}
