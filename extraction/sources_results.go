package extraction

import "github.com/factgraph/kg"

// A company that "posted", "booked" or "recorded" a result is the source of the figures
// its result states: "Paysafe posted a 68 percent rise in revenue", "Samsung Medison
// booked an operating loss of 15 billion won", "It posted a third-quarter operating loss
// of 3.8 billion yen". The company states its own accounts, as it does when it
// "reported" them (a verb of saying already).

// resultVerbs state a result of their subject.
var resultVerbs = newTokSet(map[string]bool{"posted": true, "booked": true, "recorded": true})

// resultWords open or head a result the verb's object states.
var resultWords = newTokSet(map[string]bool{"rise": true, "fall": true, "drop": true, "decline": true, "declines": true,
	"increase": true, "gain": true, "loss": true, "losses": true, "profit": true, "profits": true,
	"revenue": true, "revenues": true, "sales": true, "earnings": true, "income": true, "growth": true,
	"deficit": true, "surplus": true, "jump": true})

// resultSource returns the organization that token k, a verb of resultVerbs, gives as
// the source of its result: the clause's subject before it, when it names an
// organization of the article, and the verb's object, within six words before a comma,
// holds a number, an amount or a result's word. "" otherwise: "posted bail of $1,500",
// "posted a video", "Curry recorded 18 points" (a person's record is no account), "the
// agency recorded 805 deaths" when "agency" names no organization.
func (ff *figureFinder) resultSource(si, k int) string {
	s := &ff.sents[si]
	if k <= s.start || !ff.in(k, resultVerbs) || ff.toks[k].kind != tWord || ff.entityOf(k) >= 0 {
		return ""
	}
	result := false
	for j := k + 1; j < s.b && j <= k+6 && !ff.punct(j, ','); j++ {
		switch w := ff.low(j); {
		case w == "bail" || w == "bond" || w == "video" || w == "videos" || w == "photo" || w == "photos" || w == "message" || w == "tweet":
			return ""
		case ff.toks[j].kind == tNum || ff.punct(j, '$') || resultWords.has(w):
			result = true
		}
	}
	if !result {
		return ""
	}
	if ff.punct(k-1, ',') {
		return "" // "X, a unit of Y, posted …": the appositive's readers, not the nearest name
	}
	a := k - 1
	for a > s.start && k-a < 10 && !ff.punct(a-1, ',') && !ff.is(a-1, wWhich, wThat, wWho, wAnd, wBut) && ff.quoteOf[a-1] == 0 {
		a--
	}
	if ff.is(a-1, wAnd) && !ff.punct(a-2, ',') {
		return "" // "PetroChina, Sinopec and CNOOC booked a combined …": the last of a list
	}
	if ff.is(a-1, wWhich, wThat, wWho) {
		return "" // "P&G, which has posted declines …": left to the relative clause's readers
	}
	orgs := 0
	for j := a; j < k; j++ {
		if e := ff.entityOf(j); e >= 0 && ff.ents[e].typ == kg.Organization && (j == a || ff.entityOf(j-1) != e) {
			orgs++
		}
	}
	if orgs > 1 {
		return "" // "A, B and C booked a combined …": no one company's account
	}
	if src := ff.sourceNP(a, k); src != "" && ff.typeOfName(src) == kg.Organization {
		return src
	}
	return ""
}
