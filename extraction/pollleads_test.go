package extraction

import "testing"

// TestPollLeads: in a sentence that tells of a poll, a lead by verb, by noun with "over"
// and by "ahead … over" gives leadsInPoll, leader → each trailer of a list, and its margin
// a figure of measure "lead" or "margin" whose subject is the leader and whose source is
// the pollster. A lead that is
// gone, a lead in delegates, a lead with no poll, and a score ("42-39") as the margin give
// nothing (pollleads.go).
func TestPollLeads(t *testing.T) {
	x := extract(t, "poll-leads")
	for _, r := range [][3]string{
		{"Mary Berg", "leadsInPoll", "John Hale"},
		{"Anna Kross", "leadsInPoll", "Peter Kord"},
		{"Mary Berg", "leadsInPoll", "Ruth Lind"},
		{"Mary Berg", "leadsInPoll", "Carl Moss"},
		{"Mary Berg", "leadsInPoll", "Paul Renner"},
		{"Mary Berg", "leadsInPoll", "Eva Stein"},
		{"Mary Berg", "leadsInPoll", "Otto Brenn"},
		{"Anna Kross", "leadsInPoll", "Hans Beck"},
		{"Sven Ekdal", "leadsInPoll", "Omar Tally"},
		{"Lena Voss", "leadsInPoll", "Otto Falk"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "leadsInPoll" && (r.Subject == "Karl Dorn" || r.Subject == "Tom Grant" || r.Subject == "Lions" || r.Object == "Karl Dorn") {
			t.Errorf("unwanted %+v: a lead gone, a lead in delegates, or no poll", r)
		}
	}
	type want struct {
		measure, subject, source string
		value                    float64
	}
	for _, w := range []want{
		{"lead", "Mary Berg", "Vireo Research", 6},
		{"lead", "Anna Kross", "", 9},
		{"lead", "Mary Berg", "Tarn Institute", 12},
	} {
		found := false
		for _, f := range x.Figures {
			if f.Measure == w.measure && f.Value == w.value && f.Subject == w.subject && (w.source == "" || f.Source == w.source) {
				found = true
			}
		}
		if !found {
			t.Errorf("missing figure %+v; figures: %+v", w, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Measure == "lead" && (f.Value == 42 || f.Value == 200) {
			t.Errorf("unwanted %+v: a score or a delegate count is no poll margin", f)
		}
	}
}
