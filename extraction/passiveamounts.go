package extraction

// Money that is the subject of a passive verb ("$81 million was transferred to
// accounts abroad", "some $2 billion has been pledged"): nounAfterAmount names it by the
// verb's act in the amount-verbs list. Two shapes it missed are read here: a verb of
// moving money the list leaves out, and a report verb between "be" and the participle
// ("about $5 million is believed to have been stolen").

// passiveMoves are participles of moving money that the amount-verbs list leaves out
// because, active, their object is as often no money ("sent troops", "routed traffic");
// after money and a form of "be" they can only move it.
var passiveMoves = map[string]string{
	"sent": "amount transferred", "wired": "amount transferred", "routed": "amount transferred",
	"rerouted": "amount diverted", "siphoned": "amount diverted",
}

// pastReportedBeen returns the token after "believed to have been", "thought to have
// been", "estimated to have been" … starting at j (the word after a form of "be"), or j
// when no such report stands there: the participle after it is the amount's verb.
func (ff *figureFinder) pastReportedBeen(j int) int {
	if ff.is(j, wBelieved, wThought, wEstimated, wSaid, wReported, wAlleged, wSuspected) &&
		ff.is(j+1, wTo) && ff.is(j+2, wHave) && ff.is(j+3, wBeen) {
		return j + 4
	}
	return j
}

// irregularParticiples are the participles of the amount-verbs list that end in
// neither "-ed" nor a word afterVerbs holds: "$5 million was stolen".
var irregularParticiples = newTokSet(map[string]bool{"stolen": true, "lent": true})
