package extraction

// A document that closes a sentence as its teller ("…, the complaint said.", "…, the
// indictment said.") whose author sourceNP found neither in the phrase nor where the
// article brought the document in: the figure is the document's, and no name the
// statement holds speaks ("While there, he fired 20 rounds from a Glock pistol, the
// complaint said" is not Glock's; "… were targeted, including Acme Bank, the indictment
// said" is not the bank's). subjectBefore, which falls back on the sentence's names, is
// not asked.

// unauthoredDocument reports whether the teller phrase a..e-1 after a comma is "the
// [modifiers] DOCUMENT" (documentHead) with no name in it.
func (ff *figureFinder) unauthoredDocument(a, e int) bool {
	if !ff.punct(a-1, ',') || !ff.is(a, wThe) || ff.documentHead(a, e) < 0 {
		return false
	}
	for k := a; k < e; k++ {
		if ff.entityOf(k) >= 0 {
			return false
		}
	}
	return true
}
