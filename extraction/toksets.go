package extraction

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Token sets: a word list that the hot paths ask about a token, by the token's word id
// instead of hashing its lower-case form.
//
// newTokSet gives every word of its set an id (wordids.go: the generated ids first, then
// one more per word no list named before), and marks the set's words in a bitset over
// ids. annotate writes on each word token the id of its lower-case form (wordIDOf[low],
// 0 for a form no id names), so d.in(k, s) — s.m[d.low(k)] — is one bit test for a word:
// a word token with id 0 is no word of any token set. Other tokens (numbers,
// punctuation) have no id and take the map.
//
// Sets are built while the package's variables are initialised, before the lexicon's
// init builds wordEntries from wordIDOf, and never change after: s.m is read-only
// (s.has(w) reads it for a string that is no token's form).
type tokSet struct {
	m    map[string]bool
	bits []uint64 // bit id set: wordIDWord(id) is a word of m
	// symbols: a word of m opens on no letter (or is ""), so that a token other than a
	// word may be one: only a token that opens on a letter is a word (tokenize), and
	// lowering keeps a first rune's letterhood
	symbols bool
	// lens and first filter has: bit min(len(w), 63) of lens and bit w[0] of first are
	// set for every word w of m (m[w] true), so a string without both is no word of m
	// and costs no hash
	lens  uint64
	first [4]uint64
	last  [4]uint64
}

// allTokSets lists every token set, for the test that in agrees with the map.
var allTokSets []*tokSet

// wordIDMore holds the words of the ids newTokSet adds, beyond wordIDWords.
var wordIDMore []string

func newTokSet(m map[string]bool) *tokSet {
	s := &tokSet{m: m}
	s.filter()
	allTokSets = append(allTokSets, s)
	ids := make([]wordID, 0, len(m))
	max := wordID(0)
	for w, ok := range m {
		if !ok {
			continue
		}
		id, known := wordIDOf[w]
		if !known {
			n := len(wordIDWords) + len(wordIDMore)
			if n > 0xffff {
				panic("extraction: more than 65535 word ids")
			}
			id = wordID(n)
			wordIDOf[w] = id
			wordIDMore = append(wordIDMore, w)
		}
		if r, _ := utf8.DecodeRuneInString(w); w == "" || !isLetter(r) {
			s.symbols = true
		}
		ids = append(ids, id)
		if id > max {
			max = id
		}
	}
	s.bits = make([]uint64, int(max)/64+1)
	for _, id := range ids {
		s.bits[id/64] |= 1 << (id % 64)
	}
	return s
}

// bigTokSet is a token set whose words get no ids: a list so long (englishWords) that
// ids for its words would cost more at start-up than the bit tests save; in asks the map.
func bigTokSet(m map[string]bool) *tokSet {
	s := &tokSet{m: m, symbols: true}
	s.filter()
	allTokSets = append(allTokSets, s)
	return s
}

// filter sets lens and first from the words of m.
func (s *tokSet) filter() {
	for w, ok := range s.m {
		if !ok {
			continue
		}
		s.lens |= 1 << min(len(w), 63)
		if w != "" {
			s.first[w[0]>>6] |= 1 << (w[0] & 63)
			c := w[len(w)-1]
			s.last[c>>6] |= 1 << (c & 63)
		}
	}
}

// has reports whether w is a word of the set: s.m[w], asked only of a string whose
// length and first byte some word of the set has.
func (s *tokSet) has(w string) bool {
	if s.lens&(1<<min(len(w), 63)) == 0 || w != "" && (s.first[w[0]>>6]&(1<<(w[0]&63)) == 0 || s.last[w[len(w)-1]>>6]&(1<<(w[len(w)-1]&63)) == 0) {
		return false
	}
	return s.m[w]
}

