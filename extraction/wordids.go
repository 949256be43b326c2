package extraction

// wordID names one of the words doc.is asks about (wordids_gen.go holds one constant
// per word, wSaid for "said"; `go run ./scripts/wordids` from the repository's root
// rewrites a call's string literals into them). annotate writes on each word token the
// id of its lower-case form, 0 when no call asks about that form, so that doc.is
// compares small integers instead of strings.
type wordID uint16

// wordIDOf is the id of each word of wordIDWords.
var wordIDOf = func() map[string]wordID {
	m := make(map[string]wordID, len(wordIDWords))
	for id, w := range wordIDWords {
		if id != 0 {
			m[w] = wordID(id)
		}
	}
	return m
}()

// is reports whether token i is a word whose lower-case form is one of the given words.
func (d *doc) is(i int, words ...wordID) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	// only annotate writes ids, and only on word tokens: an id says the token is a word
	id := d.toks[i].id
	if uint(id-1) >= uint(len(wordIDWords)-1) {
		return false // 0, or an id only a token set asks about (toksets.go)
	}
	for _, x := range words {
		if id == x {
			return true
		}
	}
	return false
}

// isWord reports whether token i is a word whose lower-case form is one of words: is,
// for words that are no constants (a list, a variable).
func (d *doc) isWord(i int, words ...string) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	t := &d.toks[i]
	if t.kind != tWord {
		return false
	}
	for _, x := range words {
		if t.low == x {
			return true
		}
	}
	return false
}
