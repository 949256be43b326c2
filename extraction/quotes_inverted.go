package extraction

// invertedTellers are verbs that tell who speaks only in the inverted shape right after
// a quotation (data/quotes.txt [inverted-tellers]).
var invertedTellers = newTokSet(wordSet("inverted-tellers"))

// invertedTeller reports whether token v, the first word after quote q's closing mark,
// is a verb from invertedTellers that opens the inverted `," said X` shape: the quote
// is whole and ends on a comma, a question mark or an exclamation mark inside its marks
// (`?" asks Ann Vale, a labor lawyer`, `," testified agency official Ann Vale`), and a
// capitalised word follows the verb (`," remembers the staff of …` stays unread). The
// caller then reads the name after the verb as it reads one after "said".
func (rd *reader) invertedTeller(q *quoteSpan, closeTok, v int) bool {
	if !q.full || v != closeTok+1 || v+1 >= len(rd.toks) || !rd.in(v, invertedTellers) {
		return false
	}
	if end := closeTok - 1; !rd.punct(end, ',') && (rd.toks[end].kind != tStop || rd.tok(end) == ".") {
		return false
	}
	return rd.toks[v+1].has(fCap)
}
