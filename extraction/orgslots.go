package extraction

// orgSlot reports whether the name of tokens a..b-1 in sentence si stands where only a
// body stands, so that a name its own words do not type is an organization:
//   - after a noun of a company's parts, officers or deals and "of": "a subsidiary of
//     X", "chief executive of X", "shares of X", "the takeover of X";
//   - after a stake or an investment and "in": "a stake in X", "invested in X";
//   - after "merger with" or a verb of acquiring: "agreed to acquire X";
//   - before "'s" and a body's part: "X's board", "X's chief executive", "X's parent";
//   - before an appositive of a body's ties: "X, a unit of Y", "X, owned by Y", "X, which
//     owns Y".
//
// A name that owns what follows it ("a stake in Warren Pike's chain") is not the slot's.
// A person is not acquired, owned or given a board or a subsidiary; a place has no chief
// executive: the slot outranks the default type of a run of capitalised words (a person)
// and of a name after "in" (a place), not a given name's or a place list's evidence.
func (ef *entityFinder) orgSlot(si, a, b int) bool {
	s := &ef.sents[si]
	if b < s.b && ef.possessive(b) {
		// "Korvel Dane's board", "Slack's CEO"; "Icahn's shares" can be a person's
		k := b + 1
		if ef.is(k, wChief) {
			return ef.is(k+1, wExecutive)
		}
		return ef.in(k, ownedBodyParts)
	}
	p := a - 1
	if ef.is(p, wThe) {
		p--
	}
	if p-1 >= s.start {
		switch {
		case ef.is(p, wOf):
			return ef.in(p-1, bodyOfNouns)
		case ef.is(p, wIn):
			return ef.in(p-1, investedNouns)
		case ef.is(p, wWith):
			return ef.is(p-1, wMerger, wMerge, wMerged, wMerging)
		case ef.in(p, acquireVerbs):
			return true
		}
	}
	return ef.unitAppositive(b, s.b)
}

// unitAppositive reports whether an appositive of a body's ties opens at the comma at
// token b (sentence end sb): ", a unit of", ", a subsidiary of", ", owned by", ", which
// owns".
func (ef *entityFinder) unitAppositive(b, sb int) bool {
	if b+2 >= sb || !ef.punct(b, ',') {
		return false
	}
	k := b + 1
	if ef.is(k, wOwned) && ef.is(k+1, wBy) || ef.is(k, wWhich) && ef.is(k+1, wOwns) {
		return true
	}
	if ef.is(k, wA, wAn) {
		k++
	}
	return ef.in(k, unitNouns) && ef.is(k+1, wOf)
}

// shoutedBrand reports whether the all-capital word at token i, too long for the
// acronym noNameAt lets through and no English word ("ALSEAMAR", "DIRECTV"), is a
// company's name: it stands in an organization's slot (orgSlot). Elsewhere such a word
// is read as emphasis or a label ("BREAKING", "UPDATED").
func (ef *entityFinder) shoutedBrand(si, i int) bool {
	return !ef.in(i, englishWords) && ef.orgSlot(si, i, i+1)
}

// bodyOfNouns are the nouns after which "of" and a name name a body: its parts, its
// officers, its stock and the deals that buy it.
var bodyOfNouns = newTokSet(map[string]bool{"unit": true, "units": true, "subsidiary": true,
	"subsidiaries": true, "division": true, "affiliate": true, "ceo": true, "cfo": true,
	"coo": true, "cto": true, "executive": true, "executives": true, "founder": true,
	"co-founder": true, "cofounder": true, "shares": true, "shareholder": true,
	"shareholders": true, "stockholders": true, "takeover": true, "acquisition": true,
	"buyout": true})

// investedNouns are the words after which "in" and a name name what is invested in.
var investedNouns = newTokSet(map[string]bool{"stake": true, "stakes": true, "investment": true,
	"investments": true, "invested": true, "invest": true, "invests": true, "investing": true})

// acquireVerbs are the verbs whose object is a body bought whole.
var acquireVerbs = newTokSet(map[string]bool{"acquire": true, "acquired": true, "acquires": true,
	"acquiring": true})

// ownedBodyParts are the nouns after "X's" that only a body has.
var ownedBodyParts = newTokSet(map[string]bool{"board": true, "ceo": true, "cfo": true,
	"shareholders": true, "stockholders": true, "subsidiary": true, "parent": true})
