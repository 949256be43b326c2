package extraction

import "testing"

// figureSources returns the source of each figure of testdata/NAME.input by its value.
func figureSources(t *testing.T, name string) map[float64]string {
	t.Helper()
	out := map[float64]string{}
	for _, f := range extract(t, name).Figures {
		out[f.Value] = f.Source
	}
	return out
}

// valueSource is a figure's value and the source it should have ("" for none).
type valueSource struct {
	value  float64
	source string
}

// wantSources checks the source of each figure of testdata/NAME.input by its value.
func wantSources(t *testing.T, name string, want []valueSource) {
	t.Helper()
	src := figureSources(t, name)
	for _, tt := range want {
		got, ok := src[tt.value]
		if !ok {
			t.Errorf("no figure %v in %v", tt.value, src)
			continue
		}
		if got != tt.source {
			t.Errorf("source of %v = %q, want %q", tt.value, got, tt.source)
		}
	}
}

// TestSourceCarriedFromSentenceWithoutFigures: a sentence that ends on its attribution
// ("…, the Kestrel County Sheriff's Office said.") lends its source to the next sentence
// of the paragraph though it holds no figure; one that quotes its speaker, attributes in
// a subordinate clause ("after the weather service first reported") or opens with its
// speaker and goes on with the statement ("Some analysts said the port could …") does
// not; nor does a next sentence that opens on something the attributed one did not name
// ("The memorial honors the 55 sailors …": background).
func TestSourceCarriedFromSentenceWithoutFigures(t *testing.T) {
	wantSources(t, "source-carry", []valueSource{{3, "Kestrel County Sheriff's Office"}, {12, ""}, {400, ""}, {90, ""}, {55, ""}})
}

// TestDescribedSources: a described source keeps its count ("two police officials");
// "the sources", "the person" go back to the fuller description an earlier attribution
// gave ("regional rescue sources", "a person with knowledge of the plan"); data a figure
// is "according to" is its source unless the sentence names a speaker too; what a survey
// "found that" is its source's.
func TestDescribedSources(t *testing.T) {
	wantSources(t, "source-described", []valueSource{{14, "regional rescue sources"}, {30, "regional rescue sources"}, {9e8, "A person with knowledge of the plan"},
		{12, "two police officials"}, {4.5, "state data"}, {700, "local officials"}, {60, "Kestrel Institute"},
		{3e8, "A person with knowledge of the plan"}})
}

// TestSourceHeads: of two names one after another in a source phrase the last heads it
// ("Northwind Bakeries subsidiary Harlow Pumps Ltd"); a "but" that joins a second
// predicate ("were shot but are expected to survive", "but dropped the plan") separates no
// figure from its attribution, nor does a "while" when the sentence's one attribution
// closes it ("…, while smaller boats landed 40 tonnes, according to …"); a "but" that
// opens a clause with its own attribution still does.
func TestSourceHeads(t *testing.T) {
	wantSources(t, "source-heads", []valueSource{{20, "Harlow Pumps Ltd"}, {2, "county sheriff's office"}, {400, "county sheriff's office"}, {300, ""}, {700, "county sheriff's office"}})
}

// TestDocumentSources: a document that speaks ("the statement said", "the advisory
// said", "court documents showed", "according to court documents") speaks for its
// author where the article names one, in the phrase ("a statement from her office") or
// where it brought the document in ("fire officials said in a statement"); documents
// named by a modifier and no author are a figure's source themselves; a family's
// statement is not its member's, but "a statement from his wife, X" is X's; "the
// memo, signed by X" is X's.
func TestDocumentSources(t *testing.T) {
	wantSources(t, "source-documents", []valueSource{{11, "court documents"}, {4, "court documents"}, {5, "fire officials"}, {2, "fire officials"}})
	speakers := map[string]string{}
	for _, q := range extract(t, "source-documents").Quotes {
		speakers[q.Text] = q.Speaker
	}
	for text, want := range map[string]string{
		"The city needs new leadership in its fire department": "Lena Ortiz",
		"Anyone who saw the two suspects should call us":       "Harbor City Police Department",
		"We are heartbroken and ask for privacy":               "",
		"We will not replace anyone who retires this year":     "Omar Reyes",
		"He fought to the end":                                 "Maria Pell",
	} {
		if got, ok := speakers[text]; !ok || got != want {
			t.Errorf("speaker of %q = %q (found %v), want %q", text, got, ok, want)
		}
	}
}

