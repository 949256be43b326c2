package extraction

import "testing"

// TestSrc62Sources: a verb of writing, noting or forecasting that closes the sentence
// after a comma, or stands between commas as an aside, attributes the sentence as
// "…, X said" does (closingWriter), but not when a clause of its own follows it or a
// conjunction opens its phrase; a closing "…, NAME, spokeswoman for X, said during a
// meeting at the shelter" is NAME's across a "but", the words after the verb being its
// setting (settingClose), not a teller; two titles joined by "and" before one person's name are
// that person's (titlesOfOne), two named tellers stay two; whoever raises or cuts its own
// forecast or price target gives the figures after the verb (revisedForecast), but not
// forecasters the article names by no name ("some analysts"); a forecaster's reach goes
// on past a comma that restates its forecast ("…, or up 17 percent", "…, at about 14
// percent": restatement), not past one that closes it ("…, short of the consensus"),
// and its name may stand before "on Tuesday". A teller named by a role and the unnamed
// party it serves ("a lawyer for one of the men") is that phrase (roleForSource), unless
// the party is a body the article named; a sentence with no attribution that gives its
// figures "in a report issued by" a named author is the author's (documentByAuthor),
// not when the author has no name; a count reported in a relative clause beside a
// name ("…, which has now confirmed 1,400 cases") is that name's (relativeReporter),
// not a description's ("a clinic, which reported").
func TestSrc62Sources(t *testing.T) {
	for _, tc := range []struct {
		name, title, body string
		want              []valueSource
	}{
		{"closing noted", "Carvel sales slow",
			"Carvel Motors had sold fewer than 84,000 cars in its history through June, Brantley Partners analysts noted.",
			[]valueSource{{84000, "Brantley Partners"}}},
		{"aside predicted", "Orvano shares",
			"Orvano stock could fall another 12 percent before it recovers, Dana Ostrow predicted, but cheaper shares will draw buyers.",
			[]valueSource{{12, "Dana Ostrow"}}},
		{"aside writes", "Uptime",
			"The truth, Lena Marsh writes, is that no service needs to be 100 percent available.",
			[]valueSource{{100, "Lena Marsh"}}},
		{"closing wrote place", "Sled race ends",
			"The last musher crossed the line in Kelso with a team of 9 dogs, organizers wrote on the race's website on Sunday.",
			[]valueSource{{9, "organizers"}}},
		{"predicted clause not closing", "Orvano outlook",
			"Orvano shares rose 3 percent on Monday, and Dana Ostrow predicted the rally would fade.",
			[]valueSource{{3, ""}}},
		{"two titles one person", "Harlow Oil slows drilling",
			"Harlow Oil will resume drilling if oil reaches $52 a barrel, Chairman and CEO Tom Vessey told analysts.",
			[]valueSource{{52, "Tom Vessey"}}},
		{"two tellers", "Kelso budget",
			"The city will cut 40 jobs, Senator Ann Roe and Mayor Tim Vost said.",
			[]valueSource{{40, "Ann Roe and Tim Vost"}}},
		{"said during", "Kelso fire",
			"Two people have died in the fire, but deputies have not named them, Ann Roe, spokeswoman for the Kelso County Sheriff's Office, said during a community meeting at one of the evacuation centers.",
			[]valueSource{{2, "Ann Roe"}}},
		{"said during with statement", "Kelso fire",
			"Two people have died in the fire, but deputies said during the night the blaze had spread to the ridge past the town.",
			[]valueSource{{2, ""}}},
		{"restated forecast", "Zentrix outlook",
			"Zentrix Inc forecast sales of between $26 billion and $29 billion, or up between 17 percent and 28 percent from a year earlier.",
			[]valueSource{{17, "Zentrix Inc"}, {28, "Zentrix Inc"}}},
		{"restated at", "Kelso budget",
			"The Kelso Monetary Fund predicted the deficit would stay large this year, at about 14 percent of output.",
			[]valueSource{{14, "Kelso Monetary Fund"}}},
		{"closed forecast", "Zentrix outlook",
			"Zentrix Inc forecast revenue of $41 billion, short of the consensus of $47 billion.",
			[]valueSource{{4.1e10, "Zentrix Inc"}, {4.7e10, ""}}},
		{"forecaster on a day", "Zentrix outlook",
			"Zentrix Inc on Tuesday forecast operating profit to rise just 3 percent this year.",
			[]valueSource{{3, "Zentrix Inc"}}},
		{"role for", "Prisoners freed",
			"Seven prisoners were freed on Sunday, a lawyer for one of the men said.",
			[]valueSource{{7, "a lawyer for one of the men"}}},
		{"role for named body", "Prisoners freed",
			"The Kelso Interior Ministry runs the jail.\n\nSeven prisoners were freed, a spokesman for the ministry said.",
			[]valueSource{{7, "Kelso Interior Ministry"}}},
		{"report issued by", "Kelso jobs",
			"In a report issued by the Harlow Institute, the city lost 12,000 jobs last year.",
			[]valueSource{{12000, "Harlow Institute"}}},
		{"report by no name", "Kelso jobs",
			"In a report by researchers, the city lost 12,000 jobs last year.",
			[]valueSource{{12000, ""}}},
		{"relative reporter", "Virus spreads",
			"The virus first appeared in Karvonia, which has now confirmed more than 1,400 cases.",
			[]valueSource{{1400, "Karvonia"}}},
		{"relative reporter no name", "Virus spreads",
			"The virus reached a clinic, which reported 12 admissions.",
			[]valueSource{{12, ""}}},
		{"price target", "Orvano shares tumble",
			"Orvano shares fell on Friday.\n\nHarlow Securities cut its price target on the stock to $31 from $58.",
			[]valueSource{{31, "Harlow Securities"}, {58, "Harlow Securities"}}},
		{"company forecast", "Zentrix raises outlook",
			"Zentrix Inc reported higher sales on Tuesday.\n\nThe company raised its full-year revenue forecast to $6.4 billion.",
			[]valueSource{{6.4e9, "Zentrix Inc"}}},
		{"no name", "Zentrix targets",
			"Zentrix Inc shares jumped.\n\nSome analysts raised their price targets to $75.",
			[]valueSource{{75, ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := sourcesIn(t, tc.title, tc.body)
			for _, w := range tc.want {
				if s, ok := got[w.value]; !ok {
					t.Errorf("no figure %v in %v", w.value, got)
				} else if s != w.source {
					t.Errorf("source of %v = %q, want %q", w.value, s, w.source)
				}
			}
		})
	}
}
