package extraction

import "testing"

// TestApposedForecasters: a forecast verb right after the comma that closes an
// apposition or a relative clause is its subject's, the name that opens the sentence
// (apposedforecasters.go) or the one before the apposition; an acronym or a ticker in
// parentheses between the name and the verb does not hide it; a participle after a comma
// with no name before it forecasts nothing.
func TestApposedForecasters(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Mina Sorel, head of research at the Harlow Institute, the city's planning arm, forecast 40 new depots in the region this year.", value: 40, source: "Mina Sorel"},
		{body: "Brantex Corp, which makes parts for trucks, predicted on Monday that sales would rise 9 percent this year.", value: 9, source: "Brantex Corp"},
		{body: "The Harlow Farm Agency (HFA) forecasts farm incomes will fall 3 percent this year.", value: 3, source: "Harlow Farm Agency"},
		{body: "Sales at the Harlow depot rose 5 percent, forecast to climb further next year.", value: 5, source: ""},
	})
}

// TestPostmodifiedEstimates: "estimate" after a plural speaker's head that "at", "from"
// or "with" ties to a named body is their verb and the body is the source
// (postmodifiedestimates.go), closing the sentence or opening what they estimate; so is
// it after two names joined by "and" before "that" (jointEstimate); the noun after a
// name is no verb, nor is it after two names and a determiner.
func TestPostmodifiedEstimates(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "The bus market will grow to $40 billion by 2025, analysts at Brantex Group estimate.", value: 40e9, source: "Brantex Group"},
		{body: "Analysts at Brantex Group estimate that bus makers will sell 44,000 buses this year.", value: 44000, source: "Brantex Group"},
		{body: "Economists from the Harlow Institute estimate riders will take 45,000 trips a day next year.", value: 45000, source: "Harlow Institute"},
		{body: "The Brantex Group estimate of 33,000 riders was too high for the new line.", value: 33000, source: ""},
		{body: "Mina Sorel and Tom Bale estimate that women make up 47 percent of the drivers in Harlow.", value: 47, source: "Mina Sorel and Tom Bale"},
		{body: "The Harlow and Ridge County estimate that 41 percent of the buses ran late was wrong.", value: 41, source: ""},
	})
}

// TestStudyFindings: what a study, a report or a survey "found" with a noun phrase or a
// clause after it is the study's author's (studyfindings.go); "found" after a body that
// is no study is no report ("Police found 55 bullets").
func TestStudyFindings(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "The Harlow Transit Agency's own safety report found a 48 percent rise in injuries on the trains.", value: 48, source: "Harlow Transit Agency"},
		{body: "Researchers at the Harlow Institute calculated an 11 percent drop in bus rides last year.", value: 11, source: "Harlow Institute"},
		{body: "Police found 55 bullets at the scene of the shooting in Harlow on Monday.", value: 55, source: ""},
	})
}

// TestAccordingAppositions: "according to DESCRIPTION, NAME." and "…, said DESCRIPTION,
// NAME." are the name's, not the description's (accordingappositions.go); a name that
// runs on into the clause after the comma is no apposition of the teller.
func TestAccordingAppositions(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Each bus costs about $250,000, according to the company's operations chief, Mina Sorel.", value: 250000, source: "Mina Sorel"},
		{body: "About 10,000 drivers work in the valley, according to the city's chief planner, Mina Sorel, who is the mayor's point person on transport.", value: 10000, source: "Mina Sorel"},
		{body: "Each bus costs about $260,000, said the company's operations chief, Mina Sorel.", value: 260000, source: "Mina Sorel"},
		{body: "According to the police, Tom Bale, 45, was shot 3 times on Monday.", value: 3, source: "police"},
	})
}
