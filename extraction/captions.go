package extraction

import "strings"

// Captions: a photo's or a video's caption kept in an article's text ("Dylan Reyes is
// shown in a 2014 yearbook photo. AP", "… at the rally. (Ana Ruiz/The Daily Post)")
// is no part of the report's prose. A "she continued" after it speaks for the woman
// quoted before the picture, not for the person the caption names, and a figure in it
// repeats the report's; the names in it are still the article's. A caption is told by
// the credit that ends it: after its last full stop, a photographer and an agency
// joined by a slash, or an agency alone.

// captionCredits are the agencies a caption may end on without a photographer's name.
var captionCredits = newTokSet(map[string]bool{"AP": true, "Reuters": true, "AFP": true, "EPA": true,
	"Getty Images": true, "AP Photo": true, "Reuters Photo": true})

// markCaptions makes captions (sCaption) of every sentence of a caption paragraph: their
// names are read as in prose (the gold sets list a caption's people and its
// photographers), their facts are not (every stage that reads facts reads sProse), and
// a pronoun's chain of speakers passes over them.
func markCaptions(d *doc) {
	for p := 0; p < len(d.sents); {
		q := p + 1
		for q < len(d.sents) && !d.toks[d.sents[q].a].has(fPara) {
			q++
		}
		if (d.headline < p || d.headline >= q) && captionParagraph(d, p, q) {
			for si := p; si < q; si++ {
				d.sents[si].kind = sCaption
			}
		}
		p = q
	}
}

// captionParagraph reports whether sentences p..q-1, one paragraph, are a caption: at
// most four short sentences whose words end on a credit after the last full stop.
func captionParagraph(d *doc, p, q int) bool {
	a, b := d.sents[p].a, d.sents[q-1].b
	if q-p > 4 || b-a > 120 {
		return false
	}
	last := -1
	for k := b - 1; k > a; k-- {
		if d.toks[k].kind == tStop || d.toks[k].kind == tWord && d.toks[k].has(fAbbr) {
			last = k
			break
		}
	}
	if last < a+4 || b-last-1 < 1 || b-last-1 > 14 {
		return false // no caption before the credit, or no credit
	}
	tail := strings.TrimSpace(d.span(last+1, b))
	parens := strings.HasPrefix(tail, "(") && strings.HasSuffix(tail, ")")
	if parens {
		tail = tail[1 : len(tail)-1] // "(Ana Ruiz/The Daily Post)"
	} else if b-last-1 > 6 || strings.ContainsAny(tail, "()[]<>") {
		return false // "… at hand." (apple.co/1Lt7ReW); a wire code "[O/R]"
	}
	if captionCredits.has(tail) {
		return !parens // "(Reuters)" closes a wire report's lead as often as a caption
	}
	slash := strings.IndexByte(tail, '/')
	if slash <= 0 || slash == len(tail)-1 || strings.ContainsAny(tail, ".;:") {
		return false
	}
	for k := last + 1; k < b; k++ {
		if d.toks[k].kind == tWord && !d.toks[k].has(fCap) && !d.is(k, wOf, wThe, wFor, wDe, wVan, wVon) {
			return false // names only: "Ana Ruiz/The Daily Post"
		}
	}
	return true
}
