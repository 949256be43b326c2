package extraction

import (
	"strings"
	"testing"
)

// TestPronounSubjects: "it" or "they" as the subject of a verb stands for the subject of
// the nearest main clause before it when that fits ("With its new plant …, Harlow
// Dynamics Inc is trying … In 2014, it acquired"; "Canada and Mexico filed … They
// urged"; "The company said … it had sued" with "the company" the one the headline and
// the lead name, not the one named last; so too "The company hired" after "Analysts at Velden Securities Inc"),
// or, when that subject is a person, for the one organization its own sentence
// names before it ("became chief of Karvo Systems Inc after it bought"). A person's
// sentence before "It" ("Anna Berg runs Velden Group. It hired") and a town for "they"
// ("Residents of Ostburg said they opposed") stand for no one.
func TestPronounSubjects(t *testing.T) {
	x := extract(t, "pronoun-subjects")
	for _, r := range [][3]string{
		{"Harlow Dynamics Inc", "acquires", "Brekke Sensors Inc"},
		{"Canada", "urges", "Harbor Council"},
		{"Mexico", "urges", "Harbor Council"},
		{"Karvo Systems Inc", "acquires", "Lindqvist Partners"},
		{"Harlow Dynamics Inc", "sues", "Veltrax Corp"}, // the story's company, not Brekke named last
		{"Harlow Dynamics Inc", "hires", "Ostmark Partners"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Object == "Marlow Partners":
			t.Errorf("unwanted %+v: the sentence before names a person", r)
		case r.Subject == "Brekke Sensors Inc" || r.Subject == "Velden Securities Inc":
			t.Errorf("unwanted %+v: \"the company\" is the one the story is about", r)
		case r.Subject == "Ostburg":
			t.Errorf("unwanted %+v: a town is not \"they\"", r)
		}
	}
}

// TestCompanyReferences: "the company" as a quote's speaker or a figure's source is the
// business the story is about (headline and lead) when the sentence before names another
// only as an analyst's employer ("Analyst Tom Wade of Velden Securities Inc"); a business
// that is the subject of the sentence before keeps it ("Brekke Sensors Inc, a supplier,
// is also expanding. The company said it would hire 200 workers").
func TestCompanyReferences(t *testing.T) {
	x := extract(t, "company-references")
	for _, q := range x.Quotes {
		if strings.HasPrefix(q.Text, "Demand for our sensors") && q.Speaker != "Harlow Dynamics Inc" {
			t.Errorf("speaker of %q = %q, want Harlow Dynamics Inc", q.Text, q.Speaker)
		}
	}
	for _, f := range x.Figures {
		want := map[string]string{"$4.2 billion": "Harlow Dynamics Inc", "200 workers": "Brekke Sensors Inc"}[f.Text]
		if want != "" && f.Source != want {
			t.Errorf("source of %q = %q, want %q", f.Text, f.Source, want)
		}
	}
}

// TestKindOwners: a lower-case kind noun beside a role stands for the organization the
// story names with that kind ("company spokeswoman Lena Marsh" after Harlow Dynamics
// Inc; "department spokesman", "a spokesman for the hospital"), and "the German leader" for
// the German chancellor named before; "the French leader" and "the Democratic leader"
// stand for no one named; "the Japanese company" is the company the article put in Japan
// ("Japan's Kiso Data Corp"), though the word lists know no country for it.
func TestKindOwners(t *testing.T) {
	x := extract(t, "kind-owners")
	for _, r := range [][3]string{
		{"Lena Marsh", "spokeswomanOf", "Harlow Dynamics Inc"},
		{"Piet Vogel", "spokesmanOf", "Ostburg Fire Department"},
		{"Tom Rook", "spokesmanOf", "Ostburg General Hospital"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, f := range x.Figures {
		if f.Text == "around $3.05 billion" && f.Source != "Kiso Data Corp" {
			t.Errorf("source of %q = %q, want Kiso Data Corp (\"the Japanese company\" after \"Japan's Kiso Data Corp\")", f.Text, f.Source)
		}
	}
	want := map[string]string{"Safety comes first": "Greta Lindqvist", "We will send inspectors": "", "We need answers": ""}
	for _, q := range x.Quotes {
		w, ok := want[q.Text]
		if !ok {
			continue
		}
		if w != "" && q.Speaker != w || w == "" && q.Speaker == "Greta Lindqvist" {
			t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, w)
		}
	}
}

// TestPronounChains: a sentence that opens with its subject pronoun ("It broke ground
// …", "He noted …") has that pronoun as its subject, not a fronted phrase up to a comma,
// and a chain of sentences opened by "it" does not spend the window of sentences in
// which the pronoun's referent is looked for.
func TestPronounChains(t *testing.T) {
	x := extract(t, "pronoun-chains")
	if !hasRelation(x, "Brightwell Motors", "introduce", "Heron") {
		t.Errorf("missing Brightwell Motors introduce Heron (four sentences opened by \"it\" before); relations: %+v", x.Relations)
	}
	for _, q := range x.Quotes {
		if strings.HasPrefix(q.Text, "We will keep fighting") && q.Speaker != "Piet Vale" {
			t.Errorf("speaker of %q = %q, want Piet Vale (\"He noted …\" is about the lawyer)", q.Text, q.Speaker)
		}
	}
}
