package ledger

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// A report of the tests: an article's row in a bucket and its figures.
type rep struct {
	id, publisher, published string // published: "2016-03-22 09:00", or "" for none
	mentions                 []schema.MentionRecord
	figures                  []fig
	print                    kg.Fingerprint
}

type fig struct {
	measure   string
	value     float64
	qualifier kg.Qualifier
	source    string
	scope     string
	offset    int
	mention   string // "" for the report's first mention
	correct   bool
	replaced  bool
	text      string // the sentence, when the test needs one; else made from the figure
	phrase    string // the words that state it; else "<value> people"
	place     string // the place its sentence names
	asOf      string // when the report says a replaced value was given (ISO 8601 interval)
	date      string // the date its clause gives it ("2016-03-05"), or ""
	unit      string // "USD", "percent", or "" for a count
}

func stampOf(s string) string {
	if s == "" {
		return ""
	}
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return t.UTC().Format(time.RFC3339)
}

func mentionOf(typ, place, country, date string) schema.MentionRecord {
	ev := kg.Event{Type: typ, Place: place, Country: country, Date: date}
	return schema.MentionRecord{Mention: schema.Short(string(schema.MentionIRI(ev))), Type: typ, Place: place, Country: country, Date: date}
}

// derive runs Derive over reports, the figures coming from the reports themselves.
func derive(t *testing.T, reports ...rep) Derived {
	t.Helper()
	b := Bucket{IRI: "kg:bucket/test"}
	figs := map[string][]schema.FigureRecord{}
	for _, r := range reports {
		art := "kg:article/" + r.id
		// A report's first mention is its own event, unless the test says which is.
		ms := append([]schema.MentionRecord(nil), r.mentions...)
		if len(ms) > 0 && !slices.ContainsFunc(ms, func(m schema.MentionRecord) bool { return m.Main }) {
			ms[0].Main = true
		}
		b.Reports = append(b.Reports, schema.MentionsRecord{Article: art, Published: stampOf(r.published), Publisher: r.publisher,
			Fingerprint: r.print, Mentions: ms})
		for i, f := range r.figures {
			m := f.mention
			if m == "" {
				m = r.mentions[0].Mention
			}
			// Each report words its sentences its own way.
			text := fmt.Sprintf("%s %s people %s, %s said, %s.", f.qualifier, kg.FormatValue(f.value), f.measure, f.source, ownWords(r.id))
			if f.text != "" {
				text = f.text
			}
			phrase := strings.TrimSpace(fmt.Sprintf("%s %s people", f.qualifier, kg.FormatValue(f.value)))
			if f.phrase != "" {
				phrase = f.phrase
			}
			figs[art] = append(figs[art], schema.FigureRecord{Claim: fmt.Sprintf("kg:claim/%s-%d", r.id, i), Mention: m,
				Measure: f.measure, Scope: f.scope, Value: f.value, Unit: f.unit, Qualifier: string(f.qualifier), Source: f.source, Text: text, Phrase: phrase, Place: f.place,
				Offset: f.offset, Correction: f.correct, Superseded: f.replaced, AsOf: f.asOf, Date: f.date,
				ArticleRef: schema.ArticleRef{Article: art, Published: stampOf(r.published), Publisher: r.publisher}})
		}
	}
	d, err := Derive(b, func(a string) ([]schema.FigureRecord, error) { return figs[a], nil }, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// ownWords are words of one report's own.
func ownWords(id string) string {
	var w []string
	for i := range 12 {
		w = append(w, fmt.Sprintf("%s%d", id, i))
	}
	return strings.Join(w, " ")
}

// findings lists an incident's findings as "verdict value-value".
func findings(d Derived) []string {
	var out []string
	for _, inc := range d.Incidents {
		for _, f := range inc.Findings {
			out = append(out, fmt.Sprintf("%s %s-%s", f.Verdict, kg.FormatValue(*f.Claims[0].Value), kg.FormatValue(*f.Claims[1].Value)))
		}
	}
	slices.Sort(out)
	return out
}

var quake = mentionOf("earthquake", "Tainan", "Taiwan", "2016-02-06")

// Sentences of invented reports.
const (
	goldman   = "Goldman raised its price target to $800 from $720."
	bmo       = "BMO raised its price target to $780 from $700."
	upgraded  = "The quake was first reported as 7.4 and later upgraded to 7.8."
	margins   = "Margins rose to 7.1 percent from 5.8 percent a year earlier."
	fee       = "Under the new terms the fee is $450, up from $400 previously."
	scaleless = "Talos raised its revenue forecast to $8.08 billion, from $8.0 bilion."
)

var coup = mentionOf("coup", "", "Turkey", "2016-07-15")

func TestFindings(t *testing.T) {
	killed := func(v float64, q kg.Qualifier, source string) fig {
		return fig{measure: "killed", value: v, qualifier: q, source: source}
	}
	tests := []struct {
		name    string
		reports []rep
		want    []string
	}{
		{"a rising toll is no finding", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 03:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(2, kg.AtLeast, "")}},
			{id: "b", publisher: "Daily", published: "2016-02-06 15:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(12, kg.AtLeast, "")}},
		}, nil},
		{"two outlets at the same time", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(25, kg.AtLeast, "a monitor")}},
			{id: "b", publisher: "TV", published: "2016-02-06 11:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(14, kg.Exact, "state TV")}},
		}, []string{"conflict 25-14"}},
		{"a lower count hours after a higher one is behind the news", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(70, kg.Exact, "")}},
			{id: "b", publisher: "AP", published: "2016-02-06 15:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(59, kg.Exact, "")}},
		}, nil},
		{"a rounded count and a hedged one agree", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "displaced", value: 2500000, qualifier: kg.MoreThan}}},
			{id: "b", publisher: "AP", published: "2016-02-06 11:00", mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "displaced", value: 2500000, source: "a minister"}}},
		}, nil},
		{"a hedged count and an exact one inside it agree", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(140, kg.MoreThan, "a monitor")}},
			{id: "b", publisher: "AP", published: "2016-02-06 11:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(145, kg.Exact, "state TV")}},
		}, nil},
		{"a count of one hospital at the same time is a part", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "injured", value: 125, qualifier: kg.AtLeast, source: "the minister"}}},
			{id: "b", publisher: "AP", published: "2016-02-06 11:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "injured", value: 71, source: "the minister", text: "71 people were still being treated in hospital, the minister said."}}},
		}, nil},
		{"a lower count a day later is behind the news", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(70, kg.Exact, "")}},
			{id: "b", publisher: "AP", published: "2016-02-07 20:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(59, kg.Exact, "")}},
		}, nil},
		{"a part of a toll in another report is no conflict", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(42, kg.Exact, "")}},
			{id: "b", publisher: "AP", published: "2016-02-06 11:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(2, kg.Exact, "")}},
		}, nil},
		{"a report's parts beside its total", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{killed(42, kg.Exact, ""), {measure: "killed", value: 30, source: "police", offset: 20}}},
			{id: "b", publisher: "AP", published: "2016-02-06 11:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(41, kg.Exact, "")}},
		}, []string{"conflict 42-41"}},
		{"a count its report gives in its own voice is no source against another", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{killed(80, kg.AtLeast, ""), {measure: "killed", value: 77, source: "the president", offset: 20}}},
		}, nil},
		{"one county's dead beside the state's", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{killed(14, kg.Exact, "the governor"), {measure: "killed", value: 7, source: "the sheriff", offset: 20,
					text: "The county sheriff said two bodies were found, bringing the death toll to seven."}}},
		}, nil},
		{"the report says its sources differ", []rep{
			{id: "a", publisher: "Times", published: "2016-01-14 10:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{killed(2, kg.AtLeast, "officials"),
					{measure: "killed", value: 3, source: "the police", offset: 20, phrase: "three civilians",
						text: "The counts differed from the police's, who said three civilians and an officer died."},
					{measure: "killed", value: 1, source: "the police", offset: 25, phrase: "an officer",
						text: "The counts differed from the police's, who said three civilians and an officer died."}}},
		}, []string{"conflict 2-3"}},
		{"two sources in one report", []rep{
			{id: "a", publisher: "Bloomberg", published: "2016-02-07 10:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "missing", value: 120, qualifier: kg.MoreThan, source: "the fire agency"},
					{measure: "missing", value: 103, qualifier: kg.About, source: "the mayor", offset: 40}}},
		}, []string{"conflict 120-103"}},
		{"two sources' counts of something other than a toll in one report are two quantities", []rep{
			{id: "a", publisher: "Wire", published: "2016-07-11 10:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "jobs", value: 1350, qualifier: kg.UpTo, source: "Microsoft"},
					{measure: "jobs", value: 1850, offset: 40}}},
		}, nil},
		{"a value replaced in a report of something other than a toll", []rep{
			{id: "a", publisher: "Wire", published: "2016-04-29 10:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "price target", value: 720, replaced: true, source: "Goldman", text: goldman}, {measure: "price target", value: 800, offset: 10, source: "Goldman", text: goldman},
					{measure: "price target", value: 760, offset: 20, source: "Macquarie", text: "Macquarie has a target of $760."},
					{measure: "price target", value: 700, offset: 30, replaced: true, source: "BMO", text: bmo}, {measure: "price target", value: 780, offset: 35, source: "BMO", text: bmo}}},
		}, []string{"revision 700-780", "revision 720-800"}},
		{"different scopes are not compared", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(31, kg.Exact, "")}},
			{id: "b", publisher: "AP", published: "2016-02-06 11:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "killed", value: 20, scope: "place: Tainan"}}},
		}, nil},
		{"a magnitude never moves", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "magnitude", value: 6.4, source: "USGS"}}},
			{id: "b", publisher: "AP", published: "2016-02-06 11:00", mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "magnitude", value: 6.4}}},
			{id: "c", publisher: "CNA", published: "2016-02-09 11:00", mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "magnitude", value: 6.7, source: "CWB"}}},
		}, []string{"conflict 6.4-6.7"}},
		{"an unsourced value of one report against the value others agree on", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 10:00", mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "magnitude", value: 6.4, source: "USGS"}}},
			{id: "b", publisher: "AP", published: "2016-02-06 11:00", mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "magnitude", value: 6.4}}},
			{id: "c", publisher: "Blog", published: "2016-02-09 11:00", mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "magnitude", value: 5}}},
		}, nil},
		{"a replaced value read as of an earlier time is still revised", []rep{
			{id: "a", publisher: "Wire", published: "2016-03-21 10:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "fee", value: 450, offset: 10, text: fee}, {measure: "fee", value: 400, replaced: true, scope: "background", text: fee}}},
		}, []string{"revision 400-450"}},
		{"one revision told by two versions of a story is one finding", []rep{
			{id: "a", publisher: "Wire", published: "2016-04-29 10:00", print: printOf(0), mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "price target", value: 720, replaced: true, text: goldman}, {measure: "price target", value: 800, offset: 10, text: goldman}}},
			{id: "b", publisher: "Wire", published: "2016-04-29 14:00", print: printOf(20), mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "price target", value: 720, replaced: true, text: goldman}, {measure: "price target", value: 800, offset: 10, text: goldman}}},
		}, []string{"revision 720-800"}},
		{"a replaced value read without its scale word is no revision", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-25 10:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "revenue forecast", value: 8.08e9, offset: 10, text: scaleless}, {measure: "revenue forecast", value: 8, replaced: true, text: scaleless}}},
		}, nil},
		{"values of two periods are no revision", []rep{
			{id: "a", publisher: "Wire", published: "2016-04-21 10:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "margin", value: 5.8, replaced: true, text: margins}, {measure: "margin", value: 7.1, offset: 10, text: margins}}},
		}, nil},
		{"a city's toll beside the country's is a part", []rep{
			{id: "a", publisher: "TV", published: "2016-07-16 04:30", mentions: []schema.MentionRecord{coup}, figures: []fig{{measure: "killed", value: 42, source: "local media", place: "Ankara"}}},
			{id: "b", publisher: "Wire", published: "2016-07-16 05:30", mentions: []schema.MentionRecord{coup}, figures: []fig{killed(60, kg.AtLeast, "officials")}},
		}, nil},
		{"an explicit correction", []rep{
			{id: "a", publisher: "Ledger", published: "2016-02-06 08:00", mentions: []schema.MentionRecord{quake}, figures: []fig{killed(12, kg.Exact, "fire department")}},
			{id: "b", publisher: "Gazette", published: "2016-02-07 09:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "killed", value: 10, source: "fire department", correct: true}}},
		}, []string{"revision 12-10"}},
		{"a value the report says was replaced", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 08:00", mentions: []schema.MentionRecord{quake},
				figures: []fig{{measure: "magnitude", value: 7.4, replaced: true, text: upgraded}, {measure: "magnitude", value: 7.8, offset: 10, text: upgraded}}},
		}, []string{"revision 7.4-7.8"}},
		{"an outlet's update lowers its own count", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 08:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{killed(34, kg.Exact, "")}},
			{id: "b", publisher: "Wire", published: "2016-02-06 18:00", print: printOf(10), mentions: []schema.MentionRecord{quake}, figures: []fig{killed(31, kg.Exact, "")}},
		}, []string{"revision 34-31"}},
		{"another story of the same outlet is no revision", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 08:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{killed(34, kg.Exact, "")}},
			{id: "b", publisher: "Wire", published: "2016-02-06 18:00", print: printOf(1000), mentions: []schema.MentionRecord{quake}, figures: []fig{killed(31, kg.Exact, "")}},
		}, nil},
		{"background is context", []rep{
			{id: "a", publisher: "Wire", published: "2016-02-06 08:00", mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "killed", value: 2400, scope: "background"}}},
			{id: "b", publisher: "AP", published: "2016-02-06 09:00", mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "killed", value: 2000, scope: "background"}}},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findings(derive(t, tt.reports...))
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
		})
	}
}

