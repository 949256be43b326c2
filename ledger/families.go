package ledger

import (
	"sort"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// familyTallies adds an incident's tallies of measure families (familyOf): a
// value that reports give under different measures of one family ("£130 million in
// back taxes", "a £130 million payment") is one quantity, tallied under the family with
// the measures each report gave (Measures). The tallies of its measures that the
// family's tally holds whole are dropped: one quantity, one row. Each measure is still
// judged on its own series (a fine and a settlement of one case may differ), so a
// family adds agreement, never a conflict. bySeries is judge's figures by series key,
// keys those keys in order.
func familyTallies(inc *schema.IncidentRecord, bySeries map[string][]*figure, keys []string, reports []schema.MentionsRecord) {
	byFamily := map[string][]*figure{}
	classes := map[string]map[string]bool{}
	var fams []string
	for _, key := range keys {
		for _, f := range bySeries[key] {
			fam := familyOf(f)
			if fam == "" || !f.scope.Comparable() {
				continue
			}
			k := fam + "\x00" + f.scope.Key() + "\x00" + f.rec.Unit
			if byFamily[k] == nil {
				fams = append(fams, k)
				classes[k] = map[string]bool{}
			}
			byFamily[k] = append(byFamily[k], f)
			classes[k][f.class] = true
		}
	}
	for _, k := range fams {
		s := byFamily[k]
		if len(classes[k]) < 2 {
			continue // one measure: its own series' tallies say it all
		}
		sort.Slice(s, func(i, j int) bool { return before(s[i], s[j]) })
		measures := map[string]string{} // claim → the measure its report gave
		for _, f := range s {
			measures[f.rec.Claim] = f.rec.Measure
		}
		for _, t := range tallies(inc.Event, "family\x00"+k, familyOf(s[0]), s, reports) {
			named := map[string]bool{}
			for _, c := range t.Claims {
				named[measures[c]] = true
			}
			if len(named) < 2 {
				continue // one measure's value: its own tally
			}
			t.Measures = schema.SortedKeys(named)
			inc.Tallies = append(withoutHeld(inc.Tallies, t), t)
		}
	}
}

// withoutHeld returns tallies less those of one value whose claims the family's tally t
// holds all of.
func withoutHeld(tallies []schema.TallyRecord, t schema.TallyRecord) []schema.TallyRecord {
	held := make(map[string]bool, len(t.Claims))
	for _, c := range t.Claims {
		held[c] = true
	}
	out := tallies[:0]
	for _, o := range tallies {
		if o.Value == t.Value && o.Unit == t.Unit && o.Scope == t.Scope && o.Qualifier == t.Qualifier && allHeld(o.Claims, held) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// allHeld reports whether every claim is in held.
func allHeld(claims []string, held map[string]bool) bool {
	for _, c := range claims {
		if !held[c] {
			return false
		}
	}
	return true
}

// familyOf is the family of a figure's measure: the one its clause gave it
// (kg.Figure.Family), else its measure's (kg.MeasureFamily).
func familyOf(f *figure) string {
	if f.rec.Family != "" {
		return f.rec.Family
	}
	return kg.MeasureFamily(f.class)
}