// TestPassiveReports: a passive verb of saying ("have been confirmed dead", "is estimated
// at") reports without a reporter: its subject is what is reported, never the source,
// unless "by" names who reports ("were counted by harbor officials").
func TestPassiveReports(t *testing.T) {
	wantSources(t, "source-passive", []valueSource{{2, "a coast guard official"}, {4e7, ""}, {300, "harbor officials"}})
}

// TestPossessiveSpeaker: a possessive name before a verb of saying owns the speaker and
// does not speak ("Orvell's spokesman Peter Vance told Reuters").
func TestPossessiveSpeaker(t *testing.T) {
	quotes := extract(t, "quote-possessive").Quotes
	if len(quotes) != 1 {
		t.Fatalf("quotes = %v, want one", quotes)
	}
	for _, q := range quotes {
		if q.Speaker != "Peter Vance" {
			t.Errorf("speaker of %q = %q, want Peter Vance", q.Text, q.Speaker)
		}
	}
}

// TestPublicationSpeakers: a publication speaks for its publisher ("the paper said" after
// "the Harbor Gazette newspaper said in an editorial"; "the ministry website said" after
// "a website run by the Interior Ministry"), and a study for whoever conducted it ("the
// Tallis Institute, which conducted the study").
func TestPublicationSpeakers(t *testing.T) {
	wantSources(t, "source-publications", []valueSource{{300000, "Interior Ministry"}})
	speakers := map[string]string{}
	for _, q := range extract(t, "source-publications").Quotes {
		speakers[q.Text] = q.Speaker
	}
	for text, want := range map[string]string{
		"The basin has lost a fifth of its marshes in a decade": "Tallis Institute for Water Studies",
		"The council has looked away for too long":              "Harbor Gazette",
	} {
		if got, ok := speakers[text]; !ok || got != want {
			t.Errorf("speaker of %q = %q (found %v), want %q", text, got, ok, want)
		}
	}
}

// TestCaptionSpeakers: a photo's caption between two quotes ("… school photo. AP",
// "(Ana Ruiz/The Lakeview Courier)") is not the report's prose: "she continued" after it
// is the woman quoted before it, not a name in the caption or its credit.
func TestCaptionSpeakers(t *testing.T) {
	quotes := extract(t, "quote-caption").Quotes
	if len(quotes) != 3 {
		t.Fatalf("quotes = %v, want three", quotes)
	}
	for _, q := range quotes {
		if q.Speaker != "Martha Doyle" {
			t.Errorf("speaker of %q = %q, want Martha Doyle", q.Text, q.Speaker)
		}
	}
}

// TestAnalystFigures: the value after "analysts' view of" or "analyst estimate of", or
// what "analysts were expecting", is the analysts', not the speaker's; "according to"
// names who polled them.
func TestAnalystFigures(t *testing.T) {
	wantSources(t, "source-analysts", []valueSource{{2.1e9, "Harbor Telecom Inc"}, {2.3e9, "analysts"}, {1.85e9, "analysts"}, {0.12, "analysts"}})
}

// TestTitlesAreNoQuotes: a programme's or a film's title in quotation marks ("said on
// WKRB's "Morning Harbor."", "the documentary "Salt Town,"") is no quote, though the
// sentence has a speaker.
func TestTitlesAreNoQuotes(t *testing.T) {
	quotes := extract(t, "quote-titles").Quotes
	if len(quotes) != 2 {
		t.Errorf("quotes = %v, want the two said", quotes)
	}
	for _, q := range quotes {
		if q.Speaker != "Lena Ortiz" {
			t.Errorf("speaker of %q = %q, want Lena Ortiz", q.Text, q.Speaker)
		}
	}
}

