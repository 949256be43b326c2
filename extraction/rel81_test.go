package extraction

import "testing"

// TestHeadedBodies (rel81): a person who leads or heads a body by the verb, in a clause of
// its own or after a relative pronoun, is its leader (leads, led, is leading) or head
// (heads, headed); not a passive, a hedged verb, a noun the name modifies ("leads the
// Ostpartei field"), a statistic ("led the Kestrel League in rushing") or a person as
// object.
func TestHeadedBodies(t *testing.T) {
	for _, c := range []struct{ body, subj, pred, obj string }{
		{"Tomas Varga heads the Baltic Shipping Council, which meets in June.", "Tomas Varga", "headOf", "Baltic Shipping Council"},
		{"Lena Voss, 54, led the Quill Foundation for a decade before she retired.", "Lena Voss", "leaderOf", "Quill Foundation"},
		{"Omar Fadel has led the Harbor Workers Union since 2004.", "Omar Fadel", "leaderOf", "Harbor Workers Union"},
		{"Rob Dunn, who headed the Ostmark Bureau of Mines, died on Sunday.", "Rob Dunn", "headOf", "Ostmark Bureau of Mines"},
		{"Mira Solberg is now leading law firm Solberg Pike LLP.", "Mira Solberg", "leaderOf", "Solberg Pike LLP"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.subj, c.pred, c.obj) {
			t.Errorf("%q: no %s %s %s: %+v", c.body, c.subj, c.pred, c.obj, x.Relations)
		}
	}
	for _, c := range []struct{ body, subj, obj string }{
		{"Ezra Hale led the Kestrel League in rushing last season.", "Ezra Hale", "Kestrel League"},
		{"Mia Cruz leads the Ostpartei field in the latest poll.", "Mia Cruz", "Ostpartei"},
		{"Kim Ross would lead the Harbor Party if elected.", "Kim Ross", "Harbor Party"},
		{"The inquiry was led by the Harbor Police, and Dana Lund wrote the report.", "Dana Lund", "Harbor Police"},
		{"Dana Lund led Quill Corp's bid for the port.", "Dana Lund", "Quill Corp"},
	} {
		x := extractBody(t, c.body)
		for _, p := range []string{"leaderOf", "headOf"} {
			if hasRelation(x, c.subj, p, c.obj) {
				t.Errorf("%q: unwanted %s %s %s", c.body, c.subj, p, c.obj)
			}
		}
	}
}

// TestOutletReportsAfterAuxiliaries (rel81): an outlet reports the subject of the clause
// it reports past an auxiliary or adverb ("had reported", "has previously reported"), a
// word of an outlet after its name ("the Harbor Times newspaper reported", "the Tass news
// agency reported"), and with no "that" when a name and a finite verb open the clause
// ("Kestrel News reported Vireo paid …"), and an outlet the list of outlets names
// ("…, ESPN reported on Wednesday."), past a time phrase after the verb ("reported first
// on Feb. 12 that", "reported last December that"). Not "a Kestrel magazine reported" (an outlet
// left unnamed) nor a name that is the object ("reported Vireo earnings").
func TestOutletReportsAfterAuxiliaries(t *testing.T) {
	for _, c := range []struct{ body, subj, obj string }{
		{"The Harbor Times newspaper had reported that Dana Lund was bringing a plan to Lusk.", "Harbor Times", "Dana Lund"},
		{"Reuters had reported on Tuesday that Quillon Capital LLC was preparing a bid.", "Reuters", "Quillon Capital LLC"},
		{"Ostmark's Tass news agency reported that Ivo Petrak had flown to Lusk.", "Tass", "Ivo Petrak"},
		{"Kestrel News reported Vireo Systems paid $1 billion for the patents.", "Kestrel News", "Vireo Systems"},
		{"Vireo Systems was in talks to sell its chip unit, Reuters has previously reported.", "Reuters", "Vireo Systems"},
		{"Dana Lund plans to retire from the Kestrel Owls next year, ESPN reported on Wednesday.", "ESPN", "Dana Lund"},
		{"Reuters had reported first on Feb. 12 that Quill Data was in exclusive talks.", "Reuters", "Quill Data"},
		{"The Harbor Times reported last December that Kestrel Corp was interviewing banks.", "Harbor Times", "Kestrel Corp"},
		{"Vireo Systems is weighing a bid for Birch Labs, Reuters reported earlier this month.", "Reuters", "Vireo Systems"},
		{"Reuters reported Tuesday that Quill Corp would merge with Birch Bank.", "Reuters", "Quill Corp"},
		{"The Kestrel Daily reported on Friday that Vireo Systems agreed to pay.", "Kestrel Daily", "Vireo Systems"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.subj, "reports", c.obj) {
			t.Errorf("%q: no %s reports %s: %+v", c.body, c.subj, c.obj, x.Relations)
		}
	}
	for _, c := range []struct{ body, subj, obj string }{
		{"Dana Lund, a Quillist activist, died on Saturday, a Quillist magazine reported.", "Quillist", "Dana Lund"},
		{"Kestrel News reported Vireo Systems earnings on Monday.", "Kestrel News", "Vireo Systems"},
	} {
		if x := extractBody(t, c.body); hasRelation(x, c.subj, "reports", c.obj) {
			t.Errorf("%q: unwanted %s reports %s", c.body, c.subj, c.obj)
		}
	}
}

// TestPossessiveTicker (rel81): a stock ticker in brackets after a company's possessive
// ("Quillon Inc's (QLN.O) Vireo unit") leaves the possessed body its reading: a unit or a
// firm of the company (partOf). A ticker before a common noun ("Birch Corp's (BRC.N)
// shares") gives nothing.
func TestPossessiveTicker(t *testing.T) {
	for _, c := range []struct{ body, subj, obj string }{
		{"Quillon Inc's (QLN.O) Vireo unit said sales rose in May.", "Vireo", "Quillon Inc"},
		{"Analysts compared it with Kestrel Holdings Ltd's (0700.HK) KestrelChat service.", "KestrelChat", "Kestrel Holdings Ltd"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.subj, "partOf", c.obj) {
			t.Errorf("%q: no %s partOf %s: %+v", c.body, c.subj, c.obj, x.Relations)
		}
	}
	x := extractBody(t, "Birch Corp's (BRC.N) shares fell 3 percent after Dana Lund resigned.")
	for _, r := range x.Relations {
		if r.Object == "Birch Corp" && r.Predicate == "partOf" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
