package extraction

// Products, services and weapons named by the noun after them: "the Popslate app",
// "the Vivaldi browser", "the Oculus Rift headset", "the Quill messaging service", "the
// Musudan missile". A name its own words do not type would be a person (two to four
// capitalised words) or an organization (one word); the noun after it says it is a
// thing the news calls Other. The noun lists are data/names.txt's product-heads and
// product-modifiers.

var (
	productHeads     = wordSet("product-heads")
	productModifiers = wordSet("product-modifiers")
)

// productServiceHeads are nouns that name a product only after a product modifier
// ("the Quill messaging service", "the Zephyr video game"; not "the Internet service",
// "a Giants game").
var productServiceHeads = map[string]bool{"app": true, "apps": true, "service": true, "services": true,
	"game": true, "games": true, "network": true, "platform": true}

// productMakerNouns after the product's noun make the name its maker's, a body: "the
// Popslate app maker", "a Zephyr app developer".
var productMakerNouns = map[string]bool{"maker": true, "makers": true, "developer": true, "developers": true,
	"creator": true, "creators": true, "publisher": true, "studio": true}

// mediaWords are the capitalised names of a medium, no product of anyone's ("an
// Internet browser", "a Web app").
var mediaWords = map[string]bool{"Internet": true, "Web": true, "Net": true}

// productHead reports whether the name of tokens a..b-1, of one to three words, is a
// product's, a service's or a weapon's by the lower-case noun after it, past at most
// one product modifier: "the Popslate app", "the Quill messaging service", "the Rodong
// ballistic missile". Not a medium ("the Internet service"), not a name that opens with a given name ("the Jane app" is left
// as it was), not a short acronym (SWIFT, THAAD: bodies or systems alike), nor one whose
// noun a maker's noun follows ("the Popslate app maker") or a possessive ("'s").
func (ef *entityFinder) productHead(si, a, b, words int) bool {
	if words < 1 || words > 3 || firstNames[ef.tok(a)] || ef.upperAcronym(a, b) || b == a+1 && mediaWords[ef.tok(a)] {
		return false
	}
	end := ef.sents[si].b
	lower := func(k int) bool { return k < end && ef.toks[k].kind == tWord && !ef.toks[k].has(fCap) }
	n := b
	if !lower(n) {
		return false
	}
	modified := false
	if productModifiers[ef.low(n)] && lower(n+1) {
		n, modified = n+1, true
	}
	w := ef.low(n)
	if !productHeads[w] && !(modified && productServiceHeads[w]) {
		return false
	}
	return !(lower(n+1) && productMakerNouns[ef.low(n+1)]) && !ef.possessiveAt(n+1)
}

// personTrades are the lower-case nouns of trades that only a person plies; right before
// a one-word name that nothing else types they make it a person's stage name or surname
// ("singer Mona", "fans of rapper Zed", "pop star Lumo"), not the organization a lone
// capitalised word is by default. Trades a body plies as well (publisher, producer,
// broadcaster, host, developer) are left out, and "best actress" names a prize.
var personTrades = map[string]bool{"singer": true, "rapper": true, "actor": true, "actress": true,
	"comedian": true, "musician": true, "songwriter": true, "singer-songwriter": true, "guitarist": true,
	"drummer": true, "bassist": true, "pianist": true, "violinist": true, "composer": true, "poet": true,
	"novelist": true, "painter": true, "sculptor": true, "dancer": true, "choreographer": true,
	"magician": true, "boxer": true, "wrestler": true, "golfer": true, "quarterback": true,
	"striker": true, "goalkeeper": true, "midfielder": true, "pitcher": true, "star": true,
	"superstar": true, "diva": true, "frontman": true, "chef": true, "supermodel": true}
