package extraction

import "github.com/factgraph/kg"

// "The report said" after a sentence that names the report's body: wire copy gives a
// body's figures "according to the U.S. Sentencing Commission" and goes on in the same
// paragraph with "…, the report said." When the article never brought the document in
// (documentIntroduction finds no author), the bare document ("the report", "the study")
// is the body the sentence before attributes to: one organization, the same paragraph.

// reportSource returns the organization that the bare document phrase "the NOUN" at a..b-1
// stands for, from the sentence before in the same paragraph, or "".
func (ff *figureFinder) reportSource(a, b int) string {
	if b-a != 2 || !ff.is(a, wThe) || ff.entityOf(a+1) >= 0 {
		return ""
	}
	if si := ff.sentOf(a); si < len(ff.sents) && ff.toks[ff.sents[si].a].has(fPara) {
		return "" // the first sentence of a paragraph: no body of the paragraph before
	}
	if src := ff.priorTeller(a); src != "" && ff.typeOfName(src) == kg.Organization {
		return src // not a person's, a place's: "the report" is a body's
	}
	return ""
}
