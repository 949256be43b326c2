package extraction

import "testing"

// TestWhoClauses: a relative clause right after a person's name that gives them a role at
// an organization it names — a verb of heading, leading, directing or founding with the
// organization as its object (a kind before the name aside), or "is"/"was" and a role
// noun ("who is also chief executive of") — and not a role of someone the clause names
// ("the son of the president of"), a unit of the organization ("the … team's safety
// review", "the … office in"), a share of it, or a name after the clause's role ("and
// spent a decade as a member of", "back in the … administration").
func TestWhoClauses(t *testing.T) {
	x := extract(t, "who-clauses")
	for _, r := range [][3]string{
		{"Dana Ruiz", "leaderOf", "Brantwell Foundation"},
		{"Rita Morrow", "coFounderOf", "Quenta Labs"},
		{"Karl Ibsen", "chiefExecutiveOf", "Norvane Energy"},
		{"Lena Fisk", "chairwomanOf", "Pellard Bank"},
		{"Jon Ivers", "coFounderOf", "Pellard Bank"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Omar Vale", "presidentOf", "Tarsen Mining"},
		{"Ivo Brandt", "leaderOf", "Tarsen Mining"},
		{"Pia Holm", "ownerOf", "Norvane Energy"},
		{"Sara Lund", "lawmakerOf", "Varlo Dockworkers Union"},
		{"Ben Okafor", "treasurerOf", "Marit Holm administration"},
		{"Anna Berg", "headOf", "Varlo Dockworkers Union"},
		{"Eva Strand", "founderOf", "a shipping firm"},
		{"Mia Roth", "chairOf", "Pellard Bank"},
		{"Leo Hart", "chiefOf", "Norvane Energy"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unexpected %s %s %s", r[0], r[1], r[2])
		}
	}
}