// TestKindCalledSources: "the coalition said" stands for the one organization the
// article named with that word right after its name ("the opposition's Civic Accord
// coalition"), for a quote's speaker and a figure's source alike.
func TestKindCalledSources(t *testing.T) {
	wantSources(t, "source-kind-called", []valueSource{{120, "Civic Accord"}})
	for _, q := range extract(t, "source-kind-called").Quotes {
		if q.Speaker != "Civic Accord" {
			t.Errorf("speaker of %q = %q, want Civic Accord", q.Text, q.Speaker)
		}
	}
}

// TestDescribedSpeakerIntroduced: "the person said" after a quote is the unnamed speaker
// an earlier attribution brought in ("A person with direct knowledge of the talks said"),
// as it is for a figure's source; "the person" after "Another source with …" is that
// source, the nearest introduction of an unnamed person.
func TestDescribedSpeakerIntroduced(t *testing.T) {
	quotes := extract(t, "quote-described-speaker").Quotes
	if len(quotes) != 2 {
		t.Fatalf("quotes = %v, want two", quotes)
	}
	for i, want := range []string{"A person with direct knowledge of the talks", "Another source with direct knowledge of the talks"} {
		if quotes[i].Speaker != want {
			t.Errorf("speaker of %q = %q, want %q", quotes[i].Text, quotes[i].Speaker, want)
		}
	}
}

// TestWrittenSources: a verb of saying that is no verb of reporting a figure ("tweeted",
// "wrote", "noted") attributes what its "that" clause holds to its subject, and so does
// one that closes the sentence ("…, Reyes wrote."); a sentence with neither is the
// report's own.
func TestWrittenSources(t *testing.T) {
	wantSources(t, "source-written", []valueSource{{10, "Lena Varga"}, {8.7e6, "Tomas Reyes"}, {2e6, "Tomas Reyes"}, {4e7, ""}})
}

// TestDescribedActorSources: a business's act told through a description of its kind
// ("The brokerage … slashed its target price to $40 from $52") is the business's figure,
// as when it is named.
func TestDescribedActorSources(t *testing.T) {
	wantSources(t, "source-described-actor", []valueSource{{40, "Harlow Securities Inc"}, {52, "Harlow Securities Inc"}})
}

// TestEstimateSources: "according to" a pollster of analysts' estimates sources the
// estimate it closes, not the company's result the sentence measures against it
// ("revenue rose … to $612.4 million, beating the average analyst estimate of $598.7
// million, according to …"), and the next sentences of the paragraph, which go on with
// the company's figures, share no source from it (the company's own accounts there are the
// company's by the results carry: "Operating profit rose to $77.6 million"). A result that is itself a forecast in
// the passive ("are forecast to rise 6.5 percent, below the 7.25 percent growth that was
// forecast …") is the pollster's too.
func TestEstimateSources(t *testing.T) {
	wantSources(t, "source-estimates", []valueSource{
		{598.7e6, "Kestrel Research"}, {612.4e6, "Northwind Foods Inc"}, {4.3, "Northwind Foods Inc"},
		{39.2e6, "Kestrel Research"}, {41.8e6, ""}, {77.6e6, "Northwind Foods Inc"},
		{0.62, "Kestrel Research"}, {4.1e6, ""},
		{6.5, "Kestrel Research"}, {7.25, "Kestrel Research"}})
}

// TestTelevisionSources: "state TV said" is a description that speaks, as "state
// television said" is (not the place named before it: "near the central market of
// Kestrel, …, state TV said"); "TV shows" are programs, not a verb of showing.
func TestTelevisionSources(t *testing.T) {
	wantSources(t, "source-tv", []valueSource{{4, "state TV"}, {17, "state TV"}, {312, "Finch Data"}})
}

// TestDescribedNamedBodies: a report that names a body once and then calls it by a
// description of its kind ("the Harbor Rights Monitor, a Britain-based monitoring group
// … The monitoring group said", "the Geneva-based organisation" after "trade organisation Skyward
// Alliance") means that body, as source and as speaker; "the U.N. children's agency",
// which the article names nowhere, stays the United Nations it was; a name right before
// the description ("a clinic run by the Varmo Relief Fund, the monitoring group said") is
// not what the description calls it.
func TestDescribedNamedBodies(t *testing.T) {
	wantSources(t, "described-named-body", []valueSource{{40, "Harbor Rights Monitor"}, {30, "Harbor Rights Monitor"},
		{12000, "UNHCR"}, {4000, "UNHCR"}, {9, "United Nations"}, {14, "Skyward Alliance"}, {20, "Skyward Alliance"}, {7, "Harbor Rights Monitor"}})
	quotes := extract(t, "described-named-body").Quotes
	if len(quotes) != 1 || quotes[0].Speaker != "Harbor Rights Monitor" {
		t.Errorf("quotes = %+v, want one of Harbor Rights Monitor", quotes)
	}
}

