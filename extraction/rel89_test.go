package extraction

import "testing"

// TestUnitHeads (rel89): a title that leads is held of the unit a possessive names, not
// of its owner ("head of the Kestrel Agency's Security Office" heads the office), before
// a name or after it, nor of the body after a unit named in lower case ("head of the
// political science department at Halvorsen University"); no title of a place's unit is
// the place's ("a spokeswoman for Kent County's public schools"); a trade practised in the
// unit is still practised at the owner, a board or a delegation is the owner's own, a post
// named by its field ("director of research at") and a title of the owner itself stay.
func TestUnitHeads(t *testing.T) {
	for _, c := range []struct {
		body    string
		s, p, o string
		want    bool
	}{
		{"The plan was backed by Tom Vell, head of the Kestrel Agency's Security Office, on Monday.", "Tom Vell", "headOf", "Kestrel Agency", false},
		{"The plan was backed by Tom Vell, head of the Kestrel Agency's Security Office, on Monday.", "Tom Vell", "headOf", "Security Office", true},
		{"The plan was backed by Mara Lind, director of Halvorsen University's marine program, on Monday.", "Mara Lind", "directorOf", "Halvorsen University", false},
		{"The head of Norvale Motors' global design unit, Ann Crane, said it was late.", "Ann Crane", "headOf", "Norvale Motors", false},
		{"Rena Vik, a spokeswoman for Kent County's public schools, said it was late.", "Rena Vik", "spokeswomanOf", "Kent County", false},
		{"Dana Holm, the head of the political science department at Halvorsen University, said it was late.", "Dana Holm", "headOf", "Halvorsen University", false},
		// near misses: the owner's own title, its board, a trade practised in the unit, a
		// post named by its field ("director of research at")
		{"Dana Holm, director of research at Norvale Capital, said it was late.", "Dana Holm", "directorOf", "Norvale Capital", true},
		{"Ann Crane, head of Norvale Motors, said it was late.", "Ann Crane", "headOf", "Norvale Motors", true},
		{"Ann Crane, the chairman of Norvale Motors' board, said it was late.", "Ann Crane", "chairmanOf", "Norvale Motors", true},
		{"Mara Lind, a professor at Halvorsen University's medical school, said it was late.", "Mara Lind", "professorOf", "Halvorsen University", true},
		{"Ivo Lund, head of the Kestrel Agency's delegation to the talks, said it was late.", "Ivo Lund", "headOf", "Kestrel Agency", true},
	} {
		x := extractBody(t, c.body)
		if hasRelation(x, c.s, c.p, c.o) != c.want {
			t.Errorf("%q: want %s %s %s = %v; relations: %+v", c.body, c.s, c.p, c.o, c.want, x.Relations)
		}
	}
}

// TestTradesAfterPlaces (rel89): a place or a demonym before a trade's lower-case title
// is where its holder works or comes from, not whom they serve ("Orlando personal injury
// lawyer Lou Pendas" is no lawyer of Orlando); a body before the trade employs them, and
// a team's post or an office stays the place's.
func TestTradesAfterPlaces(t *testing.T) {
	for _, c := range []struct {
		body    string
		s, p, o string
		want    bool
	}{
		{"The claim was absurd, said Orlando personal injury lawyer Lou Pendas.", "Lou Pendas", "lawyerOf", "Orlando", false},
		{"The photo was taken by Irish photographer Mark Duffy.", "Mark Duffy", "photographerOf", "Ireland", false},
		{"The claim was absurd, said Louisiana political analyst Silas Lee.", "Silas Lee", "analystOf", "Louisiana", false},
		// near misses: a body's lawyer, a team's coach, a public office
		{"The claim was absurd, said Acme Corp lawyer Lou Pendas.", "Lou Pendas", "lawyerOf", "Acme Corp", true},
		{"The claim was absurd, said Oregon coach Dana Altman.", "Dana Altman", "coachOf", "Oregon", true},
	} {
		x := extractBody(t, c.body)
		if hasRelation(x, c.s, c.p, c.o) != c.want {
			t.Errorf("%q: want %s %s %s = %v; relations: %+v", c.body, c.s, c.p, c.o, c.want, x.Relations)
		}
	}
}

// TestByAgentsInSubjects (rel89): the name after "by" in a participle or an action noun
// inside the subject is not the subject of the verb after the aside ("Two Americans
// freed by Norland, a teacher and a soldier, returned to the United States"); a body the
// participle describes still is ("Acme Corp, led by chief executive Ann Lee, sued").
func TestByAgentsInSubjects(t *testing.T) {
	for _, body := range []string{
		"The fatal shooting of Tom Reed, 18, by police officer Dan Wall, who is white, exposed friction between the city government and Acme Corp.",
		"Two other Americans freed by Norland, a teacher and a former soldier, returned to the United States.",
		"The apartment, rented under a false name by Karl Berg, the metro bomber, yielded a fingerprint belonging to Ivo Lund.",
	} {
		x := extractBody(t, body)
		for _, r := range x.Relations {
			if r.Subject == "Dan Wall" && r.Predicate != "officerOf" || r.Subject == "Norland" || r.Subject == "Karl Berg" {
				t.Errorf("%q: unwanted %+v: the agent of a phrase inside the subject", body, r)
			}
		}
	}
	// near miss: the body the participle describes is the subject
	if x := extractBody(t, "Acme Corp, led by chief executive Ann Lee, sued Birch Inc on Monday."); !hasRelation(x, "Acme Corp", "sues", "Birch Inc") {
		t.Errorf("want Acme Corp sues Birch Inc: %+v", x.Relations)
	}
}
