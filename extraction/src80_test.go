package extraction

import "testing"

// TestAuthoredFromAndTallies: a document "from" a named author is the author's, as one
// "by" it is ("In a report from the Kelso Institute, …", "…, a report from the Kelso
// Institute found."); a name's own count framing the sentence is that name's ("By the
// Tolland Monitor's count, …", "…, by the Tolland Monitor's count."); a poll "from" a
// pollster, or one opening the sentence and closed by a comma past its date, gives its
// shares; "…, the agency's assessment found." is the agency's. Near misses: "from" a
// document that names no author ("an estimate from a Harlow Times survey of 16
// analysts"), a possessive count that is not the sentence's frame ("a decade younger
// than the average fan from the Jockey Club's study"), "from" a place.
func TestAuthoredFromAndTallies(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "In a report from the Kelso Institute, 44 percent of households lacked broadband.", value: 44, source: "Kelso Institute"},
		{body: "Median rents climbed 9 percent last year, a report from the Kelso Institute found.", value: 9, source: "Kelso Institute"},
		{body: "By the Tolland Monitor's count, 77 people were wounded in the fighting.", value: 77, source: "Tolland Monitor"},
		{body: "Some 61 civilians have died in the province, by the Tolland Monitor's count.", value: 61, source: "Tolland Monitor"},
		{body: "Under the Tolland Monitor's latest tally, 58 civilians have died since March.", value: 58, source: "Tolland Monitor"},
		{body: "A poll from Castlegate University found 43 percent backed the governor.", value: 43, source: "Castlegate University"},
		{body: "In a poll from Castlegate University, 42 percent backed the senator.", value: 42, source: "Castlegate University"},
		{body: "In a Castlegate University poll last week, 53 percent backed the plan.", value: 53, source: "Castlegate University"},
		{body: "The storm destroyed 1,200 homes, the Arden Relief Agency's assessment found.", value: 1200, source: "Arden Relief Agency"},
		// near misses
		{body: "The average forecast from a Harlow Times survey of 16 analysts tips Kestrel Corp to report a profit of 7.8 billion won.", value: 7.8e9, source: ""},
		{body: "About two-thirds of Kestrel Corp's users are men, far more than the average fan in the Jockey Club's 2011 study.", value: 66.7, source: ""},
		{body: "In a report from Baghdad, 45 people were said to have fled.", value: 45, source: ""},
	})
}

// TestReportedClauseAfterName: "NAME, DESCRIPTION, said ORG owed $N" reports ORG's debt in
// NAME's words: a past verb or "must" after the name that follows "said" makes it the
// subject of the reported clause, not a speaker put after the verb. Near miss: the
// speaker put after the verb with a description ("…, said Ann Roe, a spokeswoman").
func TestReportedClauseAfterName(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Mark Dunn, a lawyer, said Kestrel Corp owed $64 million to its suppliers.", value: 64e6, source: "Mark Dunn"},
		{body: "Mark Dunn, a lawyer for Brightline Inc, said Kestrel Corp owed $62 million.", value: 62e6, source: "Mark Dunn"},
		// near miss
		{body: "The shelter took in 130 dogs in June, said Ann Roe, a spokeswoman for the Arden Relief Agency.", value: 130, source: "Ann Roe"},
	})
}

// TestStatedIntentSources: a person or organization that plans, aims, wants, hopes,
// intends or seeks to do something with a figure, or has promised or vowed to, states
// it. Near misses: a known quantity ("the 1,237 delegates needed"), another's figure ("Brightline
// Inc's $51 billion plan"), the noun ("its plans for"), a place that plans.
func TestStatedIntentSources(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Once the contract is ratified, Kestrel Corp plans to hire another 1,400 union workers.", value: 1400, source: "Kestrel Corp"},
		{body: "Kestrel Corp is aiming to sell 2 million phones in Europe next year.", value: 2e6, source: "Kestrel Corp"},
		{body: "Ann Roe has promised to hire 5,000 teachers by 2020.", value: 5000, source: "Ann Roe"},
		{body: "The charity Brightline Trust hopes to have 50 new bookshelves painted by Monday.", value: 50, source: "Brightline Trust"},
		// near misses
		{body: "Ann Roe aims to stop Tom Wade from winning the 1,237 delegates needed for the nomination.", value: 1237, source: ""},
		{body: "Ann Roe has vowed to block Brightline Inc's $51 billion tax plan.", value: 51e9, source: ""},
		{body: "Kestrel Corp shares rose 4 percent as investors weighed its plans for the plant.", value: 4, source: ""},
	})
}
