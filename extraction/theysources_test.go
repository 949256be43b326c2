package extraction

import "testing"

// TestTheySources: "they" as a figure's teller stands for the one teller of the sentence
// before when that teller can be "they" (a plural description of people, a body, names
// joined by "and"); not a person, not when two tellers compete, not across a heading.
func TestTheySources(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "A ferry sank off Lakeview island on Tuesday, police officials said. They said there were about 40 people aboard.", measure: "on board", source: "police officials"},
		{body: "Prosecutors said Tom Wade took bribes for years. They said he diverted more than $80,000 of public money.", measure: "amount diverted", source: "prosecutors"},
		{body: "A ferry sank off Lakeview island on Tuesday, Tom Wade said. They said there were about 40 people aboard.", measure: "on board", source: ""},
		{body: "Coast guard officials said a ferry sank on Tuesday, but police officials said it ran aground. They said there were about 40 people aboard.", measure: "on board", source: ""},
		{body: "A ferry sank off Lakeview island on Tuesday, police officials said.\n\n# Rescue\n\nThey said there were about 40 people aboard.", measure: "on board", source: ""},
	})
}

// TestTheyChains: a "they" whose sentence before names no teller, or only "they", stands
// for the one teller further back (two sentences at most), not the body named last; not
// when that teller competes with another.
func TestTheyChains(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "The Lakeview Appeals Court upheld the sentence of Ray Cole in 2009.\n\nProsecutors said Cole drank heavily that night. Wardens chased him for an hour, they said. Cole then fired about 30 more rounds at the wardens, they said.", measure: "rounds", source: "prosecutors"},
		{body: "The Lakeview Appeals Court upheld the sentence of Ray Cole in 2009.\n\nProsecutors said Cole drank heavily that night. Cole stopped his truck near the river bank. Cole then fired about 30 more rounds at the wardens, they said.", measure: "rounds", source: "prosecutors"},
		{body: "Prosecutors said Ray Cole drank heavily that night, but his lawyers said he was sober. Wardens chased him for an hour, they said. He then fired about 30 more rounds at the wardens, they said.", measure: "rounds", source: ""},
	})
}
