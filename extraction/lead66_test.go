package extraction

import (
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// TestPriceVerbs: what a thing goes, is going, is listed or is available for is its
// price; what it started at, its starting price.
func TestPriceVerbs(t *testing.T) {
	x := extractBody(t, "The 65-inch Norvik sets go for $5,000 now. The smaller model is listed at $1,350, "+
		"and the Velland speaker is going for just $280.\n\n"+
		"The 48-inch Halden is now available for $350 at most shops.\n\n"+
		"Last year's Tarn phone started at around $200 for the base model.")
	wantMeasures(t, x, map[float64]string{5000: "price", 1350: "price", 280: "price", 350: "price", 200: "starting price"})
}

// TestPriceVerbsNearMiss: a budget that "goes up to" an amount is no price (a thing goes
// for its price, never without "for"), nor is money that goes to a fund, nor are the
// ministers a minister "started talks with" (a count: no act of the verb's).
func TestPriceVerbsNearMiss(t *testing.T) {
	x := extractBody(t, "Our hope is that this $6 billion research budget goes up to $12 billion a year.\n\n"+
		"Defense Secretary Tom Wade started talks on Thursday with more than two dozen defense ministers.\n\n"+
		"And $210 million would go to a new fund to respond to outbreaks.")
	for _, f := range x.Figures {
		if f.Measure == "price" || f.Measure == "starting price" {
			t.Errorf("%v %s: no price here (%q)", f.Value, f.Measure, f.Text)
		}
	}
}

// TestComingMonth: in a March report, a bare month up to three months ahead is this
// year's when its sentence tells of what is ahead (a schedule, a modal of the future, a
// period ending then); told of the past, marked past ("since May") or a cause ("due to")
// rather than a schedule, it stays last year's.
func TestComingMonth(t *testing.T) {
	x := extractBody(t, "Norvik is scheduled to make April 1 debt payments of nearly $2 billion.\n\n"+
		"The Tarn camera will ship in May and will cost $800.\n\n"+
		"Kestrel Holdings forecast revenue of $3.2 billion for the three months ending June.\n\n"+
		"In April, the general was sentenced to pay a $100,000 fine.\n\n"+
		"Since May, militants have killed 34 people in the region, and more will die.\n\n"+
		"Halvorsen launched its camera in May for $399, but cut its price due to weak demand.")
	wantFigureField(t, x, map[float64]string{2e9: "2016-04-01", 800: "2016-05", 3.2e9: "2016-06",
		100000: "2015-04", 34: "2015-05", 399: "2015-05"}, "date", func(f kg.Figure) string { return f.Date })
}

// TestTransliteratedGroupNames: a name opened by the Arabic word for an army, a front or
// a brigade is an organization, so its head's and fighter's roles are read; a town the
// gazetteer knows ("Lashkar Gah") stays a place.
func TestTransliteratedGroupNames(t *testing.T) {
	x := extractBody(t, "\"The strikes go on night and day,\" said Hassan Vole, head of Liwa Suqour al-Marn, a rebel group.\n\n"+
		"\"We cannot take cover,\" said Ahmad Tarik, a fighter from Jaish al Sahel.\n\n"+
		"Fighting also spread to Lashkar Gah on Sunday.")
	for name, typ := range map[string]kg.EntityType{"Liwa Suqour al-Marn": kg.Organization, "Jaish al Sahel": kg.Organization, "Lashkar Gah": kg.Place} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v, want type %s", name, e, typ)
		}
	}
	wantRelations(t, x, [][3]string{{"Hassan Vole", "headOf", "Liwa Suqour al-Marn"}, {"Ahmad Tarik", "fighterOf", "Jaish al Sahel"}})
}

