package extraction

// Sides of a vote: in a story of a referendum, a one-word name that the word lists do
// not know, followed by a noun of a campaign's side ("the Leave camp", "Remain
// campaigners", "the Yes side"), is the camp of voters and campaigners for that choice: a Group, as the golds type it, not the
// organization a lone capitalised word is by default. An official campaign's full name
// ("Vote Leave") is two words and keeps its own type.

// campSideNouns after a one-word name make it a side of a vote.
var campSideNouns = newTokSet(map[string]bool{"camp": true, "campaign": true, "campaigns": true,
	"campaigner": true, "campaigners": true, "side": true, "cause": true})

// campSide reports whether the word after a one-word name ending at token b-1 is a
// lower-case noun of a vote's side (campSideNouns) in an article that speaks of a
// referendum: elsewhere "camp" and "campaign" follow a refugee camp's or a fund-raising
// site's name ("the Handarat camp", "a Kickstarter campaign").
func (ef *entityFinder) campSide(si, b int) bool {
	return b < ef.sents[si].b && ef.toks[b].kind == tWord && !ef.toks[b].has(fCap) && ef.in(b, campSideNouns) && ef.referendumStory()
}

// referendumStory reports whether a token of the article is "referendum" or
// "referendums".
func (ef *entityFinder) referendumStory() bool {
	for k := range ef.toks {
		if ef.is(k, wReferendum, wReferendums) {
			return true
		}
	}
	return false
}
