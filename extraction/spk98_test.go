package extraction

import "testing"

// TestSpokespersonOfBody: a spokesperson described by the body they speak for gives the
// quote to that body — the company the story is about for "a company spokeswoman", the
// body the kind phrase stands for ("a ministry spokesman"), the body named in the
// description when "the spokeswoman" returns to it — and "a company spokesman" brings in
// no new company. Near misses keep the description: a bare "a spokesman", a kind that
// names no body of its own ("an airline spokesman"), a kind no name before fits ("a
// union spokesman"), "a company spokesman" after a person named nearer than the company.
func TestSpokespersonOfBody(t *testing.T) {
	cases := []struct{ body, text, want string }{
		// positives
		{`Harbor Lines Inc. said on Tuesday it would cut 40 ferry routes as fuel costs rise.

"We are reviewing every route," a company spokeswoman said.`,
			"We are reviewing every route", "Harbor Lines Inc."},
		{`Harbor Lines Inc. said on Tuesday it would cut 40 ferry routes as fuel costs rise.

"We are reviewing every route," a company spokeswoman said.

"Fuel is our biggest cost," a company spokesman told reporters.`,
			"Fuel is our biggest cost", "Harbor Lines Inc."},
		{`Talvik Foods has closed its Ohio plant.

Talvik Foods is keeping its Texas plant, "which makes our best sellers," a company spokesman said.`,
			"which makes our best sellers", "Talvik Foods"},
		{`The Dorrland Transport Ministry denied a newspaper report on Friday that it was reviewing the rail contract.

"The report is wrong," a ministry spokesman said.`,
			"The report is wrong", "Dorrland Transport Ministry"},
		{`Pellworth Games recalled a console on Monday, according to a Pellworth spokeswoman.

The console overheated in some homes, she said.

"We acted as soon as we knew," the spokeswoman said.`,
			"We acted as soon as we knew", "Pellworth"},
		// near misses
		{`Harbor Lines Inc. said on Tuesday it would cut 40 ferry routes as fuel costs rise.

"Crews have been told," a spokeswoman said.`,
			"Crews have been told", "a spokeswoman"},
		{`Harbor Lines Inc. said on Tuesday it would cut 40 ferry routes as fuel costs rise.

"Fares will rise," an airline spokesman said.`,
			"Fares will rise", "an airline spokesman"},
		{`Orbis Mobile and Talvik Foods signed a supply deal on Monday.

Talvik Foods hired Dana Ruiz, "who knows the trade," a company spokesman said.`,
			"who knows the trade", "a company spokesman"},
		{`Orbis Mobile and Talvik Foods signed a supply deal on Monday.

"Talks go on," a union spokesman said.`,
			"Talks go on", "a union spokesman"},
	}
	for _, c := range cases {
		got, ok := speakerOfQuote(t, c.body, c.text)
		if !ok || got != c.want {
			t.Errorf("speaker of %q = %q (found %v), want %q", c.text, got, ok, c.want)
		}
	}
}
