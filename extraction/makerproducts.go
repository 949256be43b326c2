package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A maker's name glued to its product's ("Vantor PX90D", "Halvard StreamDeck", "Kestrel
// Model T") is a run of capitalised words that the default types a person; when the
// article uses the first word alone as a name its own contexts do not type a person's,
// the run is the maker's product (Other) and the lone word stays the maker, not the
// person's short form. The tail must be a product's by shape, which no person's name
// has: a word with a digit ("PX90D"), a word with a capital inside it past a surname's
// prefix ("StreamDeck", not "McGregor", "VanDeWeghe", "deGrasse"), or a common word
// and one letter or digit at the end ("Model T").

// A maker the word lists know by its one word ("Google Docs", "Microsoft Cortana", "Apple
// Siri"), or one the article names alone and with a company's ending ("Samsung" and
// "Samsung Electronics Co" beside "Samsung Pay"), needs no product's shape: one or two
// words after it that no person's name holds are its product (knownMakerProduct).

// makerProducts retypes each glued maker-and-product run Other (mergeShortForms calls it
// before it folds short forms, so the maker's lone name is no short form of a person).
func (ef *entityFinder) makerProducts() {
	makers := map[string]bool{} // one-word names typed neither a person nor a place, with no digit ("C3 IoT" is a firm's name)
	for _, e := range ef.ents {
		if !e.dropped && e.words == 1 && e.typ != kg.Person && e.typ != kg.Place && !strings.ContainsAny(e.name, "0123456789") {
			makers[e.name] = true
		}
	}
	var companies map[string]bool // makers the article also names with a company's ending ("Tesla Motors Inc")
	read := false                 // companies is read (makerWords), once and only for a maker's word
	for _, t := range ef.ents {
		if t.dropped || t.typ != kg.Person || t.words < 2 {
			continue
		}
		ws := strings.Fields(t.name)
		if len(ws) < 2 || firstNames[ws[0]] {
			continue
		}
		glued := makers[ws[0]] && (makerProductTail(ws[1:]) || len(ws) == 2 && orgAlias[ws[0]] != "" && commonProductWord(ws[1]))
		if !glued {
			company := false
			if makers[ws[0]] {
				if !read {
					companies, read = ef.makerWords(), true
				}
				company = companies[ws[0]]
			}
			if !ef.knownMakerProduct(t, ws, company) {
				continue
			}
			t.makerProduct = true
		}
		p, o := typeIndex(kg.Person), typeIndex(kg.Other)
		t.scores[o] += t.scores[p] + 1 // the person's default score is the product's, and a little more
		t.scores[p], t.weakPerson = 0, 0
		t.typ = kg.Other
	}
}

// commonProductWord reports whether w, the one word after the name of a maker the word
// lists know (data/organizations.txt: a surname after an unknown first word is as likely,
// "Elon Musk", "Andy Grove"), is a common
// English word of more than two letters (or its plural), as a product's name may be
// ("Google Docs", "Facebook Messenger", "Samsung Pay"), and not a word that ends a
// body's name ("Elliott Management"), a word for a person ("Research Scientist") or a
// name SCOWL also lists as a person's ("Wu Man" is the musician). Only the retyping reads
// it: a lone common word is no short form of the product (resolve.go).
func commonProductWord(w string) bool {
	l := lowerASCII(w)
	if len(l) <= 2 || properNames[w] {
		return false
	}
	if lx := lexicon[l]; lx != nil && lx.feat&(lxOrgHead|lxPersonNoun|lxGroup|lxPlaceHead) != 0 {
		return false
	}
	if corpSuffix.has(l) || corporateSuffixes.has(l) {
		return false
	}
	return commonOrLess(l) || strings.HasSuffix(l, "s") && commonOrLess(l[:len(l)-1])
}

// makerProductTail reports whether the words after a maker's name are a product's by
// shape (see above).
func makerProductTail(ws []string) bool {
	for _, w := range ws {
		if strings.ContainsAny(w, "0123456789") || innerCapital(w) {
			return true
		}
	}
	if n := len(ws); n >= 2 && len(ws[n-1]) == 1 && (ws[n-1][0] >= 'A' && ws[n-1][0] <= 'Z' || ws[n-1][0] >= '0' && ws[n-1][0] <= '9') {
		return englishWords.has(lowerASCII(ws[n-2])) // "Model T", not "Sai Sachin R"
	}
	return false
}

// surnamePrefixes open surnames whose next letter is a capital: "McGregor", "MacKenzie",
// "DeGrasse", "VanDeWeghe", "LoBianco", "DelReal", "O'Brien".
var surnamePrefixes = []string{"Mc", "Mac", "De", "Del", "Van", "Vander", "Vanden", "Le", "La", "Lo", "Di", "Da", "Du", "O'", "O’", "Fitz", "St"}

// innerCapital reports whether w, a capitalised word, holds a capital after a lower-case
// letter once the surname prefixes are taken off its front ("StreamDeck", not
// "McGregor"); a word in lower case first ("deGrasse") is a name's particle, not a product.
func innerCapital(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for again := true; again; {
		again = false
		for _, p := range surnamePrefixes {
			if len(w) > len(p) && strings.HasPrefix(w, p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
				w, again = w[len(p):], true
				break
			}
		}
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// knownMakerProduct reports whether the person-typed name t of words ws is a maker's
// product: its first word is a company the word lists know by that one word (orgAlias:
// "Google", "Microsoft"), or company is true (the article names the word alone and with a
// company's ending), and one or two words follow, each a product's word
// (makerProductWord) that no other person of the article has in the name ("Reuters
// Clinton" beside "Hillary Clinton" is a dateline run into a name, left as it was).
func (ef *entityFinder) knownMakerProduct(t *entity, ws []string, company bool) bool {
	if len(ws) > 3 || orgAlias[ws[0]] != ws[0] && !company {
		return false
	}
	for _, w := range ws[1:] {
		if !makerProductWord(w) || ef.articlePersonWord(t, w) {
			return false
		}
	}
	return true
}

// makerProductWord reports whether w may be a word of a product's name after its maker's:
// a capitalised word with lower-case letters ("Docs", "Cortana", "CarPlay"; not an
// acronym, "Apple FBI", "Google AI"), no given name, no medium ("Google Internet"), no
// company ending and no noun that heads a body, a place or a group or names a person.
func makerProductWord(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w || firstNames[w] || mediaWords.has(w) {
		return false
	}
	l := lowerASCII(w)
	if corpSuffix.has(l) || corporateSuffixes.has(l) {
		return false
	}
	lx := lexicon[l]
	return lx == nil || lx.feat&(lxOrgHead|lxPersonNoun|lxGroup|lxPlaceHead) == 0
}

// articlePersonWord reports whether a person of the article other than t has the word w
// in the name.
func (ef *entityFinder) articlePersonWord(t *entity, w string) bool {
	for _, e := range ef.ents {
		if e == t || e.dropped || e.typ != kg.Person {
			continue
		}
		for _, x := range strings.Fields(e.name) {
			if x == w {
				return true
			}
		}
	}
	return false
}