// TestCountRestatedAsShare: a percentage after ", or" right after a count gives the same
// count as a share of its whole; one that names its whole ("20 percent of his equity")
// or that follows another number is no restatement of the count.
func TestCountRestatedAsShare(t *testing.T) {
	x := extractBody(t, "So far, 62 pieces of equipment, or 32.5 percent, have ended up in Norland, the group said.")
	if f := findFigure(x, "pieces", 32.5); f == nil || f.Unit != "percent" {
		t.Errorf("no 32.5 percent of the pieces: %+v", x.Figures)
	}
	x = extractBody(t, "The group sent 191 trackers; 62, or 32.5 percent, went abroad.")
	for _, f := range x.Figures {
		if f.Value == 32.5 && f.Measure != "percent" && !strings.Contains(f.Measure, "pieces") {
			t.Errorf("32.5 percent given the measure %q of another number", f.Measure)
		}
	}
}

// TestInterviewHearer: a speaker's words "in an interview with" an outlet give
// interviewedBy, "told" gives told, and "spoke to" stays spokeTo.
func TestInterviewHearer(t *testing.T) {
	x := extractBody(t, "Mara Lind said in an interview with the Norland Herald that the plan had failed.\n\n"+
		"Tom Wade told the Norland Herald the talks would resume.\n\n"+
		"Dana Ruiz spoke to the Norland Herald on Monday.")
	wantRelations(t, x, [][3]string{{"Mara Lind", "interviewedBy", "Norland Herald"}, {"Tom Wade", "told", "Norland Herald"}, {"Dana Ruiz", "spokeTo", "Norland Herald"}})
}

// TestDollarNamedAfterAmount: a dollar's code or name after a "$" amount says which
// dollar it is, and the code is no organization; a quote's ticker glued to "="
// ("AUD=D4") is no currency of the amount.
func TestDollarNamedAfterAmount(t *testing.T) {
	x := extractBody(t, "In Norland, the Tarn phone starts at roughly $679 AUD for the base model.\n\n"+
		"The Velland headset costs $799 Canadian dollars.\n\n"+
		"The Australian dollar hit a seven-week high of $0.7248 AUD=D4 on Monday.")
	wantFigureField(t, x, map[float64]string{679: "AUD", 799: "CAD", 0.7248: "USD"}, "unit", func(f kg.Figure) string { return f.Unit })
	if e := entityNamed(x, "AUD"); e != nil {
		t.Errorf("AUD, an amount's currency, made an entity: %+v", e)
	}
}

// TestPersonInPlaceActs: "PERSON in PLACE, STATE, on DAY VERBED" is the person's act; the
// town after "in" only places the person. A body before "in" still goes to its member
// ("Ida Lund of Vesper University in Oslo").
func TestPersonInPlaceActs(t *testing.T) {
	x := extractBody(t, "U.S. District Judge Tom Wade in Tacoma, Washington, on Monday rejected Kestrel Holdings' bid.")
	if !hasRelation(x, "Tom Wade", "rejects", "Kestrel Holdings") || hasRelation(x, "Tacoma", "rejects", "Kestrel Holdings") {
		t.Errorf("want Tom Wade rejects Kestrel Holdings, not the town: %+v", x.Relations)
	}
}

// TestBasedPlaceNoShareSubject: in "Shares of Seattle-based Tableau Software fell", the
// place of the "-based" word only places the company, whose shares they are (as a
// demonym does in "Shares of Japanese app operator Line Corp").
func TestBasedPlaceNoShareSubject(t *testing.T) {
	x := extractBody(t, "Shares of Oslo-based Kestrel Software fell 49 percent on Friday.")
	wantSubjects(t, x, map[float64]string{49: "Kestrel Software"})
}

// TestBasedPlaceNoIt: "it" after "the Oslo-based firm said" is not the town of the "-based"
// word: the sentence's own subject is no name, so "it" is the firm named before.
func TestBasedPlaceNoIt(t *testing.T) {
	x := extractBody(t, "Kestrel Holdings cut its forecast on Monday. The Oslo-based firm said it would cut 300 jobs.")
	wantSubjects(t, x, map[float64]string{300: "Kestrel Holdings"})
}
