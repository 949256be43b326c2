package extraction

import "strings"

// Hourly rates (figrecall58). Money "an hour" ("$15 an hour", "$18 per hour") is a
// rate of pay far more often than anything else in news, but the words that name it
// often stand well before it: "voted to raise the minimum wage, reaching $15 an hour
// by 2020", "who made about $28 an hour as a server", "lift its base pay to $10 an
// hour". An hourly amount whose clause gave no measure of pay takes the nearest noun
// of pay before it in its sentence ("minimum wage", "wage", "pay", "salary"), else,
// after a verb of earning or paying ("makes", "earned", "paid"), "hourly pay". A
// measure that already names pay, a rate, a price, a fee or a cost stays; an hourly
// amount with no word of pay before it ("charges $6 an hour to use a car") keeps what
// its clause gave.

// payNouns are the nouns that name a rate of pay, for an hourly amount.
var payNouns = newTokSet(map[string]bool{
	"wage": true, "wages": true, "pay": true, "salary": true, "salaries": true, "paycheck": true,
})

// earnVerbs are the verbs of earning or paying whose object an hourly amount is pay.
var earnVerbs = newTokSet(map[string]bool{
	"make": true, "makes": true, "made": true, "making": true, "earn": true, "earns": true,
	"earned": true, "earning": true, "paid": true, "pay": true, "pays": true, "paying": true,
})

// namedPayWords are the words of a measure that already says what an hourly amount is.
var namedPayWords = []string{"wage", "pay", "salar", "rate", "price", "fee", "cost", "charge", "earning", "income"}

// hourlyMeasure returns the measure of the hourly amount n whose clause gave measure m.
func (ff *figureFinder) hourlyMeasure(n *number, m string) string {
	for _, w := range namedPayWords {
		if strings.Contains(m, w) {
			return m
		}
	}
	s := &ff.sents[n.si]
	for k := n.qa - 1; k >= s.start && k >= n.qa-25; k-- {
		w := ff.low(k)
		if ff.toks[k].kind != tWord {
			continue
		}
		if payNouns.has(w) && !(w == "pay" && ff.toks[k].feat&lxFunc == 0 && ff.is(k+1, wA, wAn, wThe, wAt, wEmployees, wWorkers, wThem, wHim, wHer)) && !(w == "pay" && ff.is(k-1, wTo, wWill, wWould, wCould, wCan)) {
			if ff.is(k-1, wMinimum) && strings.HasPrefix(w, "wage") {
				return "minimum wage"
			}
			if strings.HasPrefix(w, "wage") {
				return "wage"
			}
			if strings.HasPrefix(w, "salar") {
				return "salary"
			}
			return "pay"
		}
		if earnVerbs.has(w) && k >= n.qa-4 {
			return "hourly pay" // "she made about $28 an hour": the verb right before, past a hedge or its object
		}
	}
	return m
}
