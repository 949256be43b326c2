package extraction

// Closing writers: a verb of writing, noting, revealing or forecasting that closes a
// sentence after a comma, its teller right after the comma ("Sales fell 9 percent in
// the year, Brantley analysts noted."), or stands between commas as an aside ("Prices
// could drop another 10 percent, Ostrow predicted, before they recover"; "Active users,
// executives revealed, grew 32 percent"), attributes the sentence as "…, X said" does.
// As a forecaster's or a writer's verb it would source only what comes after it.

// closingWriters are the verbs closingWriter reads.
var closingWriters = newTokSet(map[string]bool{"noted": true, "notes": true, "wrote": true, "writes": true,
	"predicted": true, "predicts": true, "projected": true, "projects": true, "forecast": true,
	"forecasts": true, "reckoned": true, "reckons": true, "calculated": true, "calculates": true,
	"revealed": true, "reveals": true, "explained": true, "explains": true, "observed": true,
	"cautioned": true, "argued": true, "argues": true, "acknowledged": true, "conceded": true})

// closingWriter returns the teller of a verb of closingWriters at token k of sentence
// si that closes the sentence or stands as an aside: the verb follows a comma and one
// to six words that name the teller (sourceNP: "Brantley analysts", "organizers",
// "Ostrow"), none a number, an auxiliary or a word that opens a clause of its own
// ("…, and Ostrow predicted", "…, which analysts projected"); after the verb comes a
// comma, the sentence's end, or a few words of where or when up to the end ("…,
// organizers wrote on the race's website on Sunday."). It returns "" otherwise: "Ostrow
// predicted revenue of $4 billion" states what comes after the verb.
func (ff *figureFinder) closingWriter(si, k int) string {
	if !ff.in(k, closingWriters) || ff.toks[k].kind != tWord || ff.toks[k].has(fCap) || ff.quoteOf[k] != 0 {
		return ""
	}
	s := &ff.sents[si]
	a := k
	for a > s.start && k-a < 6 && !ff.punct(a-1, ',') {
		a--
	}
	if a == k || !ff.punct(a-1, ',') || ff.in(a, subordinators) || ff.is(a, wAnd, wBut, wOr, wThat, wAs, wSo, wYet, wThen, wIt, wThey, wWe) {
		return ""
	}
	for j := a; j < k; j++ {
		if t := &ff.toks[j]; t.kind == tNum || t.kind == tDash || ff.quoteOf[j] != 0 || ff.in(j, auxiliaries) || ff.is(j, wAlso, wThat, wTo, wNot) {
			return ""
		}
	}
	if e := k + 1; !ff.punct(e, ',') && e < s.b && ff.toks[e].kind != tStop {
		if !ff.is(e, wIn, wOn, wAt, wTo, wLast, wThis, wEarlier, wDuring, wVia) {
			return ""
		}
		for e < s.b && e-k <= 10 && ff.toks[e].kind != tStop && !ff.punct(e, ',') && !ff.is(e, wThat) {
			e++
		}
		if e < s.b && ff.toks[e].kind != tStop {
			return ""
		}
	}
	return ff.sourceNP(a, k)
}
