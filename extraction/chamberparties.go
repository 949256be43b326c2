package extraction

// Chamber parties: "Senate Democratic leader Harry Reid", "House Republican aides", "the
// second-ranking Senate Democrat and": a chamber's name and a party's adjective before a
// common noun. The capitalised run is no name of its own ("Senate Democratic" was an
// entity and the object of leaderOf, read148's audit): the chamber is the body, the
// party's word a label. The leader of a chamber's party is no leader of the chamber, so
// no role reader is taught to pass the party's word. Named caucuses go on in capitals
// ("House Democratic Caucus") and stay whole; "the House GOP" is a body and stays too.

// chamberParty reports whether the span a..b-1 is "Senate" or "House" and a party's
// adjective (partyLabels: Republican, Democrat, Democratic), before a lower-case word.
func (ef *entityFinder) chamberParty(a, b int) bool {
	if b != a+2 || b >= len(ef.toks) || !ef.is(a, wSenate, wHouse) {
		return false
	}
	if !partyLabels.has(ef.tok(a + 1)) {
		return false // not "the House GOP's agenda": the GOP is a body, the chamber's Republicans
	}
	return ef.toks[b].kind == tWord && !ef.toks[b].has(fCap)
}
