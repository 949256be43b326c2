package extraction

import "strings"

// Ranked tellers: a business a story calls by its rank instead of its name ("The world's
// biggest social network says it has about 21 million daily users in Germany", "The
// world's top-selling automaker announced in November that it would invest $1 billion",
// "the nation's second-largest lender said"). A rank among all the world's (or a
// country's) businesses of one kind fits one business only, and the story names it: the
// story's company (salientCompany), as "the Shenzhen-based company" is. definite leaves
// such a description alone (an owner stands in it), and a kind the article never called
// the business by ("network") has no name that fits in kindSource.

// rankOwners are the wholes a rank is taken among: "the world's", "the nation's".
var rankOwners = newTokSet(map[string]bool{"world": true, "nation": true, "country": true,
	"industry": true, "sector": true, "region": true, "continent": true})

// rankedBusiness reads a..b-1 as "the WHOLE's RANK [words] KIND" — a whole of
// rankOwners, then a superlative or "No. N" within the next words, and a head of
// definiteKind that names a business ("company", "maker", "network", "automaker",
// "lender"; not a public body, a party or a team) with only lower-case words between —
// and returns the story's company, or "".
func (ff *figureFinder) rankedBusiness(a, b int) string {
	if b-a < 5 || b-a > 9 || !ff.is(a, wThe) || !ff.in(a+1, rankOwners) || !ff.owner(a+2) {
		return ""
	}
	head := ff.low(b - 1)
	k, ok := definiteKind[head]
	if !ok || k.sort != sortBusiness && k.sort != sortMaker && k.sort != sortCalled || ff.toks[b-1].has(fCap) {
		return ""
	}
	switch head {
	case "party", "team", "club", "league", "union", "group", "regulator", "watchdog", "paper", "newspaper", "magazine", "channel", "broadcaster":
		return "" // not the story's business: a party, a team, a body, an outlet
	}
	ranked := false
	for j := a + 3; j < b-1; j++ {
		t := &ff.toks[j]
		if ff.entAt[j] >= 0 || ff.quoteOf[j] != 0 {
			return ""
		}
		w := ff.low(j)
		switch {
		case superlative(w) || strings.HasSuffix(w, "-largest") || strings.HasSuffix(w, "-biggest") || strings.HasPrefix(w, "top-") || w == "leading":
			ranked = true // "biggest", "second-largest", "top-selling"
		case w == "no." || w == "no" || w == "number":
			ranked = true // "No. 2"
		case t.kind == tNum || ff.punct(j, '.') || ff.punct(j, '-'):
		case t.kind != tWord || t.feat&(lxFunc|lxPronoun) != 0:
			return ""
		}
	}
	if !ranked {
		return ""
	}
	return ff.salientCompany(a, head)
}
