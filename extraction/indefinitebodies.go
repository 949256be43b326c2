package extraction

import (
	"slices"
	"strings"

	"github.com/factgraph/kg"
)

// Indefinite bodies: a lede often gives a figure to "a monitoring group" or "a sheriff's
// office" and names the body only further on ("The Harbor Rights Monitor, a
// Britain-based monitoring group, said …"). When the article calls exactly one
// organization by the description's head with each of its modifiers — in its name, the
// words before a mention or its appositive (bodyCalled), anywhere in the article — the
// figure is that body's, as "the monitoring group said" after the name is (namedBody).
// A bare "a group" says too little.

// indefiniteBody reads a..b-1 as "a MODIFIERS HEAD" with a head of describedBodyHeads and
// at least one lower-case modifier, and returns the one organization or group the article
// calls so, or "" when none or two fit.
func (ff *figureFinder) indefiniteBody(a, b int) string {
	if !ff.is(a, wA, wAn) {
		return ""
	}
	return ff.bodyByDescription(a, b, 1)
}

// definiteBody reads a..b-1 as "the [MODIFIERS] HEAD" with a head whose kind a body's
// name holds (namedBodyHeads: "the department", "the transportation department", "the
// observatory"), which sourceNP could only keep as words, and returns the one
// organization of the article whose name holds the head and each modifier, or "".
func (ff *figureFinder) definiteBody(a, b int) string {
	if !ff.is(a, wThe) || !ff.in(b-1, namedBodyHeads) {
		return ""
	}
	return ff.bodyByDescription(a, b, 0)
}

// bodyByDescription is indefiniteBody and definiteBody: the words after the determiner
// at a, at least minMods modifiers, and the head at b-1.
func (ff *figureFinder) bodyByDescription(a, b, minMods int) string {
	if b-a < 2 || b-a > 6 || !ff.in(b-1, describedBodyHeads) && !ff.in(b-1, namedBodyHeads) {
		return ""
	}
	var mods []string
	for k := a + 1; k < b-1; k++ {
		t := &ff.toks[k]
		switch {
		case ff.owner(k):
			continue // "a sheriff's office"
		case ff.quoteOf[k] != 0 || t.kind != tWord || t.feat&(lxFunc|lxSpeech|lxPronoun|lxNumWord) != 0:
			return ""
		case strings.HasSuffix(ff.low(k), "-based") || ff.in(k, idleTitleWords):
			continue // where the body sits, often told only in the description
		case t.has(fCap):
			return "" // "a Syrian monitoring group": a nationality the name need not hold
		}
		mods = append(mods, ff.low(k))
	}
	if len(mods) < minMods {
		return ""
	}
	head := ff.low(b - 1)
	at := len(ff.toks) // a lede's "a monitoring group": the name may come further on
	if minMods == 0 || ff.punct(a-1, ',') && a > 1 && ff.entAt[a-2] >= 0 {
		at = a // "the department", or the description set beside a name ("Cabify, the mayor's office, said"): what was said before it
	}
	fit := -1
	for e := range ff.ents {
		if ff.ents[e].dropped || ff.ents[e].typ != kg.Organization && ff.ents[e].typ != kg.Group {
			continue
		}
		if !ff.bodyCalled(e, head, mods, at) && !nameFitsBody(ff.ents[e].name, head, mods) {
			continue
		}
		if fit >= 0 {
			return "" // two bodies fit
		}
		fit = e
	}
	if fit < 0 {
		return ""
	}
	return ff.entName(fit)
}

// namedBodyHeads are the heads of a body's kind that its name holds ("Marion County
// Sheriff's Office", "Department of Transportation").
var namedBodyHeads = newTokSet(map[string]bool{"office": true, "department": true, "ministry": true,
	"bureau": true, "commission": true, "council": true, "observatory": true})

// bodyNameHeads are the heads a body's name need not hold: any organization is a group.
var bodyNameHeads = newTokSet(map[string]bool{"group": true, "organization": true, "organisation": true, "body": true})

// nameFitsBody reports whether an organization's name says what a description of a
// body at large (a head of bodyNameHeads) says of it: each modifier is a word of the name
// or one of its forms ("monitoring" and "Monitor"), and "monitoring" is what an
// observatory or a watch does ("a monitoring group" and "the Syrian Observatory for
// Human Rights", "Human Rights Watch").
func nameFitsBody(name, head string, mods []string) bool {
	words := strings.Fields(strings.ToLower(name))
	if !bodyNameHeads.has(head) && !slices.Contains(words, head) {
		return false // "a sheriff's office": an office's name says it is one
	}
	for _, m := range mods {
		ok := false
		for _, w := range words {
			if w == m || len(w) >= 5 && strings.HasPrefix(m, w) || len(m) >= 5 && strings.HasPrefix(w, m) ||
				m == "monitoring" && (w == "observatory" || w == "watch") {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
