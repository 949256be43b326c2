package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Spokespeople described by the body they speak for: "a company spokeswoman said" is
// the company's word, as "a Dravex spokeswoman said" is Dravex's (speakerNP), so the
// quote goes to the body the description names or that its kind word stands for ("a
// company spokesman": the story's company, salientCompany; "a ministry spokesman": the
// ministry named before), and "the spokeswoman said" after "a Dravex spokeswoman"
// likewise. A bare "a spokesman" names no body and stays a description; so do a
// person's spokesman ("a Cole spokesman") and a place's.

// bodySpokesHeads are the heads of a description of someone who speaks for a body.
var bodySpokesHeads = newTokSet(map[string]bool{"spokesman": true, "spokeswoman": true,
	"spokesperson": true, "representative": true})

// spokesBody returns the organization the modifiers a..h-1 of the spokesperson's head
// at h say they speak for: an organization named among them ("a Harlow Trust
// spokeswoman"), else the one the lower-case words would stand for as "the WORDS" before
// the quote the description closes (descriptionEntity: "a finance ministry spokeswoman"
// is the finance ministry named before), "a company spokesman" the story's company
// (salientCompany, else the business its own sentence names before it) and no other. "" when the head is no spokesperson's, there are no
// modifiers, or they name a person or a place ("a Cole spokesman", "a Moscow
// spokesman"), are no kind phrase ("a senior spokesman") or a kind that names no body
// of its own ("an airline spokesman").
func (rd *reader) spokesBody(a, h int) string {
	if a >= h || !rd.in(h, bodySpokesHeads) {
		return ""
	}
	for j := a; j < h; j++ {
		if e := rd.entityOf(j); e >= 0 {
			if rd.ents[e].typ == kg.Organization && !rd.mentions[rd.entAt[j]].demonym {
				return rd.entName(e)
			}
			return ""
		}
		if t := &rd.toks[j]; t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxPronoun|lxSpeech) != 0 {
			return ""
		}
	}
	at := rd.quoteOpenedBefore(a)
	if h-a == 1 {
		switch w := rd.low(a); {
		case w == "company" || w == "firm":
			if o := rd.salientCompany(at, w); o != "" {
				return o // the story's company
			}
			return rd.businessBefore(at) // "Acme has cut 200 jobs, a company spokeswoman said"
		case orgDescriptors.has(w) || orgWords.has(w):
			return "" // "an airline spokesman": not whichever body was named last
		}
	}
	return rd.descriptionEntity("the "+strings.ToLower(rd.span(a, h)), at)
}

// businessBefore returns the organization the sentence of token at names last before it,
// outside quotes, when it can be a company (no public body, commercialName): "Orbis
// Mobile is \"still reviewing\" the ruling, a company spokesman said" is Orbis Mobile's.
// Places between are passed over; "" when the sentence names none there, or a person
// or a public body comes nearer.
func (rd *reader) businessBefore(at int) string {
	si := rd.sentOf(at)
	if si >= len(rd.sents) {
		return ""
	}
	for k := at - 1; k >= rd.sents[si].start; k-- {
		e := rd.entityOf(k)
		if e < 0 || rd.quoteOf[k] != 0 {
			continue
		}
		m := &rd.mentions[rd.entAt[k]]
		if rd.ents[e].typ == kg.Place {
			k = m.a
			continue // "Acme has shut its Ohio plant, a company spokesman said"
		}
		if m.demonym || rd.ents[e].typ != kg.Organization || !commercialName(rd.ents[e].name) {
			return ""
		}
		return rd.entName(e)
	}
	return ""
}