// printOf is the fingerprint of an invented story of 60 words, the first from word
// `from` of a long run: two stories whose runs overlap share words.
func printOf(from int) kg.Fingerprint {
	var w []string
	for i := from; i < from+60; i++ {
		w = append(w, fmt.Sprintf("w%d", i))
	}
	return kg.FingerprintOf(strings.Join(w, " "))
}

func TestTalliesCountIndependentReports(t *testing.T) {
	six := fig{measure: "magnitude", value: 6.4}
	copyPrint := printOf(0)
	d := derive(t,
		rep{id: "a", publisher: "Wire", published: "2016-02-06 08:00", print: copyPrint, mentions: []schema.MentionRecord{quake}, figures: []fig{six}},
		rep{id: "b", publisher: "Paper", published: "2016-02-06 09:00", print: copyPrint, mentions: []schema.MentionRecord{quake}, figures: []fig{six}},
		rep{id: "c", publisher: "TV", published: "2016-02-06 10:00", print: printOf(500), mentions: []schema.MentionRecord{quake}, figures: []fig{six}},
	)
	if len(d.Incidents) != 1 || len(d.Incidents[0].Tallies) != 1 {
		t.Fatalf("incidents %+v", d.Incidents)
	}
	inc, tally := d.Incidents[0], d.Incidents[0].Tallies[0]
	if tally.Reports != 2 || len(tally.Articles) != 3 || len(tally.Outlets) != 3 {
		t.Errorf("tally of 6.4: %d independent reports of %d articles, %d outlets; want 2 of 3 (a wire copy counts once), 3", tally.Reports, len(tally.Articles), len(tally.Outlets))
	}
	if inc.Reports != 2 {
		t.Errorf("incident: %d independent reports, want 2", inc.Reports)
	}
	// A replaced value is no report of it: two reports that say "to 800 from 720" agree on 800.
	raised := func(id, at string, from int) rep {
		return rep{id: id, publisher: "P" + id, published: at, print: printOf(from), mentions: []schema.MentionRecord{quake},
			figures: []fig{{measure: "target", value: 720, replaced: true, text: goldman}, {measure: "target", value: 800, offset: 10, text: goldman}}}
	}
	d = derive(t, raised("a", "2016-04-29 08:00", 0), raised("b", "2016-04-29 09:00", 500))
	var agreed []string
	for _, tl := range d.Incidents[0].Tallies {
		agreed = append(agreed, kg.FormatValue(tl.Value))
	}
	if fmt.Sprint(agreed) != "[800]" {
		t.Errorf("tallies of a raised target: %v, want [800]", agreed)
	}
	// One report alone corroborates nothing.
	d = derive(t, rep{id: "a", publisher: "Wire", published: "2016-02-06 08:00", mentions: []schema.MentionRecord{quake}, figures: []fig{six, six}})
	if n := len(d.Incidents[0].Tallies); n != 0 {
		t.Errorf("one report: %d tallies, want none", n)
	}
}

