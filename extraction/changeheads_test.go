package extraction

import "testing"

// TestChangeHeads: the head of a changed quantity is the noun before "of", past an
// adjective of the function words ("Sales of new homes rose 3 percent": sales, not
// homes; "Prices of old apartments fell": prices). A change told after an amount
// changes that amount ("took in $850.2 million last year, up 54 percent": revenue
// rise; "fell to $12.1 billion … - down 30 percent": venture investment fall), and
// so does one after a count with its noun ("carried 4.2 million passengers last year, up
// 17 percent"), but not after a count inside a phrase of its own ("gave $60,000 to 12
// charities last year, down 9 percent" is no fall of the charities). The
// subject of an infinitive after "for" is its own ("guidance for sales to fall … 7 percent"),
// and a time after the verb is no subject ("fell last year by 6 percent"); the subject
// stands before an aside between commas or dashes ("Orders for heavy machinery, items
// ranging from cranes to …, declined 2.8 percent"), and before a ticker before it ("Shares
// of Orrin Freight Inc (ORF.N), a trucking company, closed down 23 percent"). A change
// "after" a named one, and one listed after it, is of what moved ("will fall 4 percent
// this year after a 31 percent slump in 2030 and a 19 percent drop in 2029"). "They"
// opening a sentence moves what the sentence before moved in its main clause ("Shares
// … slid 1.5 percent …, following a 4 percent increase in regular trading. They have
// now fallen 22 percent": share price fall).
func TestChangeHeads(t *testing.T) {
	x := extract(t, "change-heads")
	want := map[float64]string{3: "sales rise", 2: "prices fall", 54: "revenue rise", 30: "venture investment fall",
		7: "sales fall", 6: "home sales fall", 22: "share price fall", 17: "passengers rise",
		2.8: "orders fall", 12.5: "revenue rise", 23: "share price fall",
		31: "farm incomes fall", 19: "farm incomes fall"}
	wantMeasures(t, x, want)
	for _, f := range x.Figures {
		if f.Value == 9 && f.Measure == "charities fall" {
			t.Errorf("a gift's fall read as the charities': %+v", f)
		}
	}
}
