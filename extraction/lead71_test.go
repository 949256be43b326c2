package extraction

import (
	"testing"
)

// TestInterviewOnBroadcaster: an interview "on" a broadcaster, with a broadcaster's show
// ("ABC's “This Week”") or dated by a month ("a March interview") is an interview by the
// broadcaster; a day, a topic or a person's possessive after "interview on/with" is none.
func TestInterviewOnBroadcaster(t *testing.T) {
	for _, c := range []struct{ body, subj, outlet string }{
		{"Senator Ada Lind spoke in Leeds. Lind said in an interview with ABC's \"Weekend Desk\" that the bill would pass.", "Ada Lind", "ABC"},
		{"Senator Ada Lind spoke in Leeds.\n\nIn an interview on CNN’s “Late Hour,” Lind said the vote was close.", "Ada Lind", "CNN"},
		{"Senator Ada Lind spoke in Leeds. Lind said in a March interview with Harbor News that the vote was close.", "Ada Lind", "Harbor News"},
	} {
		x := extractBody(t, c.body)
		if !hasRelation(x, c.subj, "interviewedBy", c.outlet) {
			t.Errorf("no %s interviewedBy %s in %q; relations %v", c.subj, c.outlet, c.body, x.Relations)
		}
	}
	// near misses: a day, a company's plans and a person's lawyer are no interviewer
	for _, body := range []string{
		"Senator Ada Lind spoke in Leeds. Lind said in an interview on Sunday that the vote was close.",
		"Senator Ada Lind spoke in Leeds. Lind said in an interview on Acme Corp's plans that the vote was close.",
		"Senator Ada Lind spoke in Leeds. Lind said in an interview with Tom Vale's lawyer that the vote was close.",
	} {
		x := extractBody(t, body)
		for _, r := range x.Relations {
			if r.Subject == "Ada Lind" && (r.Predicate == "interviewedBy" || r.Predicate == "spokeTo") {
				t.Errorf("an interviewer from %q: %v", body, r)
			}
		}
	}
}
