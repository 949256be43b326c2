package ledger

import (
	"strings"
	"unicode"

	"github.com/factgraph/kg/schema"
)

// How a tally tells one report reused from two: copies and versions of one story, and
// a sentence or clause an outlet carries into another of its stories.

// reusedOnce counts the independent reports that give one value: story groups (a
// copy counts once), and of those, two whose sentences giving the value are nearly the
// same words (SentenceReuse), in two stories of one outlet that are not versions of
// one story, count once — a background paragraph an outlet reuses in another story ("26 Qatari hunters
// kidnapped last month have not yet been found") is one source, not two. So do two
// outlets' stories that are not versions of one story but carry one long sentence word
// for word (carriedSentence): a wire paragraph set into another outlet's story. A copy
// of one text (CopySimilarity) posted again days later is one source. An outlet's
// rewritten version of a story keeps counting as a report of its own.
func reusedOnce(fs []*figure, reports []schema.MentionsRecord) int {
	groups := map[int]int{} // story group → index into ids
	var ids []int
	for _, f := range fs {
		if _, ok := groups[f.group]; !ok {
			groups[f.group] = len(ids)
			ids = append(ids, f.group)
		}
	}
	uf := newUnionFind(len(ids))
	words := make([]map[string]bool, len(fs)) // each figure's sentence's words, read once
	wordsOf := func(i int) map[string]bool {
		if words[i] == nil {
			words[i] = wordSet(fs[i].rec.Text)
		}
		return words[i]
	}
	for x, f := range fs {
		for y := x + 1; y < len(fs); y++ {
			g := fs[y]
			if f.group == g.group || uf.find(groups[f.group]) == uf.find(groups[g.group]) {
				continue
			}
			switch sim := reports[f.report].Fingerprint.Similarity(reports[g.report].Fingerprint); {
			case sim >= CopySimilarity:
				// one text posted again more than two days later (storyGroups joins
				// copies within two days): one source however far apart
				uf.union(groups[f.group], groups[g.group])
				continue
			case sim >= UpdateSimilarity:
				continue // versions of one story
			}
			if samePublisher(reports, f, g) && sentenceReused(wordsOf(x), wordsOf(y)) ||
				carriedSentence(wordsOf(x), wordsOf(y)) {
				uf.union(groups[f.group], groups[g.group])
			}
		}
	}
	return len(uf.groups())
}

// SentenceReuse is how alike two sentences must be (the share of their words in
// common) to be one sentence reused: "In March, about three dozen people were injured
// when an Amtrak train derailed in Kansas" and "Last month, about three dozen…" share
// three quarters of their words; two outlets' own sentences of one toll seldom share
// half.
const SentenceReuse = 0.6

// ClauseReuse is how much of the shorter of two sentences must be in the longer one for
// it to be one clause reused, trimmed or extended: "It is already sheltering more than
// 2.5 million Syrians, the world's largest refugee population" inside "The assault …
// has prompted tens of thousands to flee toward Turkey, which is already sheltering
// more than 2.5 million Syrians, the world's largest refugee population". The shorter
// must have ClauseWords words or more: two short sentences of one toll ("Five people
// were killed") are alike whoever writes them.
const (
	ClauseReuse = 0.85
	ClauseWords = 10
)

// CarriedWords and CarriedReuse tell one outlet's paragraph carried into another
// outlet's story from two outlets' own sentences: two outlets quoting one bulletin
// ("at a depth of 23 km (14 miles), the U.S. Geological Survey said") may write the same
// short sentence, but not the same sentence of CarriedWords different words or more
// ("It had its slowest user growth last year - it now boasts just over 300 million
// users - and was eclipsed by …" in a wire story and in a network's story built on it).
const (
	CarriedWords = 25
	CarriedReuse = 0.9
)

// carriedSentence reports whether two sentences, given as their sets of words, are one
// long sentence: each of CarriedWords words or more, nearly all of them shared.
func carriedSentence(wa, wb map[string]bool) bool {
	if len(wa) < CarriedWords || len(wb) < CarriedWords {
		return false
	}
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	return float64(n)/float64(len(wa)+len(wb)-n) >= CarriedReuse
}

// sentenceReused reports whether two sentences, given as their sets of words, are one
// sentence reused: nearly the same words (SentenceReuse, their Jaccard similarity), or
// the shorter nearly word for word part of the longer (ClauseReuse).
func sentenceReused(wa, wb map[string]bool) bool {
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return false
	}
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	return float64(n)/float64(len(wa)+len(wb)-n) >= SentenceReuse ||
		len(wa) >= ClauseWords && float64(n) >= ClauseReuse*float64(len(wa))
}

// wordSet is the set of a sentence's words, case folded.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		out[w] = true
	}
	return out
}
