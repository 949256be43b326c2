package extraction

import (
	"slices"
	"strings"

	"github.com/factgraph/kg"
)

// ofHeads are the heads of a government body's name that news writes both before "of"
// and after the body's field: "Department of Justice" and "Justice Department",
// "Ministry of Defense" and "Defense Ministry".
var ofHeads = newTokSet(map[string]bool{"department": true, "ministry": true})

// ofFormOf reports whether the key words ew ("justice department", "russian defense
// ministry") name the body tw writes with "of" ("us department of justice", "russian
// ministry of defense"): the same words before the head, or none where tw's are the
// United States', then one field word, the head, "of" and the field:
// "Marlow Parks Department" and "Marlow Department of Parks"; not "Parks Department"
// and "Tarven Department of Parks".
func ofFormOf(ew, tw []string) bool {
	n := len(ew)
	if n < 2 || !ofHeads.has(ew[n-1]) {
		return false
	}
	pre, field, head := ew[:n-2], ew[n-2], ew[n-1]
	if len(tw) < len(pre) || !slices.Equal(tw[:len(pre)], pre) {
		return false
	}
	rest := tw[len(pre):]
	if len(pre) == 0 && len(rest) > 0 && rest[0] == "us" {
		rest = rest[1:] // "U.S. Department of Justice" for the "Justice Department"
	} else if len(pre) == 0 && len(rest) > 1 && rest[0] == "united" && rest[1] == "states" {
		rest = rest[2:]
	}
	switch len(rest) {
	case 3:
		return rest[0] == head && rest[1] == "of" && rest[2] == field
	case 4:
		return rest[0] == head && rest[1] == "of" && rest[2] == "the" && rest[3] == field
	}
	return false
}

// fieldBodyElsewhere reports whether an organization other than entities ei and ti ends
// with ei's key words ("Brazilian health ministry" beside "Health Ministry" and
// "Ministry of Health"): the short "Health Ministry" may be that one's, so ofFormOf's
// merge waits for the passes that place it.
func (es *entitySet) fieldBodyElsewhere(ei, ti int) bool {
	tail := " " + es.ents[ei].key
	for oi, o := range es.ents {
		if oi != ei && oi != ti && !o.dropped && o.typ == kg.Organization && strings.HasSuffix(o.key, tail) {
			return true
		}
	}
	return false
}
