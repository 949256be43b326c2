package extraction

// Described actors: a report names a business once and then lets a description of its
// kind act ("Harlow Securities analysts wrote in a note … The brokerage downgraded the
// stock and slashed its target price to $40 from $52"). The figure is the business's own
// act, as when it is named (actorSource), and its source is the business the description
// stands for (descriptionEntity: the organization named last that is no public body).

// describedActor returns the token of the head of a description of a business that
// opens at token a and ends before b: "the" and at most one modifier before a word of
// businesses ("the brokerage", "the Tokyo-based lender"); or -1.
func (ff *figureFinder) describedActor(a, b int) int {
	if !ff.is(a, wThe) {
		return -1
	}
	for h := a + 1; h < b && h <= a+2; h++ {
		t := &ff.toks[h]
		if t.kind != tWord || t.has(fCap) && h > a+1 || ff.entAt[h] >= 0 {
			return -1
		}
		if ff.in(h, orgDescriptors) && h == b-1 {
			return h
		}
	}
	return -1
}

// actorName returns the name of the actor at token k: its entity, or for the head of a
// described business (describedActor) the organization the description stands for; or "".
func (ff *figureFinder) actorName(k int) string {
	if e := ff.entityOf(k); e >= 0 {
		return ff.entName(e)
	}
	if a := ff.theBefore(k+1, max(0, k-3), 3); a >= 0 {
		return ff.descriptionEntity("the "+ff.low(k), a)
	}
	return ""
}
