package extraction

// Owners named past another's possessive: "Caviar, a delivery service owned by Jack
// Dorsey's company Square", "Kashi Co, owned by General Mills' rival Kellogg Co". The
// name after "owned by" (or after "a unit of") owns the words of a kind that follow it
// ("company", "rival", "payments arm"), and the company named after those words is the
// owner: the possessor only describes it. ownedBy otherwise stops at a possessive after
// the owner's name.

// ownerPastPossessor returns the token of the organization named after the possessive
// that follows the name of mention mi — "'s", or a bare apostrophe after a plural
// ("General Mills' rival") — and one to four lower-case words of a kind
// (parentKindWords), the last of them singular; -1 when no such name stands there.
func (rf *relationFinder) ownerPastPossessor(mi, end int) int {
	b := rf.mentions[mi].b
	if !(rf.owner(b) || rf.tok(b) == "'" || rf.tok(b) == "’") || b+1 >= end {
		return -1
	}
	j := rf.parentKindWords(b+1, end)
	if j == b+1 || j >= end || plural(rf.low(j-1)) {
		return -1 // "owned by Veltra's shareholders", "Lund's Brisk Co": no kind, or a plural
	}
	if !rf.orgOpensAt(j) || rf.owner(rf.mentions[rf.entAt[j]].b) {
		return -1 // heldfractions.go
	}
	return j
}