// TestPluralSpeakerSources: traders, dealers, brokers and bankers speak as officials do
// ("…, grain traders said"); a plural speaker's "estimate" is a verb of saying when it
// opens what they estimate ("Harbour officials estimate that about 1,800 …", "Economists
// estimate about 14 percent …"), and the next sentence does not share it ("The port
// has 65 berths."); not when its object goes on about something else ("analysts estimate
// this cost … its $90 million revenue reported in 2015").
func TestPluralSpeakerSources(t *testing.T) {
	wantSources(t, "source-plural-speakers", []valueSource{{310000, "grain traders"}, {240000, "oil dealers"},
		{1800, "harbour officials"}, {65, ""}, {14, "economists"}, {9e7, ""}})
	x := extract(t, "source-plural-speakers")
	if len(x.Quotes) != 1 || x.Quotes[0].Speaker != "a banker close to the port authority" {
		t.Errorf("quotes = %+v, want one by a banker close to the port authority", x.Quotes)
	}
}

// TestStudyFound: a study that closes its sentence with "found" names its author as the
// source ("…, a Kestrel Institute poll found on Tuesday."; "…, a Northwind Bakeries study
// found, with …"), and the next sentence of the paragraph shares it; "the report found"
// names no one, and a study that opens the sentence finds what follows it.
func TestStudyFound(t *testing.T) {
	wantSources(t, "source-study", []valueSource{{47, "Kestrel Institute"}, {31, "Kestrel Institute"},
		{9300, ""}, {2400, "Northwind Bakeries"}, {60, ""}})
}

// TestForecastAndDisclosureVerbs: the named subject of a verb of forecasting or
// reckoning ("anticipates", "reckons") or of disclosing ("revealed on Monday that",
// "disclosed that") is the source of the figures after it in its clause, as "expects"
// and "forecast" are; a forecast measured against an analysts' estimate "according to"
// a pollster is the forecaster's up to the comparison, the pollster's from there on.
func TestForecastAndDisclosureVerbs(t *testing.T) {
	wantSources(t, "source-verbs", []valueSource{{7, "Marta Olsen"}, {73e9, "Vireo Bank"},
		{9.9, "Harlow Freight"}, {13.5, "Vireo Bank"}, {15, "Thomson Reuters I/B/E/S"},
		{4, "Dunmore Capital"}, {9300, ""}})
}

// TestSayingParticipleSource: a participle of saying after a comma ("…, saying …",
// "…, adding that …") gives what follows it to the main clause's subject: a name, a
// person after the company's title, a described body, a place's speakers ("Kestrel
// police"). Not the main clause's own figures (the judge's five years), not a
// participle after a speaker's verb (the said-clause's speaker keeps it: Lind, not the
// port), and not "adding" with no "that" (jobs added).
func TestSayingParticipleSource(t *testing.T) {
	wantSources(t, "saying-participle", []valueSource{{600, "Ada Lind"}, {33e6, "Porthaven Transit Agency"}, {37, "Tomas Reyes"},
		{2, "Danish police"}, {5, ""}, {27, ""}, {90, "Ada Lind"}, {9, ""}})
}

// TestPollSources: a poll's shares are its pollster's (pollsources.go): the organization
// before the poll noun ("A Brightwater Research poll … showed"), or after its "by" ("A
// survey by the Larkspur Institute, released in May, found"); "the poll" is the one the
// article named last, for the poll's size too ("the poll of 1,250 adults"), and never
// the reported clause's subject or a candidate; a share right before "in a … poll" is
// that poll's. A place is no pollster ("An Iowa poll showed" keeps the description main gives it), and a speaker's figure
// stays the speaker's.
func TestPollSources(t *testing.T) {
	wantSources(t, "source-polls", []valueSource{{41, "Brightwater Research"}, {33, "Brightwater Research"},
		{27, "Brightwater Research"}, {1250, "Brightwater Research"}, {58, "Larkspur Institute"},
		{36, "Larkspur Institute"}, {22, "An Iowa poll"}, {12, "Tom Reyes"}})
}

