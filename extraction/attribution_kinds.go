package extraction

import "github.com/factgraph/kg"

// Bodies called by their kind: a report names a body once with the kind of body it is
// ("the opposition's Civic Accord coalition said", "the monitoring group Varnian
// Observatory", "Harlow Freight, a trucking cooperative,") and from then on lets the kind
// alone speak for it ("the coalition said in a statement", "the cooperative said about
// 120 drivers …"). The kind noun is not the body's last word, so the look-back for a name
// ending in the head (descriptionEntity) misses it.

// calledByHead returns the one body (an organization, a group, or a name the entity
// stage left untyped) named before token st that the article called by the head noun
// of the description st..b-1 ("the coalition": a name followed by "coalition" unless the
// name ends on a body word of its own, "coalition" in its apposition or right before
// it), whose every modifier in the description is said of it; "" when the head names a
// person, when none or two fit.
func (rd *reader) calledByHead(st, b int) string {
	head := rd.low(b - 1)
	if b <= st || rd.toks[b-1].has(fCap) || plural(head) || roleNouns[head] || rd.isPersonNoun(b-1) {
		return ""
	}
	if _, person := personHeads[head]; person {
		return ""
	}
	fit := -1
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent < 0 || m.ent == fit || m.b > st || rd.quoteOf[m.a] != 0 || m.demonym {
			continue
		}
		if t := rd.ents[m.ent].typ; t == kg.Person || t == kg.Place {
			continue // a body the entity stage could not type ("Democratic Unity") may be Other
		}
		// "the National Basketball Association team" is the Pelicans, not the league: a
		// name that ends on a body's own head word modifies the kind after it
		after := rd.low(m.b) == head && rd.toks[m.b-1].feat&lxOrgHead == 0
		if !after && !rd.calledKind(m, head) || !rd.orgModifiersFit(st, b-1, m.ent) {
			continue
		}
		if fit >= 0 {
			return "" // two bodies called so
		}
		fit = m.ent
	}
	return rd.entName(fit)
}
