package extraction

import "testing"

// TestIndefiniteBodies: "a monitoring group" or "a sheriff's office" in the lede is the
// one body the article names as such further on; not when two bodies fit, nor a bare
// "a group".
func TestIndefiniteBodies(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Shelling killed at least 14 people in Dorvan on Sunday, a monitoring group said. The Ruritanian Observatory for Civil Liberties said the shelling came from the hills.", measure: "killed", source: "Ruritanian Observatory for Civil Liberties"},
		{body: "Three people were hurt in a crash on Monday, a sheriff's office said. The Lakeview County Sheriff's Office said the road was closed.", measure: "injured", source: "Lakeview County Sheriff's Office"},
		{body: "Shelling killed at least 14 people in Dorvan on Sunday, a monitoring group said. The Ruritanian Observatory for Civil Liberties and the Dorvan Liberties Watch condemned the shelling.", measure: "killed", source: "a monitoring group"},
		{body: "The Ruritanian Department of Trade published its quarterly survey on Monday. Online sales made up 8.5 percent of all retail sales, according to the department.", measure: "retail sales", source: "Ruritanian Department of Trade"},
		{body: "Fares will rise by 5 percent next year for drivers working with Corvane Rides, the mayor's office said.", value: 5, source: "mayor's office"},
	})
}
