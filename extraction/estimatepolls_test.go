package extraction

import "testing"

// TestEstimatePolls: an analysts' estimate with the poll that gathered it right after
// ("in a Daybreak poll", "from a Daybreak survey", "surveyed by Daybreak") is the
// pollster's; the company's own result before the comparison is not.
func TestEstimatePolls(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Corvane Motors Inc said sales rose to $4.1 billion, missing the average forecast of $4.3 billion in a Daybreak Analytics poll.", measure: "average forecast", source: "Daybreak Analytics"},
		{body: "Corvane Motors Inc said sales rose to $4.1 billion, missing the average forecast of $4.3 billion in a Daybreak Analytics poll.", measure: "sales", source: "Corvane Motors Inc"},
		{body: "Profit would top an average forecast of 120 billion won from a Daybreak Analytics survey of 18 analysts.", measure: "average forecast", source: "Daybreak Analytics"},
		{body: "Profit would top an average forecast of 120 billion won from a Daybreak Analytics survey of 18 analysts.", measure: "analysts", source: "Daybreak Analytics"},
		{body: "Earnings came in at 9 cents a share, beating the forecast of 7 cents from analysts surveyed by Daybreak Analytics Inc.", measure: "forecast", source: "Daybreak Analytics Inc."},
		{body: "Revenue rose 4 percent to $2.2 billion, beating the forecast of $2.1 billion from analysts surveyed by Daybreak Analytics Inc.", measure: "revenue", source: ""},
	})
}

// TestWriterWhen: a writer's verb ("tweeted", "acknowledged", "warned") whose "that"
// clause follows a short phrase of when or where ("on Friday", "last year", "in a
// letter") tells that clause's figures, as it does with "that" right after the verb.
func TestWriterWhen(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Dana Holt tweeted on Friday that the new sedan will sell at an average price of $38,000.", measure: "average price", source: "Dana Holt"},
		{body: "Corvane Motors acknowledged last year that it had fitted faulty brakes in 40,000 trucks.", measure: "trucks", source: "Corvane Motors"},
		{body: "Dana Holt tweeted a photo on Friday of a sedan priced at $38,000.", measure: "price", source: ""},
	})
}

// TestRankedTellers: a teller called by its rank among the world's businesses of a kind
// ("the world's biggest social network") is the story's company.
func TestRankedTellers(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Corvane Networks Inc faces a fine in Ruritania. The world's biggest social network says it has about 12 million daily users in Ruritania.", measure: "users", source: "Corvane Networks Inc"},
		{body: "Corvane Networks Inc faces a fine in Ruritania. The world's social network says it has about 12 million daily users in Ruritania.", measure: "users", source: "world's social network"},
	})
}
