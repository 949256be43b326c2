package extraction

import "github.com/factgraph/kg"

// A stock that closed on a day: "The stock closed Friday at $17.12", "Intel shares
// closed on Friday at $31.46", "its stock price, which closed Friday at $237.59". The
// day after the verb was read as what the price measured ("friday"); the shares or the
// stock before the verb are what closed there: a share price.

// weekdayCloses renames the figures of a sentence (figs) whose measure is a day's name
// alone when "stock", "stocks" or "shares" stands within the six words before that day
// in the sentence, the subject of the verb between: their measure is "share price".
func (ff *figureFinder) weekdayCloses(figs []figureCand) {
	for k := range figs {
		c := &figs[k]
		if !isWeekday(c.f.Measure) || !currency(c.f.Unit) {
			continue
		}
		s := &ff.sents[c.f.Sentence]
		for d := s.start; d < c.tok && d < s.b; d++ {
			if ff.low(d) != c.f.Measure {
				continue
			}
			for j := d - 1; j >= s.start && d-j <= 6; j-- {
				if ff.is(j, wStock, wStocks, wShares) {
					c.f.Measure, c.class = "share price", kg.MeasureClass("share price")
					break
				}
			}
		}
	}
}
