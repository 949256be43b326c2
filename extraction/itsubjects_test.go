package extraction

import "testing"

// TestItSubjectChains: a figure's teller "it" stands for the organization the main
// clauses before are about, through a chain of "it"s, not the last one they name; when
// no organization is such a subject the nearest one named stays.
func TestItSubjectChains(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Harlow Robotics highlighted its drone maker Skyfin as close to profit. It also noted strong growth at its farm unit Delmar Labs. It added that it had a cash balance of 1.8 billion euros at the end of 2015.", measure: "cash balance", source: "Harlow Robotics"},
		{body: "Analysts praised the growth at Harlow Robotics and at its farm unit Delmar Labs. It added that it had a cash balance of 1.8 billion euros at the end of 2015.", measure: "cash balance", source: "Delmar Labs"},
	})
}