// hasLower reports s.has(strings.ToLower(w)) without copying w: an ASCII word is
// lowered on the stack (strings.ToLower gives the same bytes), any other goes through
// strings.ToLower. The capitalised words of names ("Corp", "Street") asked of a set of
// lower-case words cost no allocation.
func (s *tokSet) hasLower(w string) bool {
	if s.lens&(1<<min(len(w), 63)) == 0 && len(w) <= 40 {
		// an ASCII word keeps its length in lower case; any other is asked below
		for k := 0; k < len(w); k++ {
			if w[k] >= 0x80 {
				return s.has(strings.ToLower(w))
			}
		}
		return false
	}
	var buf [40]byte
	if len(w) <= len(buf) {
		if low, upper, ok := lowerInto(&buf, w); ok {
			if !upper {
				return s.has(w)
			}
			// the lowered bytes live on this frame and the lookup keeps no key: no copy
			return s.has(unsafe.String(unsafe.SliceData(low), len(low)))
		}
	}
	return s.has(strings.ToLower(w))
}

// lowerKeyIn reports m[strings.ToLower(w)] without copying w, as hasLower does for a
// token set: an ASCII word is lowered on the stack (lowerInto) and looked up in place.
func lowerKeyIn(m map[string]bool, w string) bool {
	var buf [40]byte
	if len(w) <= len(buf) {
		if low, upper, ok := lowerInto(&buf, w); ok {
			if !upper {
				return m[w]
			}
			return m[unsafe.String(unsafe.SliceData(low), len(low))]
		}
	}
	return m[strings.ToLower(w)]
}

// in reports whether token i's lower-case form is a word of s: s.m[d.low(i)].
func (d *doc) in(i int, s *tokSet) bool {
	if uint(i) >= uint(len(d.toks)) {
		return s.symbols && s.m[""]
	}
	t := &d.toks[i]
	if s.bits == nil {
		return s.has(t.low)
	}
	if id := t.id; id != 0 {
		j := int(id / 64)
		return j < len(s.bits) && s.bits[j]&(1<<(id%64)) != 0
	}
	if t.kind == tWord || !s.symbols {
		return false // every word of s has an id; other tokens open on no letter
	}
	return s.has(t.low)
}

// neither reports whether neither token i nor w, the word a caller read there (d.low(i),
// or a form of it: "hosted" for "co-hosted"), is a word of s.
func (d *doc) neither(i int, w string, s *tokSet) bool {
	if d.in(i, s) {
		return false
	}
	if uint(i) < uint(len(d.toks)) {
		if t := &d.toks[i]; len(t.low) == len(w) && unsafe.StringData(t.low) == unsafe.StringData(w) {
			return true // w is the token's own form
		}
	}
	return !s.has(w)
}

// wordIDWord returns the word of an id.
func wordIDWord(id wordID) string {
	if int(id) < len(wordIDWords) {
		return wordIDWords[id]
	}
	return wordIDMore[int(id)-len(wordIDWords)]
}

// inWord reports whether token i is a word whose lower-case form is a word of s:
// d.isIn(i, s.m).
func (d *doc) inWord(i int, s *tokSet) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	id := d.toks[i].id // only word tokens have ids
	if s.bits == nil {
		return d.toks[i].kind == tWord && s.has(d.toks[i].low)
	}
	j := int(id / 64)
	return id != 0 && j < len(s.bits) && s.bits[j]&(1<<(id%64)) != 0
}

// keySet is the token set of a table's keys, to test a token before asking the table
// (lookup).
func keySet[V any](m map[string]V) *tokSet {
	keys := make(map[string]bool, len(m))
	for w := range m {
		keys[w] = true
	}
	return newTokSet(keys)
}

// lookup returns m[d.low(k)], keys being keySet(m): a token whose form is no key costs a
// bit test.
func lookup[V any](d *doc, k int, keys *tokSet, m map[string]V) (V, bool) {
	if !d.in(k, keys) {
		var zero V
		return zero, false
	}
	v, ok := m[d.low(k)]
	return v, ok
}

// nonZero is the token set of a table's keys whose value is not 0.
func nonZero(m map[string]float64) *tokSet {
	keys := make(map[string]bool, len(m))
	for w, v := range m {
		keys[w] = v != 0
	}
	return newTokSet(keys)
}
