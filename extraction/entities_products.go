package extraction

// Products, services and weapons named by the noun after them: "the Popslate app",
// "the Vivaldi browser", "the Oculus Rift headset", "the Quill messaging service", "the
// Musudan missile". A name its own words do not type would be a person (two to four
// capitalised words) or an organization (one word); the noun after it says it is a
// thing the news calls Other. The noun lists are data/names.txt's product-heads and
// product-modifiers.

var (
	productHeads     = newTokSet(wordSet("product-heads"))
	productModifiers = newTokSet(wordSet("product-modifiers"))
)

// productServiceHeads are nouns that name a product only after a product modifier
// ("the Quill messaging service", "the Zephyr video game"; not "the Internet service",
// "a Giants game").
var productServiceHeads = newTokSet(map[string]bool{"app": true, "apps": true, "service": true, "services": true,
	"game": true, "games": true, "network": true, "platform": true})

// productMakerNouns after the product's noun make the name its maker's, a body: "the
// Popslate app maker", "a Zephyr app developer".
var productMakerNouns = newTokSet(map[string]bool{"maker": true, "makers": true, "developer": true, "developers": true,
	"creator": true, "creators": true, "publisher": true, "studio": true})

// mediaWords are the capitalised names of a medium, no product of anyone's ("an
// Internet browser", "a Web app").
var mediaWords = newTokSet(map[string]bool{"Internet": true, "Web": true, "Net": true})

// productHead reports whether the name of tokens a..b-1, of one to three words, is a
// product's, a service's or a weapon's by the lower-case noun after it, past at most
// one product modifier: "the Popslate app", "the Quill messaging service", "the Rodong
// ballistic missile". Not a medium ("the Internet service"), not a name that opens with a given name ("the Jane app" is left
// as it was), not a short acronym (SWIFT, THAAD: bodies or systems alike), nor one whose
// noun a maker's noun follows ("the Popslate app maker") or a possessive ("'s").
func (ef *entityFinder) productHead(si, a, b, words int) bool {
	if words < 1 || words > 3 || firstNames[ef.tok(a)] || ef.upperAcronym(a, b) || b == a+1 && mediaWords.has(ef.tok(a)) {
		return false
	}
	end := ef.sents[si].b
	lower := func(k int) bool { return k < end && ef.toks[k].kind == tWord && !ef.toks[k].has(fCap) }
	n := b
	if !lower(n) {
		return false
	}
	modified := false
	if ef.in(n, productModifiers) && lower(n+1) {
		n, modified = n+1, true
	}
	w := ef.low(n)
	if w == "operating" && lower(n+1) && (ef.is(n+1, wSystem) || ef.is(n+1, wSystems)) {
		n, w = n+1, "app" // "the Android operating system", "its mobile operating system"
	}
	if !productHeads.has(w) && !(modified && productServiceHeads.has(w)) {
		return false
	}
	return !(lower(n+1) && ef.in(n+1, productMakerNouns)) && !ef.possessiveAt(n+1)
}

// personTrades are the lower-case nouns of trades that only a person plies; right before
// a one-word name that nothing else types they make it a person's stage name or surname
// ("singer Mona", "fans of rapper Zed", "pop star Lumo"), not the organization a lone
// capitalised word is by default. Trades a body plies as well (publisher, producer,
// broadcaster, host, developer) are left out, and "best actress" names a prize.
var personTrades = newTokSet(map[string]bool{"singer": true, "rapper": true, "actor": true, "actress": true,
	"comedian": true, "musician": true, "songwriter": true, "singer-songwriter": true, "guitarist": true,
	"drummer": true, "bassist": true, "pianist": true, "violinist": true, "composer": true, "poet": true,
	"novelist": true, "painter": true, "sculptor": true, "dancer": true, "choreographer": true,
	"magician": true, "boxer": true, "wrestler": true, "golfer": true, "quarterback": true,
	"striker": true, "goalkeeper": true, "midfielder": true, "pitcher": true, "star": true,
	"superstar": true, "diva": true, "frontman": true, "chef": true, "supermodel": true})

// modelNamed reports whether the name of tokens a..b-1, of two to four words, ends in a
// model's code or an operating system's "OS", which make it a product, never a person's
// name: "Galaxy S7", "Vantor PF-9", "Halvard RX450h", "Kestrel OS". The code is one to
// three capital letters, perhaps a hyphen, one to four digits and at most two lower-case
// letters (a variant or a plural: "RX450h", "F-35s"); a single digit is enough after a
// name, unlike modelCode's lone word ("G7", "MI5"). Not a group of nations ("G7").
func (ef *entityFinder) modelNamed(a, b, words int) bool {
	if words < 2 || words > 4 {
		return false
	}
	w := ef.tok(b - 1)
	return w == "OS" || modelTail(w)
}

// modelTail reports whether w is the code that ends a model's name: one to three capital
// letters, perhaps a hyphen, one to four digits and at most two lower-case letters ("S7",
// "PF-9", "RX450h", "F-35s"); not "G" of the groups of nations ("G7").
func modelTail(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	letters := i
	if i < len(w) && w[i] == '-' {
		i++
	}
	j := i
	for j < len(w) && w[j] >= '0' && w[j] <= '9' {
		j++
	}
	digits := j - i
	rest := w[j:]
	for _, c := range rest {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return letters >= 1 && letters <= 3 && digits >= 1 && digits <= 4 && len(rest) <= 2 && w[:letters] != "G"
}
