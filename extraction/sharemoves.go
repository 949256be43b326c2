package extraction

// Share moves told in passing: how a company's shares moved is the market's, which the
// writer reports beside the news ("NXP, whose shares were up about 3 percent in early
// trading, may seek $2 billion for the unit, Bloomberg reported"; "GoPro said it was
// cutting 7 percent of its workforce, sending its shares plunging 28 percent"). The
// sentence's teller tells the news, not the move, so the move takes no source. A move a
// teller forecasts ("Apple stock could fall another 10 percent, Chieuh predicted") or
// that someone's data give ("according to S3 Partners") stands in no such aside and
// keeps its teller.

// shareSenders are the participles that open a phrase of what the news did to the
// shares: "…, sending its shares down 13 percent", "…, boosting its shares 47 percent".
var shareSenders = newTokSet(map[string]bool{"sending": true, "boosting": true, "pushing": true,
	"knocking": true, "lifting": true, "driving": true, "dragging": true})

// asideShareMove reports whether the share price figure at token tok of sentence si
// stands in a relative clause on the company's shares ("…, whose shares rose 6
// percent, …") or in a participle phrase after a comma that says what the news did to
// them (shareSenders), with no comma between that word and the figure.
func (ff *figureFinder) asideShareMove(si, tok int) bool {
	s := &ff.sents[si]
	for k := tok - 1; k > s.start && tok-k <= 12; k-- {
		if ff.punct(k, ',') || ff.punct(k, ';') {
			return false
		}
		if ff.is(k, wWhose) && ff.is(k+1, wShares, wStock) {
			return true // "Yahoo, whose shares were up 1.7 percent"
		}
		if ff.in(k, shareSenders) && ff.punct(k-1, ',') {
			for j := k + 1; j <= k+3 && j < tok; j++ {
				if ff.is(j, wShares, wStock) {
					return true // "…, sending its shares plunging 28 percent"
				}
			}
		}
	}
	return false
}
