package extraction

import "testing"

// TestDescribedTellers: a description of the story's company (or a pronoun, a plural
// description) tells a figure across an adverb ("also", "later", "initially") or a
// relative clause; not when the verb is negated, nor "put" without "at", nor "added"
// with an object.
func TestDescribedTellers(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Harlow Widgets Inc said on Monday it would close two plants. The company also reported a drop in revenue to $412.5 million for the quarter.", value: 412.5e6, source: "Harlow Widgets Inc"},
		{body: "Harlow Widgets Inc said on Monday it would close two plants. The company later said it had sold 3,100 ovens in May.", value: 3100, source: "Harlow Widgets Inc"},
		{body: "Harlow Widgets Inc said on Monday it would close two plants. The company, which makes ovens in Ohio, said it expected revenue of about $435 million for the quarter.", value: 435e6, source: "Harlow Widgets Inc"},
		{body: "Harlow Widgets Inc said on Monday it would close two plants. The company, which employs 900 people in Ohio, said it expected revenue of about $435 million for the quarter.", value: 900, source: ""},
		{body: "A gas leak forced hundreds from their homes on Tuesday. Fire officials later said 12 people were treated for fumes.", value: 12, source: "fire officials"},
		{body: "A bus overturned near Dover on Tuesday. Bus company officials did not immediately say how many of the 40 passengers were hurt.", value: 40, source: ""},
		{body: "A jury heard closing arguments on Monday. The lawyers also put some blame on two doctors who had treated the gunman.", value: 2, source: ""},
		{body: "A gas main exploded in Dover on Thursday. Police had said that 21 people were hurt in the blast, but later said another 3 people went to hospitals on their own.", value: 3, source: "police"},
		{body: "A gas main exploded in Dover on Thursday. A fire official at first said 14 people were missing.", value: 14, source: "a fire official"},
	})
}

// TestTownStateBasedTeller: "The Dayton, Ohio-based company said" is the story's company,
// though the town's comma cuts the phrase before its state's "-based".
func TestTownStateBasedTeller(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Velmora Systems Inc reported revenue of $1.7 billion on Tuesday. The Dayton, Ohio-based company also said it would cut 800 jobs.", measure: "jobs", source: "Velmora Systems Inc"},
	})
}
