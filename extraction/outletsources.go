package extraction

// Outlets that report a figure under a kind word: "…, the newspaper reported." after
// "…, The Lakeside Herald reported". The article names the outlet once and then calls it
// by its kind; the figure is the outlet's, not that of the nearest company the article
// names (describedName would take any organization before it). The outlet is the one of
// that kind named last within resumedOutletReach sentences (outletBefore, as
// toldResumedOutlet reads "told the newspaper").

// resumedOutletWords are the kind words a report's teller may be called by: papers,
// broadcasters and magazines. "the agency" and "the network" also name government
// agencies and companies; "the website" is a document's (attribution_docs.go).
var resumedOutletWords = newTokSet(map[string]bool{"newspaper": true, "paper": true, "daily": true,
	"weekly": true, "tabloid": true, "station": true, "channel": true, "broadcaster": true, "magazine": true})

// resumedOutletSource reads the teller phrase a..b-1 "the KIND" (resumedOutletWords): the
// outlet of that kind the article named last before it, or "".
func (ff *figureFinder) resumedOutletSource(a, b int) string {
	if b-a != 2 || !ff.is(a, wThe) || !ff.in(a+1, resumedOutletWords) {
		return ""
	}
	if o := ff.outletBefore(ff.sentOf(a), a, outletKinds[ff.low(a+1)]); o >= 0 {
		return ff.entName(o)
	}
	return ""
}