func TestClusters(t *testing.T) {
	at := func(id, typ, place, country, date, published string) rep {
		return rep{id: id, publisher: "P" + id, published: published, mentions: []schema.MentionRecord{mentionOf(typ, place, country, date)}}
	}
	// news marks a report's mention as its news told with its toll in the lead.
	news := func(r rep) rep {
		r.mentions[0].Main, r.mentions[0].LeadToll = true, true
		return r
	}
	tests := []struct {
		name    string
		reports []rep
		want    [][]string // the reports of each incident
	}{
		{"one city, dates a day apart, several words", []rep{
			at("a", "bombing", "Brussels", "Belgium", "2016-03-22", "2016-03-22 09:00"),
			at("b", "explosion", "Brussels", "Belgium", "2016-03-23", "2016-03-22 23:00"),
			at("c", "attack", "Brussels", "Belgium", "2016-03-22", "2016-03-23 10:00"),
		}, [][]string{{"a", "b", "c"}}},
		{"a shooting and a bombing of one city a day apart are two incidents", []rep{
			at("a", "shooting", "Baltimore", "United States", "2016-04-27", "2016-04-27 18:00"),
			at("b", "bombing", "Baltimore", "United States", "2016-04-28", "2016-04-28 22:00"),
			at("c", "bombing", "Baltimore", "United States", "2016-04-28", "2016-04-28 23:00"),
		}, [][]string{{"a"}, {"b", "c"}}},
		{"a mention of a month joins the one incident of its month", []rep{
			at("a", "bombing", "Karvo", "Norland", "2016-03-22", "2016-03-22 09:00"),
			at("b", "attack", "Karvo", "Norland", "2016-03", "2016-03-26 10:00"),
		}, [][]string{{"a", "b"}}},
		{"a mention of a month joins an incident and its follow-up", []rep{
			at("a", "bombing", "Karvo", "Norland", "2016-03-22", "2016-03-22 09:00"),
			at("b", "bombing", "Karvo", "Norland", "2016-03-26", "2016-03-26 09:00"),
			at("c", "attack", "Karvo", "Norland", "2016-03", "2016-03-27 10:00"),
		}, [][]string{{"a", "b", "c"}}},
		{"a mention of a month bridges no shooting and bombing of its month", []rep{
			at("a", "shooting", "Karvo", "Norland", "2016-03-15", "2016-03-15 18:00"),
			at("b", "bombing", "Karvo", "Norland", "2016-03-22", "2016-03-22 09:00"),
			at("c", "attack", "Karvo", "Norland", "2016-03", "2016-03-26 10:00"),
		}, [][]string{{"a"}, {"b"}, {"c"}}},
		{"a mention of a month joins the act far more reports tell of", []rep{
			at("a", "shooting", "Karvo", "Norland", "2016-03-15", "2016-03-15 18:00"),
			at("b", "bombing", "Karvo", "Norland", "2016-03-22", "2016-03-22 09:00"),
			at("c", "bombing", "Karvo", "Norland", "2016-03-22", "2016-03-22 10:00"),
			at("d", "explosion", "Karvo", "Norland", "2016-03-22", "2016-03-22 11:00"),
			at("e", "bombing", "Karvo", "Norland", "2016-03-26", "2016-03-26 09:00"),
			at("f", "attack", "Karvo", "Norland", "2016-03", "2016-03-27 10:00"),
		}, [][]string{{"a"}, {"b", "c", "d", "e", "f"}}},
		{"a mention of a month joins an act reports name by two weapons on one day", []rep{
			at("a", "shooting", "Karvo", "Norland", "2016-03-22", "2016-03-22 18:00"),
			at("b", "bombing", "Karvo", "Norland", "2016-03-22", "2016-03-22 19:00"),
			at("c", "attack", "Karvo", "Norland", "2016-03", "2016-04-26 10:00"),
			at("d", "shooting", "Karvo", "Norland", "2016-03", "2016-04-27 10:00"),
		}, [][]string{{"a", "b", "c", "d"}}},
		{"two cities are two incidents", []rep{
			at("a", "bombing", "Ankara", "Turkey", "2016-03-13", "2016-03-13 20:00"),
			at("b", "bombing", "Istanbul", "Turkey", "2016-03-13", "2016-03-13 21:00"),
		}, [][]string{{"a"}, {"b"}}},
		{"an earthquake strikes a region", []rep{
			at("a", "earthquake", "Tainan", "Taiwan", "2016-02-06", "2016-02-06 03:00"),
			at("b", "earthquake", "Kaohsiung", "Taiwan", "2016-02-05", "2016-02-06 05:00"),
		}, [][]string{{"a", "b"}}},
		{"the weather strikes one place at a time", []rep{
			at("a", "flood", "West Virginia", "United States", "2016-06-24", "2016-06-24 12:00"),
			at("b", "storm", "West Virginia", "United States", "2016-06-24", "2016-06-24 13:00"),
			at("c", "storm", "Texas", "United States", "2016-06-24", "2016-06-24 14:00"),
		}, [][]string{{"a", "b"}, {"c"}}},
		{"two hazards are two incidents", []rep{
			at("a", "wildfire", "Kansas", "United States", "2016-03-27", "2016-03-27 12:00"),
			at("b", "eruption", "Alaska", "United States", "2016-03-27", "2016-03-27 13:00"),
			at("c", "earthquake", "Hawaii", "United States", "2016-03-27", "2016-03-27 14:00"),
		}, [][]string{{"a"}, {"b"}, {"c"}}},
		{"a country's flood joins the one flood it can be", []rep{
			at("a", "flood", "West Virginia", "United States", "2016-06-24", "2016-06-24 12:00"),
			at("b", "flood", "", "United States", "2016-06-24", "2016-06-24 13:00"),
			at("c", "earthquake", "Alaska", "United States", "2016-06-24", "2016-06-24 14:00"),
		}, [][]string{{"a", "b"}, {"c"}}},
		{"the country alone joins the one incident it can be", []rep{
			at("a", "shooting", "Orlando", "United States", "2016-06-12", "2016-06-12 12:00"),
			at("b", "shooting", "", "United States", "2016-06-12", "2016-06-12 14:00"),
		}, [][]string{{"a", "b"}}},
		{"the country alone stays apart between two", []rep{
			at("a", "shooting", "Orlando", "United States", "2016-06-12", "2016-06-12 12:00"),
			at("b", "shooting", "Dallas", "United States", "2016-06-12", "2016-06-12 13:00"),
			at("c", "shooting", "", "United States", "2016-06-12", "2016-06-12 14:00"),
		}, [][]string{{"a"}, {"b"}, {"c"}}},
		{"an undated mention refers back", []rep{
			at("a", "bombing", "Brussels", "Belgium", "2016-03-22", "2016-03-22 09:00"),
			at("b", "attack", "Brussels", "Belgium", "", "2016-03-30 10:00"),
			at("c", "bombing", "Brussels", "Belgium", "2016-06-01", "2016-06-01 10:00"),
		}, [][]string{{"a", "b"}, {"c"}}},
		{"an undated act its report leads with, toll and all, is new after NewsReach days", []rep{
			at("a", "bombing", "Baghdad", "Iraq", "2016-04-30", "2016-04-30 18:00"),
			news(at("b", "bombing", "Baghdad", "Iraq", "", "2016-05-11 12:00")),
			at("c", "attack", "Baghdad", "Iraq", "", "2016-05-11 13:00"),
		}, [][]string{{"a", "c"}, {"b"}}},
		{"a report that leads with a toll but dates an earlier event of its place refers back", []rep{
			at("a", "storm", "", "United States", "2016-01-23", "2016-01-23 18:00"),
			{id: "b", publisher: "Pb", published: "2016-02-09 12:00", mentions: []schema.MentionRecord{
				func() schema.MentionRecord {
					m := mentionOf("storm", "", "United States", "")
					m.Main, m.LeadToll = true, true
					return m
				}(),
				mentionOf("storm", "", "United States", "2016-01"),
			}},
		}, [][]string{{"a", "b"}}},
		{"a follow-up that leads with the toll within NewsReach days joins", []rep{
			at("a", "bombing", "Baghdad", "Iraq", "2016-02-28", "2016-02-28 18:00"),
			news(at("b", "bombing", "Baghdad", "Iraq", "", "2016-03-01 12:00")),
		}, [][]string{{"a", "b"}}},
		{"an undated act whose toll is not in the lead refers back a week", []rep{
			at("a", "bombing", "Brussels", "Belgium", "2016-03-22", "2016-03-22 09:00"),
			at("b", "attack", "Brussels", "Belgium", "", "2016-03-28 10:00"),
		}, [][]string{{"a", "b"}}},
		{"an undated mention refers back from its own report", []rep{
			at("a", "bombing", "Brussels", "Belgium", "2016-03-22", "2016-03-22 09:00"),
			at("b", "attack", "Brussels", "Belgium", "", "2016-03-30 10:00"),
			at("c", "bombing", "Brussels", "Belgium", "2016-06-01", "2016-06-01 10:00"),
			at("d", "attack", "Brussels", "Belgium", "", "2016-06-05 10:00"),
		}, [][]string{{"a", "b"}, {"c", "d"}}},
		{"an undated mention refers to the incident far more reports tell of", []rep{
			at("a", "shooting", "Dallas", "United States", "2016-07-07", "2016-07-08 09:00"),
			at("b", "shooting", "Dallas", "United States", "2016-07-07", "2016-07-08 10:00"),
			at("c", "attack", "Dallas", "United States", "2016-07-08", "2016-07-08 11:00"),
			at("d", "bombing", "Dallas", "United States", "2016-07-11", "2016-07-11 10:00"),
			at("e", "shooting", "Dallas", "United States", "", "2016-07-14 10:00"),
		}, [][]string{{"a", "b", "c", "e"}, {"d"}}},
		{"an undated mention between two incidents alike stays apart", []rep{
			at("a", "shooting", "Dallas", "United States", "2016-07-07", "2016-07-08 09:00"),
			at("b", "bombing", "Dallas", "United States", "2016-07-11", "2016-07-11 10:00"),
			at("c", "shooting", "Dallas", "United States", "", "2016-07-14 10:00"),
		}, [][]string{{"a"}, {"b"}, {"c"}}},
		{"an undated mention of the country alone joins only the one incident there is", []rep{
			at("a", "protest", "California", "United States", "2016-04-28", "2016-04-29 09:00"),
			at("b", "protest", "California", "United States", "2016-04-29", "2016-04-30 10:00"),
			at("c", "protest", "Washington", "United States", "2016-05-10", "2016-05-10 10:00"),
			at("d", "protest", "", "United States", "", "2016-05-17 10:00"),
		}, [][]string{{"a", "b"}, {"c"}, {"d"}}},
		{"undated mentions of one day that join nothing are one incident", []rep{
			at("a", "shooting", "Michigan", "United States", "", "2016-02-26 09:00"),
			at("b", "shooting", "Michigan", "United States", "", "2016-02-26 15:00"),
			at("c", "shooting", "Michigan", "United States", "", "2016-05-26 15:00"),
		}, [][]string{{"a", "b"}, {"c"}}},
		{"a storm is no earthquake of the same place", []rep{
			at("a", "earthquake", "Oklahoma", "United States", "2016-03-29", "2016-03-29 09:00"),
			at("b", "storm", "Oklahoma", "United States", "2016-03-30", "2016-03-30 10:00"),
		}, [][]string{{"a"}, {"b"}}},
		{"mentions that name no place are one report's each", []rep{
			at("a", "shooting", "", "", "2016-06-01", "2016-06-01 09:00"),
			at("b", "shooting", "", "", "2016-06-01", "2016-06-01 15:00"),
			at("c", "clash", "", "", "", "2016-06-02 15:00"),
			at("d", "fire", "", "", "", "2016-06-02 16:00"),
			at("e", "fire", "", "", "", "2016-06-02 17:00"),
		}, [][]string{{"a"}, {"b"}, {"c"}, {"d"}, {"e"}}},
		{"an undated mention refers back only to an incident reported by its day", []rep{
			at("a", "shooting", "Orlando", "United States", "", "2016-06-11 13:00"),
			at("b", "shooting", "Orlando", "United States", "2016-06-12", "2016-06-12 09:00"),
			at("c", "shooting", "Orlando", "United States", "", "2016-06-14 10:00"),
			at("d", "shooting", "Orlando", "United States", "", "2016-06-12 07:00"),
			at("e", "shooting", "Orlando", "United States", "2016-06-11", "2016-06-12 10:00"),
		}, [][]string{{"a"}, {"b", "c", "d", "e"}}},
		{"weeks apart are two incidents", []rep{
			at("a", "bombing", "Ankara", "Turkey", "2016-02-17", "2016-02-17 20:00"),
			at("b", "bombing", "Ankara", "Turkey", "2016-03-13", "2016-03-13 20:00"),
		}, [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Whatever order the reports come in, the incidents are the same.
			for _, order := range [][]int{identity(len(tt.reports)), reversed(len(tt.reports))} {
				var rs []rep
				for _, i := range order {
					rs = append(rs, tt.reports[i])
				}
				d := derive(t, rs...)
				var got [][]string
				for _, inc := range d.Incidents {
					var ids []string
					for _, a := range inc.Articles {
						ids = append(ids, strings.TrimPrefix(a, "kg:article/"))
					}
					got = append(got, ids)
				}
				slices.SortFunc(got, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
				if fmt.Sprint(got) != fmt.Sprint(tt.want) {
					t.Errorf("order %v: incidents %v, want %v", order, got, tt.want)
				}
			}
		})
	}
}

func identity(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func reversed(n int) []int {
	out := identity(n)
	slices.Reverse(out)
	return out
}

func TestIdentities(t *testing.T) {
	names := func(id string, ns ...schema.NameRecord) schema.MentionsRecord {
		return schema.MentionsRecord{Article: "kg:article/" + id, Names: ns}
	}
	full := func(e string) schema.NameRecord { return schema.NameRecord{Entity: e, Name: e, Full: true} }
	short := func(e string) schema.NameRecord { return schema.NameRecord{Entity: e, Name: e} }
	rec := identities("kg:bucket/surname/assad", []schema.MentionsRecord{
		names("a", full("bashar-assad")), names("b", short("assad")), names("c", short("assad")),
	})
	if len(rec.Merges) != 1 || rec.Merges[0].From != "assad" || rec.Merges[0].Into != "bashar-assad" || len(rec.Merges[0].Articles) != 2 {
		t.Errorf("merges %+v, want assad into bashar-assad, from two reports", rec.Merges)
	}
	rec = identities("kg:bucket/surname/smith", []schema.MentionsRecord{
		names("a", full("john-smith"), full("jane-smith")), names("b", short("smith")),
	})
	if len(rec.Merges) != 0 {
		t.Errorf("two Smiths: merges %+v, want none", rec.Merges)
	}
}

// A past incident two reports recall ("a bombing in Ankara last month killed 29") is
// corroborated by them; it stays background to the reports' own event, and is held
// against no other value.
func TestRecalledIncidents(t *testing.T) {
	own := mentionOf("bombing", "Istanbul", "Turkey", "2016-03-19")
	own.Main = true
	past := mentionOf("bombing", "Ankara", "Turkey", "2016-02")
	recall := func(v float64, q kg.Qualifier) fig {
		return fig{measure: "killed", value: v, qualifier: q, scope: "background", mention: past.Mention, offset: 50}
	}
	d := derive(t,
		rep{id: "a", publisher: "Wire", published: "2016-03-19 10:00", print: printOf(0), mentions: []schema.MentionRecord{own, past},
			figures: []fig{{measure: "killed", value: 5}, recall(29, kg.Exact), {measure: "killed", value: 2400, scope: "background"}}},
		rep{id: "b", publisher: "TV", published: "2016-03-19 11:00", print: printOf(500), mentions: []schema.MentionRecord{own, past},
			figures: []fig{{measure: "killed", value: 5}, recall(29, kg.Exact), {measure: "killed", value: 2400, scope: "background"}}},
		rep{id: "c", publisher: "Paper", published: "2016-03-19 11:30", print: printOf(1000), mentions: []schema.MentionRecord{own, past},
			figures: []fig{{measure: "killed", value: 5}, recall(20, kg.Exact)}},
	)
	tallies := map[string]string{}
	for _, inc := range d.Incidents {
		for _, tl := range inc.Tallies {
			tallies[inc.Place+" "+inc.Date] += fmt.Sprintf("%s %s×%d;", tl.Scope, kg.FormatValue(tl.Value), tl.Reports)
		}
	}
	want := map[string]string{"Istanbul 2016-03-19": " 5×3;", "Ankara 2016-02": " 29×2;"}
	if !maps.Equal(tallies, want) {
		t.Errorf("tallies %q, want %q (a recalled toll corroborates its own incident; background of the report's own event does not)", tallies, want)
	}
	if got := findings(d); len(got) != 0 {
		t.Errorf("findings %q, want none: a recalled toll is held against nothing", got)
	}
	for _, inc := range d.Incidents {
		if inc.Place == "Ankara" && (inc.Reports != 0 || len(inc.Articles) != 0 || len(inc.Recalled) != 3) {
			t.Errorf("the recalled incident: %d reports, articles %q, recalled by %q; want no report of it, recalled by 3", inc.Reports, inc.Articles, inc.Recalled)
		}
		if inc.Place == "Istanbul" && (inc.Reports != 3 || len(inc.Recalled) != 0) {
			t.Errorf("the reports' own incident: %d reports, recalled by %q; want 3, none", inc.Reports, inc.Recalled)
		}
	}
}

// A sentence an outlet reuses word for word in another of its stories is one source;
// in a rewritten version of one story it counts as the version's own report.
func TestReusedSentenceCountsOnce(t *testing.T) {
	const reused = "At least 26 hunters kidnapped last month in the desert have not yet been found."
	hunters := fig{measure: "kidnapped", value: 26, qualifier: kg.AtLeast, text: reused}
	two := derive(t,
		rep{id: "a", publisher: "Wire", published: "2016-01-18 08:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{hunters}},
		rep{id: "b", publisher: "Wire", published: "2016-01-18 12:00", print: printOf(1000), mentions: []schema.MentionRecord{quake}, figures: []fig{hunters}},
	)
	if n := tallyOf(two); n != 0 {
		t.Errorf("two stories reusing one sentence: a tally of %d reports, want none", n)
	}
	versions := derive(t,
		rep{id: "a", publisher: "Wire", published: "2016-01-18 08:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{hunters}},
		rep{id: "b", publisher: "Wire", published: "2016-01-18 12:00", print: printOf(20), mentions: []schema.MentionRecord{quake}, figures: []fig{hunters}},
	)
	if n := tallyOf(versions); n != 2 {
		t.Errorf("two versions of one story: a tally of %d reports, want 2", n)
	}
	outlets := derive(t,
		rep{id: "a", publisher: "Wire", published: "2016-01-18 08:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{hunters}},
		rep{id: "b", publisher: "AP", published: "2016-01-18 12:00", print: printOf(1000), mentions: []schema.MentionRecord{quake}, figures: []fig{hunters}},
	)
	if n := tallyOf(outlets); n != 2 {
		t.Errorf("two outlets in the same words (each quoting one bulletin): a tally of %d reports, want 2", n)
	}
	own := derive(t,
		rep{id: "a", publisher: "Wire", published: "2016-01-18 08:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "kidnapped", value: 26, qualifier: kg.AtLeast}}},
		rep{id: "b", publisher: "Wire", published: "2016-01-18 12:00", print: printOf(1000), mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "kidnapped", value: 26, qualifier: kg.AtLeast}}},
	)
	if n := tallyOf(own); n != 2 {
		t.Errorf("two stories in their own words: a tally of %d reports, want 2", n)
	}
}

// A long wire sentence set word for word into another outlet's story is one source;
// two outlets' versions of one story that carry it are two reports, and so are two
// outlets quoting one short bulletin in the same words (TestReusedSentenceCountsOnce).
func TestCarriedSentenceCountsOnce(t *testing.T) {
	const carried = "The ferry company had its slowest year of bookings since it was founded, carrying just over 300 thousand passengers, and was overtaken by a rival line owned by the port authority."
	wire := fig{measure: "passengers", value: 300000, qualifier: kg.MoreThan, text: carried}
	network := fig{measure: "passengers", value: 300000, qualifier: kg.MoreThan, text: strings.Replace(carried, "The ferry company", "It", 1)}
	carriedOnce := derive(t,
		rep{id: "a", publisher: "Wire", published: "2016-01-18 08:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{wire}},
		rep{id: "b", publisher: "Network", published: "2016-01-19 12:00", print: printOf(1000), mentions: []schema.MentionRecord{quake}, figures: []fig{network}},
	)
	if n := tallyOf(carriedOnce); n != 0 {
		t.Errorf("one wire sentence in two outlets' stories: a tally of %d reports, want none", n)
	}
	versions := derive(t,
		rep{id: "a", publisher: "Wire", published: "2016-01-18 08:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{wire}},
		rep{id: "b", publisher: "Network", published: "2016-01-18 12:00", print: printOf(20), mentions: []schema.MentionRecord{quake}, figures: []fig{network}},
	)
	if n := tallyOf(versions); n != 2 {
		t.Errorf("two outlets' versions of one story: a tally of %d reports, want 2", n)
	}
}

// One text posted again days later (beyond the two days within which copies are one
// story) gives its figures once; an outlet's two own stories days apart still count twice.
func TestTextPostedAgainCountsOnce(t *testing.T) {
	deport := fig{measure: "immigrants", value: 11000000, text: "He called the plan to deport 11 million immigrants a fantasy."}
	again := derive(t,
		rep{id: "a", publisher: "Magazine", published: "2016-06-08 03:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{deport}},
		rep{id: "b", publisher: "Magazine", published: "2016-06-10 11:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{deport}},
	)
	if n := tallyOf(again); n != 0 {
		t.Errorf("one text posted twice 56 hours apart: a tally of %d reports, want none", n)
	}
	own := derive(t,
		rep{id: "a", publisher: "Magazine", published: "2016-06-08 03:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "immigrants", value: 11000000}}},
		rep{id: "b", publisher: "Magazine", published: "2016-06-10 11:00", print: printOf(1000), mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "immigrants", value: 11000000}}},
	)
	if n := tallyOf(own); n != 2 {
		t.Errorf("two stories in their own words: a tally of %d reports, want 2", n)
	}
}

// A background clause an outlet reuses in another of its stories, trimmed or set in a
// longer sentence, is one source; two short sentences of one count are not a clause
// reused.
func TestReusedClauseCountsOnce(t *testing.T) {
	short := fig{measure: "kidnapped", value: 26, qualifier: kg.AtLeast, text: "The desert province already shelters at least 26 hunters kidnapped from three countries."}
	long := fig{measure: "kidnapped", value: 26, qualifier: kg.AtLeast, text: "Talks between the two governments stalled again on Monday over the fate of the desert province, which already shelters at least 26 hunters kidnapped from three countries, officials in the capital said."}
	reused := derive(t,
		rep{id: "a", publisher: "Wire", published: "2016-01-18 08:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{short}},
		rep{id: "b", publisher: "Wire", published: "2016-01-19 12:00", print: printOf(1000), mentions: []schema.MentionRecord{quake}, figures: []fig{long}},
	)
	if n := tallyOf(reused); n != 0 {
		t.Errorf("one clause in two stories: a tally of %d reports, want none", n)
	}
	brief := derive(t,
		rep{id: "a", publisher: "Wire", published: "2016-01-18 08:00", print: printOf(0), mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "kidnapped", value: 26, qualifier: kg.AtLeast, text: "At least 26 hunters were kidnapped."}}},
		rep{id: "b", publisher: "Wire", published: "2016-01-19 12:00", print: printOf(1000), mentions: []schema.MentionRecord{quake}, figures: []fig{{measure: "kidnapped", value: 26, qualifier: kg.AtLeast, text: "Police said at least 26 hunters were kidnapped near the border on Sunday."}}},
	)
	if n := tallyOf(brief); n != 2 {
		t.Errorf("a short sentence of one count and a longer one: a tally of %d reports, want 2", n)
	}
}

// TestIncidentNamedByItsWeapon: an incident is named by the act most of its reports
// give when two weapons are named (a shooting is no kind of bombing, a vehicle attack
// no kind of shooting), and by the more specific word otherwise (a bombing that some
// reports call an attack).
func TestIncidentNamedByItsWeapon(t *testing.T) {
	at := func(id, typ string) rep {
		return rep{id: id, publisher: "P" + id, published: "2016-03-22 12:00", mentions: []schema.MentionRecord{mentionOf(typ, "Brussels", "Belgium", "2016-03-22")}}
	}
	tests := []struct {
		types []string
		want  string
	}{
		{[]string{"bombing", "bombing", "bombing", "shooting"}, "bombing"},
		{[]string{"shooting", "shooting", "shooting", "bombing"}, "shooting"},
		{[]string{"attack", "attack", "bombing"}, "bombing"},
		// a truck driven into a crowd that one report in four says a gunman drove
		{[]string{"vehicle attack", "vehicle attack", "attack", "shooting"}, "vehicle attack"},
		{[]string{"attack", "attack", "vehicle attack"}, "vehicle attack"},
	}
	for _, tt := range tests {
		var rs []rep
		for i, typ := range tt.types {
			rs = append(rs, at(fmt.Sprint("r", i), typ))
		}
		d := derive(t, rs...)
		if len(d.Incidents) != 1 || d.Incidents[0].Type != tt.want {
			var got []string
			for _, inc := range d.Incidents {
				got = append(got, inc.Type)
			}
			t.Errorf("%v: incidents typed %v, want one %s", tt.types, got, tt.want)
		}
	}
}

// tallyOf is the reports of the first tally of the first incident derived, or 0.
func tallyOf(d Derived) int {
	for _, inc := range d.Incidents {
		for _, tl := range inc.Tallies {
			return tl.Reports
		}
	}
	return 0
}

// TestIncidentsOfOneNameAreNumbered: three undated bombings of one city, each told as
// news with its own toll weeks apart, are three incidents with three IRIs: the second
// and third of one name are -2 and -3 (the third was a second -2, and two incidents
// shared one node).
func TestIncidentsOfOneNameAreNumbered(t *testing.T) {
	var rs []rep
	for i, day := range []string{"2016-01-04", "2016-02-08", "2016-03-14"} {
		m := mentionOf("bombing", "Veltra", "", "")
		m.LeadToll = true
		rs = append(rs, rep{id: fmt.Sprint("v", i), publisher: fmt.Sprint("P", i), published: day + " 09:00",
			mentions: []schema.MentionRecord{m}, figures: []fig{{measure: "killed", value: float64(10 + i)}}})
	}
	d := derive(t, rs...)
	seen := map[string]bool{}
	for _, inc := range d.Incidents {
		if seen[inc.Event] {
			t.Errorf("two incidents are %s", inc.Event)
		}
		seen[inc.Event] = true
	}
	if len(seen) != 3 {
		t.Errorf("incidents %v, want three", seen)
	}
}

// topicOn is a report's mention of a subject its figures are about, on the day it was
// published.
func topicOn(subject, published string) schema.MentionRecord {
	t, err := time.Parse("2006-01-02 15:04", published)
	if err != nil {
		panic(err)
	}
	return schema.MentionRecord{Mention: schema.Short(string(schema.TopicMentionIRI(subject, t))), Type: schema.TopicType, Subject: subject,
		Date: kg.DateString(t)}
}

// TestTopicCountsOfOtherDays: a topic gathers reports of several days, and one value
// its figures' clauses date to days far apart is two quantities ("primaries in three
// counties on Saturday", "three counties vote on the 14th"), no corroboration; the
// same value on one day, or undated, still is one; an event's figures are one
// incident's whatever day their clauses give.
func TestTopicCountsOfOtherDays(t *testing.T) {
	counties := func(id, publisher, published, date string, from int) rep {
		return rep{id: id, publisher: publisher, published: published, print: printOf(from),
			mentions: []schema.MentionRecord{topicOn("Governor Alder", published)},
			figures:  []fig{{measure: "counties", value: 3, date: date}}}
	}
	talliesOf := func(d Derived) []string {
		var out []string
		for _, inc := range d.Incidents {
			for _, tl := range inc.Tallies {
				out = append(out, fmt.Sprintf("%s:%d", kg.FormatValue(tl.Value), tl.Reports))
			}
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		name    string
		reports []rep
		want    string
	}{
		{"two days a week apart", []rep{counties("a", "Wire", "2016-03-06 03:00", "2016-03-05", 0),
			counties("b", "Paper", "2016-03-08 12:00", "2016-03-14", 1000)}, "[]"},
		{"one day", []rep{counties("a", "Wire", "2016-03-06 03:00", "2016-03-05", 0),
			counties("b", "Paper", "2016-03-07 12:00", "2016-03-05", 1000)}, "[3:2]"},
		{"next day (a time zone)", []rep{counties("a", "Wire", "2016-03-06 03:00", "2016-03-05", 0),
			counties("b", "Paper", "2016-03-07 12:00", "2016-03-06", 1000)}, "[3:2]"},
		{"one dated, one undated", []rep{counties("a", "Wire", "2016-03-06 03:00", "2016-03-05", 0),
			counties("b", "Paper", "2016-03-07 12:00", "", 1000)}, "[3:2]"},
		{"a month is no day", []rep{counties("a", "Wire", "2016-03-06 03:00", "2016-03", 0),
			counties("b", "Paper", "2016-03-07 12:00", "2016-03-05", 1000)}, "[3:2]"},
		{"each day told twice", []rep{counties("a", "Wire", "2016-03-06 03:00", "2016-03-05", 0),
			counties("b", "Paper", "2016-03-06 12:00", "2016-03-05", 1000),
			counties("c", "Wire", "2016-03-07 12:00", "2016-03-14", 2000),
			counties("d", "Paper", "2016-03-08 12:00", "2016-03-14", 3000)}, "[3:2 3:2]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := derive(t, c.reports...)
			if got := fmt.Sprint(talliesOf(d)); got != c.want {
				t.Errorf("tallies %s, want %s", got, c.want)
			}
			seen := map[string]bool{}
			for _, inc := range d.Incidents {
				for _, tl := range inc.Tallies {
					if seen[tl.Tally] {
						t.Errorf("two tallies share the IRI %s", tl.Tally)
					}
					seen[tl.Tally] = true
				}
			}
		})
	}
	// An event is one incident: its figures agree whatever day their clauses give
	// (the act's, or the day an official spoke of it).
	shooting := mentionOf("shooting", "Orlando", "United States", "2016-06-12")
	d := derive(t,
		rep{id: "a", publisher: "Wire", published: "2016-06-15 08:00", print: printOf(0), mentions: []schema.MentionRecord{shooting},
			figures: []fig{{measure: "killed", value: 49, date: "2016-06-12"}}},
		rep{id: "b", publisher: "Paper", published: "2016-06-22 08:00", print: printOf(1000), mentions: []schema.MentionRecord{shooting},
			figures: []fig{{measure: "killed", value: 49, date: "2016-06-19"}}},
	)
	if n := tallyOf(d); n != 2 {
		t.Errorf("an event's toll dated by two days a week apart: a tally of %d reports, want 2", n)
	}
}

// TestTopicRevisionOfOtherDays: an outlet's update that gives a topic's lower count for
// a later day ("closed at $28 on Wednesday" after "closed at $30 on Monday") reports
// that day's quantity and revises nothing; the same update for the same day revises
// its count down.
func TestTopicRevisionOfOtherDays(t *testing.T) {
	price := func(id, published string, value float64, date string) rep {
		return rep{id: id, publisher: "Wire", published: published, print: printOf(len(id) * 30),
			mentions: []schema.MentionRecord{topicOn("Alder Mills", published)},
			figures:  []fig{{measure: "share price", value: value, date: date}}}
	}
	if got := findings(derive(t, price("a", "2016-03-07 23:00", 30, "2016-03-07"), price("bb", "2016-03-09 20:00", 28, "2016-03-09"))); len(got) != 0 {
		t.Errorf("two days' closing prices: %v, want no finding", got)
	}
	if got := fmt.Sprint(findings(derive(t, price("a", "2016-03-07 23:00", 30, "2016-03-07"), price("bb", "2016-03-08 03:00", 28, "2016-03-07")))); got != "[revision 30-28]" {
		t.Errorf("one day's price revised by an update: %v, want [revision 30-28]", got)
	}
}
