package extraction

import "strings"

// Poll shares told on: a report names its poll once ("Clinton leads Trump by 10 points
// in a Reuters/Ipsos poll released on Friday") and goes on giving the poll's numbers
// without naming it again ("That compares with 46.6 percent support for Clinton …",
// "Among respondents, 41 percent said they would support Clinton …"). Such a share is
// the pollster's, as it is in a sentence that says "the poll". Only a share (a
// percentage of support or of those who answer), only in a sentence that names no poll
// and attributes nothing itself, and only within a few sentences of the poll: further
// on, a report has moved to other numbers.

// pollCarryReach is how many sentences after its poll a share may be told.
const pollCarryReach = 6

// pollCarry gives the unsourced poll shares of sentence si, figs (which names no poll),
// the pollster of the poll the article named last, when that poll is within
// pollCarryReach sentences before and the sentence attributes nothing of its own.
func (ff *figureFinder) pollCarry(si int, figs []figureCand) {
	want := false
	for k := range figs {
		if ff.carriedShare(&figs[k]) {
			want = true
		}
	}
	if !want {
		return
	}
	if cands, _ := ff.sourceCandidates(si); len(cands) > 0 {
		return // "…, 41 percent said, according to Gallup": the sentence's own attribution
	}
	for k := range figs {
		f := &figs[k]
		if !ff.carriedShare(f) {
			continue
		}
		src, at := ff.lastPollsterAt(f.tok)
		if src == "" || at < 0 || si-ff.sentOf(at) > pollCarryReach {
			src = "" // a poll the article named without its pollster's name before it
			if ff.lastShareSrc != "" && si-ff.lastShareSent <= pollCarryReach && (at < 0 || ff.sentOf(at) <= ff.lastShareSent) {
				src = ff.lastShareSrc // "…, according to an opinion poll for the Harlow Sun …. Her closest rival is at 25 percent."
			}
		}
		if src != "" {
			f.f.Source = src
		}
	}
}

// carriedShare reports whether figure f is an unsourced poll share a poll named
// before may give its pollster: a percentage of support or of those who answered.
func (ff *figureFinder) carriedShare(f *figureCand) bool {
	return f.f.Source == "" && ff.quoteOf[f.tok] == 0 && shareMeasure(f)
}

// shareMeasure reports whether figure f is a percentage of support, of a vote, a lead or
// an approval: what a poll reports.
func shareMeasure(f *figureCand) bool {
	if f.f.Unit != "percent" {
		return false
	}
	return f.f.Measure == "poll support" || f.f.Measure == "support" || strings.HasSuffix(f.f.Measure, " support") || f.f.Measure == "vote share" || f.f.Measure == "lead" || strings.HasSuffix(f.f.Measure, " lead") || f.f.Measure == "margin" || strings.Contains(f.f.Measure, "approv") || strings.Contains(f.f.Measure, "favorab") || pollPopulations[lastWord(f.f.Measure)]
}

// pollPopulations are the people a poll asks, whose share a percentage of them is ("24
// percent of voters nationwide … picked immigration", "only 31 percent of Republicans
// supporting it").
var pollPopulations = map[string]bool{"voters": true, "respondents": true, "republicans": true,
	"democrats": true, "independents": true, "americans": true, "adults": true, "supporters": true,
	"participants": true}

// lastPollsterAt is lastPollster that also returns the token of the poll's noun (-1
// when the article named no poll before tok).
func (ff *figureFinder) lastPollsterAt(tok int) (string, int) {
	ff.lastPollster(tok) // reads the article's polls once
	src, at := "", -1
	for _, p := range ff.pollsters {
		if p.tok >= tok {
			break
		}
		src, at = p.src, p.tok
	}
	return src, at
}

// notePollShares notes the source of the last poll share of sentence si, figs, which
// names a poll, for the next sentences' shares (pollCarry).
func (ff *figureFinder) notePollShares(si int, figs []figureCand) {
	for k := range figs {
		if f := &figs[k]; f.f.Source != "" && ff.quoteOf[f.tok] == 0 && shareMeasure(f) {
			ff.lastShareSrc, ff.lastShareSent = f.f.Source, si
		}
	}
}