// TestAttrib68Sources: a figure's own passive agent ("the 10.5 percent rise expected by
// analysts") sources it, not the speaker the paragraph carries; of "DESCRIPTION, NAME,
// said" the person named after the description speaks, not a name inside it ("the
// founder of Dravex Holdings Ltd, Mina Sorel, said"); "NAME, an apposition, said" is
// still the name's.
func TestAttrib68Sources(t *testing.T) {
	wantSources(t, "source-attrib68", []valueSource{{12, "Pellworth Foods"}, {4.1e9, "Pellworth Foods"},
		{10.5, "analysts"}, {5e7, "Mina Sorel"}, {700, "Dale Ferro"}, {82000, "Corvane Motors"}})
}

// TestResultsCarry: a company's results story attributes its accounts once; the later
// figures of its accounts that no sentence attributes are the company's ("Revenue rose
// to $820 million from $732 million." after "Dravex Holdings Inc reported …"), but not
// analysts' expectations, a rival's accounts ("Rival Korvane Group's sales fell …"), or a
// figure its own sentence attributes. A figure of accounts whose own words name their
// company ("Rival Korvane Group's sales", "Korvane's net income rose to $95 million") is
// that company's. A company's result verb ("Halvor Freight Corp posted a net loss of $57
// million, or 31 cents per share, … against a loss of $74 million, …") sources the
// accounts of its sentence past the commas.
func TestResultsCarry(t *testing.T) {
	wantSources(t, "source-results", []valueSource{{8.2e8, "Dravex Holdings Inc"}, {7.32e8, "Dravex Holdings Inc"},
		{4.1e7, "Dravex Holdings Inc"}, {8.05e8, "analysts"}, {6.1e8, "Korvane Group"}, {6.6e7, "chief executive"},
		{9.5e7, "Korvane Group"}, {1.2e8, "analysts"},
		{5.7e7, "Halvor Freight Corp"}, {0.31, "Halvor Freight Corp"}, {7.4e7, "Halvor Freight Corp"}, {0.44, "Halvor Freight Corp"}})
}

// TestSourceWhileAndClosingTellers: a "while" after the verb of saying that opens on no
// name stays in what the teller says ("… said storms had killed 31, while floods had
// killed 12 more"), one that opens on a name is another's clause; a short alias that
// opens "NAME, which …, said" is the teller though no mention of its own stands there;
// and the few words between a comma and a closing "said" tell, whatever their head
// ("…, dissidents said.").
func TestSourceWhileAndClosingTellers(t *testing.T) {
	wantSources(t, "source-while-closing", []valueSource{{31, "Kestrel Monitor"}, {12, "Kestrel Monitor"},
		{45e6, "Norvale Shipping Inc"}, {2400, ""}, {70, "dissidents"}, {8e6, "Harlow Freight"}, {6e6, ""}})
}

// TestWorthIsNoStatement: what a company or a person is worth or valued at is no
// statement of theirs ("Denton is worth about $121 million", "Uber was valued at $62.5
// billion"); a company's own act still is ("Acme Corp forecast revenue of $3.6 billion").
func TestWorthIsNoStatement(t *testing.T) {
	x := mustExtract(t, leadArticle("Publisher loses privacy case",
		"Nick Denton founded Gawker Media in 2002. Denton is worth about $121 million. Uber was valued at $62.5 billion in a funding round. Acme Corp forecast revenue of $3.6 billion for the year."))
	for _, tt := range []struct {
		v    float64
		want string
	}{{121e6, ""}, {62.5e9, ""}, {3.6e9, "Acme Corp"}} {
		if f := figureOf(t, x, tt.v); f.Source != tt.want {
			t.Errorf("%v (%s): source %q, want %q", tt.v, f.Text, f.Source, tt.want)
		}
	}
}
