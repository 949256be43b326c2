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
	if ff.theyDepth > 0 || b-a != 2 || !ff.is(a, wThe) || ff.entityOf(a+1) >= 0 {
		return ""
	}
	si := ff.sentOf(a)
	if si <= 0 || si >= len(ff.sents) || ff.toks[ff.sents[si].a].has(fPara) {
		return "" // the first sentence of a paragraph: no body of the paragraph before
	}
	prev := si - 1
	if ff.sents[prev].kind != sProse {
		return ""
	}
	ff.theyDepth++ // one step back only, as theySource
	cands, _ := ff.sourceCandidates(prev)
	ff.theyDepth--
	src := ""
	for _, c := range cands {
		if c.src == "" || c.data || c.own {
			continue
		}
		if src != "" && c.src != src {
			return "" // two tellers compete
		}
		src = c.src
	}
	if src == "" {
		return ""
	}
	for i := range ff.ents {
		if e := ff.ents[i]; !e.dropped && e.name == src {
			if e.typ == kg.Organization {
				return src
			}
			return "" // a person's, a place's: "the report" is a body's
		}
	}
	return ""
}
