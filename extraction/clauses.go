package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Clauses: which relative clause each token is in, and the small facts of clause
// structure the stages ask about (a relative pronoun before a word, a comma between two,
// a preposition before a noun phrase, a passive verb, coordinated subjects).

// relativeBefore reports whether token k lies in a relative clause of sentence si ("the
// island, which lies in the seismically active Pacific Ring of Fire").
func (d *doc) relativeBefore(si, k int) bool {
	s := &d.sents[si]
	for j := k; j >= s.start && k-j < 8; j-- {
		if d.is(j, wWhich, wWhere, wWhose) {
			return true
		}
		if d.punct(j, ',') && j < k-1 {
			return false
		}
	}
	return false
}

func (d *doc) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.punct(k, ',') || d.punct(k, ';') || d.toks[k].kind == tDash {
			return true
		}
	}
	return false
}

// clauses marks the clause of every token of the article's sentences: 0 for a
// sentence's main clause, and a new number for each relative clause, which runs from its
// pronoun ("which", "who", "whose", "where", a relative "that") to the next comma or the
// sentence's end.
func clauses(d *doc) {
	n := len(d.toks)
	if cap(d.clause) < n {
		d.clause = make([]int32, n)
	}
	d.clause = d.clause[:n]
	for si := range d.sents {
		s := &d.sents[si]
		cur, next := int32(0), int32(1)
		for k := s.a; k < s.b; k++ {
			if cur != 0 && (d.punct(k, ',') || d.punct(k, ';') || d.toks[k].kind == tDash) {
				cur = 0
			}
			// the relative pronouns are all function words: most tokens need no compare
			if d.toks[k].feat&lxFunc != 0 && (d.is(k, wWhich, wWho, wWhose, wWhom, wWhere) || d.is(k, wThat) && relativeThat(d, k, s.start)) {
				cur = next
				next++
			}
			d.clause[k] = cur
		}
	}
}

// relativeThat: "that" after a noun opens a relative clause ("a 1999 tremor that killed
// …"); after a verb of saying it opens what was said ("said on Monday that …").
func relativeThat(d *doc, k, start int) bool {
	for j := k - 1; j >= start && j >= k-4; j-- {
		if d.isSourceVerb(j) || d.isSpeech(j) || d.is(j, wSo, wSuch, wNow, wBelieve, wBelieved, wThink, wKnow, wFear, wFeared, wHope, wExpect, wExpected, wFound, wShows, wShowed) {
			return false
		}
	}
	p := k - 1
	return p >= start && (d.toks[p].kind == tWord || d.toks[p].kind == tNum) && d.toks[p].feat&(lxFunc|lxPronoun) == 0
}

func (d *doc) clauseOf(k int) int32 {
	if k < 0 || k >= len(d.clause) {
		return 0
	}
	return d.clause[k]
}

func clauseEnd(d *doc, a, end int) int {
	b := a
	for b < end && b-a < 14 && !d.punct(b, ',') && d.toks[b].kind != tStop && !d.is(b, wWho, wWhich, wThat, wAdding, wIn, wOn, wBy) {
		b++
	}
	return b
}

// afterPreposition reports whether the noun phrase at token a follows a preposition
// ("As part of a U.S.-led coalition", "in Syria").
func (d *doc) afterPreposition(a, start int) bool {
	for j := a - 1; j >= start && j >= a-6; j-- {
		if d.is(j, wOf, wIn, wAt, wFrom, wBy, wWith, wFor, wTo, wOn, wInto, wAgainst, wAs, wNear) {
			return true
		}
		t := &d.toks[j]
		switch {
		case d.is(j, wA, wAn, wThe, wIts, wTheir), d.punct(j, '-') && !t.has(fSpace):
		case t.kind == tWord && t.feat&lxFunc == 0:
		default:
			return false
		}
	}
	return false
}

// objectOpensAt reports whether the token at k may open the object of a verb before it:
// a name (a word in capitals that is no day of the week), a determiner or possessive, a
// pronoun ("and thanked Obama", "and called her", "and killed the man"). A second
// participle with none after it ("was shot and killed by Raja", "and killed when",
// "and killed Tuesday") shares the passive before "and".
func (d *doc) objectOpensAt(k int) bool {
	t := &d.toks[k]
	if t.kind == tNum {
		return true // "and killed 12"
	}
	if t.kind != tWord {
		return false
	}
	return t.has(fCap) && t.feat&lxDay == 0 || t.feat&lxPronoun != 0 || d.is(k, wA, wAn, wThe, wThis, wThat, wThese, wThose, wAll, wBoth)
}

func (d *doc) coordinated(a, v int) bool {
	for k := a; k < v; k++ {
		if d.is(k, wAnd) {
			return true
		}
	}
	return false
}

// passiveAuxiliaries are the auxiliaries passive reads before a participle: a sentence
// with none of them holds no passive (passivePlaces asks sentHas first).
var passiveAuxiliaries = []wordID{wWas, wWere, wIs, wAre, wBeen, wBe, wBeing, wGot, wGet, wGets}

// passive reports whether the verb at v is passive: "was arrested", "had been struck",
// and a participle joined by "and" to a passive one right before it, which shares its
// "was" ("was shot and killed by Raja", "were arrested and charged in Lusk") unless an
// object follows it ("was pleased and thanked Obama": an active verb of its own).
func (d *doc) passive(si, v int) bool {
	s := &d.sents[si]
	w := d.low(v)
	if !strings.HasSuffix(w, "ed") && !d.in(v, participles) {
		return false // "is fighting"
	}
	if v-2 >= s.start && d.is(v-1, wAnd) && d.toks[v-2].kind == tWord && v+1 < s.b && !d.objectOpensAt(v+1) && d.passive(si, v-2) {
		return true
	}
	for g := v - 1; g >= s.start && g >= v-3; g-- {
		if d.is(g, passiveAuxiliaries...) {
			return true
		}
		if !(d.toks[g].kind == tWord && (strings.HasSuffix(d.low(g), "ly") || d.is(g, wNot, wAlso, wLater, wReportedly, wThen, wSince, wAlready, wStill, wNever, wFirst))) {
			return false
		}
	}
	return false
}

// sharedAcrossAnd returns the subject the verb after "and" at token g shares with the
// sentence si it opens, or "": after a comma ("Sanders touted …, and on Wednesday met"),
// or when nothing between that subject and the "and" opens a clause of its own — no
// comma, quotation, verb of saying, subordinating word ("that", "if", "when") or other
// subject-like name outside a prepositional phrase ("Apple rejected the app and asked
// Spotify", "Obama met the king of Spain in Madrid and will later meet …"). A titled
// person right after an opening owner is the subject ("Velland President Tom Wade").
func (rf *relationFinder) sharedAcrossAnd(si, g int) string {
	s := &rf.sents[si]
	k := rf.frontedClauseEnd(s.start, s.b)
	if k < 0 || k >= g {
		return ""
	}
	if rf.is(k, wThe) {
		k++
	}
	mi := -1
	if rf.entityOf(k) >= 0 {
		mi = int(rf.entAt[k])
	} else if n := rf.mentionFrom(k, g); n >= 0 && rf.mentions[n].ta == k {
		mi = n // "Circuit Judge Gerard Lynch concurred …, and urged": a title opens the name
	}
	if mi < 0 {
		return ""
	}
	// "MADRID U.S. President Barack Obama": the last of the names that run on
	m := &rf.mentions[mi]
	for ni := rf.mentionFrom(m.b, g); ni >= 0 && (rf.mentions[ni].ta == m.b || rf.mentions[ni].a == m.b); ni = rf.mentionFrom(m.b, g) {
		m = &rf.mentions[ni]
	}
	if t := rf.ents[m.ent].typ; t != kg.Person && t != kg.Organization || m.demonym || rf.is(m.b, wAnd) || rf.owner(m.b) {
		return "" // "Sanders and Clinton …", "Sanders' campaign": no one subject
	}
	subj, b := rf.entName(m.ent), m.b
	if rf.punct(g-1, ',') {
		if rf.isSpeech(b) && (rf.is(b+1, wThat) || rf.entityOf(b+1) >= 0) {
			return "" // "The U.S. Army said Johnson had served …, and was deployed": the reported clause's subject
		}
		return subj
	}
	for n := 0; n < 3; n++ {
		c := rf.asideEnd(b, g)
		if c < 0 {
			break
		}
		b = c // "Moss, a banker from Ohio, grew up in Dayton and joined Halvorsen", "Moss, 45, who …,"
	}
	if b > m.b {
		b++
	}
	for j := b; j < g; j++ {
		if c := rf.quotedPhraseEnd(j, g); c > j {
			j = c // "called tax avoidance a “huge problem” and urged Congress"
			continue
		}
		if rf.is(j, wAs) && rf.is(j+1, wA, wAn) {
			continue // "brushed off the criticism as an effort … and accused": a noun phrase
		}
		t := &rf.toks[j]
		if t.kind == tOpenQ || t.kind == tCloseQ || t.kind == tDash || rf.punct(j, ',') || rf.punct(j, ';') || rf.punct(j, '(') || rf.isSpeech(j) ||
			rf.is(j, wThat, wIf, wWhen, wWhile, wBecause, wAfter, wBefore, wAs, wWhere, wWho, wWhich, wWhether, wSince, wUntil, wThan) {
			return ""
		}
		if e := rf.entityOf(j); e >= 0 {
			m := &rf.mentions[rf.entAt[j]]
			if !rf.afterPreposition(m.a, s.start) && !rf.objectBeforeAnd(m, g) {
				return "" // another name that may be the subject
			}
			j = m.b - 1
		}
	}
	return subj
}

// quotedPhraseEnd returns the closing mark of a short quoted phrase that opens at token
// j inside a verb phrase and closes before token g — the mark right after a lower-case
// word ("called it a “huge problem”", "an effort by “extremists to score publicity”"),
// at most twelve tokens inside, no comma, colon or stop before the words' last — for the
// verb phrase goes on past it; else -1. A quote after a comma or a colon, or one that
// holds a sentence, is someone's words and ends the verb phrase.
func (rf *relationFinder) quotedPhraseEnd(j, g int) int {
	if rf.toks[j].kind != tOpenQ || j == 0 || rf.toks[j-1].kind != tWord || rf.toks[j-1].has(fCap) {
		return -1
	}
	for c := j + 1; c < g && c <= j+13; c++ {
		t := &rf.toks[c]
		if t.kind == tCloseQ {
			if c == j+1 {
				return -1
			}
			return c
		}
		if t.kind == tOpenQ || t.kind == tStop || rf.punct(c, ',') || rf.punct(c, ':') || rf.punct(c, ';') {
			return -1
		}
	}
	return -1
}

// asideEnd returns the comma that closes an aside opened by a comma at token b, right
// after the subject's name, when the aside describes the subject — an appositive that
// opens with a determiner ("Moss, a banker from Ohio,"), an age ("Lee, 45,") or a relative
// clause ("Lund, who heads the board,") — and closes before token g; else -1.
func (rf *relationFinder) asideEnd(b, g int) int {
	if !rf.punct(b, ',') || !(rf.is(b+1, wA, wAn, wThe, wWho, wWhich) || rf.toks[b+1].kind == tNum && rf.punct(b+2, ',')) {
		return -1
	}
	for c := b + 1; c < g && c < b+25; c++ {
		t := &rf.toks[c]
		if t.kind == tOpenQ || t.kind == tCloseQ || t.kind == tDash || rf.punct(c, ';') || rf.punct(c, '(') {
			return -1
		}
		if rf.punct(c, ',') {
			return c
		}
	}
	return -1
}

// objectBeforeAnd reports whether the mention m is the object of the first of two verbs
// that share a subject: right after that verb (across "the") and right before the "and"
// at g, or with only a time phrase between ("Ruiz has criticized Hale and praised Lee",
// "Mori joined Talos in 1990 and ran its export arm": Hale and Talos are no subjects).
func (rf *relationFinder) objectBeforeAnd(m *mention, g int) bool {
	if m.b != g && rf.timePhraseAt(m.b) != g {
		return false
	}
	p := m.a - 1
	if rf.is(p, wThe) {
		p--
	}
	if p < 0 || rf.toks[p].kind != tWord || rf.toks[p].has(fCap) || rf.toks[p].feat&(lxFunc|lxSpeech|lxPronoun) != 0 || rf.entAt[p] >= 0 {
		return false
	}
	w := rf.low(p)
	return strings.HasSuffix(w, "ed") || irregularVerbs[w] != "" || actionVerbs[w] != ""
}

// relativeAndSubject returns the subject of a verb after "and" (token g) that continues a
// relative clause: the antecedent of the clause's "who" or "which", as for the clause's
// first verb ("Moss, who grew up in Dayton and graduated from Yale, joined": Moss
// graduated); none when the verb shares a passive of the clause (afterPassiveAnd). ok is false when g is not in a relative clause whose pronoun opens after
// a comma and a name, with no comma between the pronoun and g.
func (rf *relationFinder) relativeAndSubject(si, g, v int) (subj string, ok bool) {
	start := rf.sents[si].start
	c := rf.clauseOf(g)
	if c == 0 {
		return "", false
	}
	if rf.afterPassiveAnd(si, v) {
		return "", true // "Java, which was developed by Sun and acquired by Oracle": a passive shared
	}
	for j := g - 1; j > start && g-j < 16 && rf.clauseOf(j) == c; j-- {
		if rf.punct(j, ',') || rf.punct(j, ';') || rf.toks[j].kind == tOpenQ || rf.toks[j].kind == tCloseQ {
			return "", false
		}
		if !rf.is(j, wWho, wWhich) {
			continue
		}
		if rf.punct(j-1, ',') {
			return rf.listBefore(j-1, start), true
		}
		if h := rf.describedHead(j, start); h != "" {
			return h, true // "Ann Merrow, a Republican who has sued Wade and criticized Lund"
		}
		return "", false
	}
	return "", false
}

// closedClauseSubject returns the subject of a verb after "and" (token g) that has none
// of its own, taken from the clause the "and" closes: the nearest verb before g in g's
// clause, back across its object and any names, prepositions and time phrases, lends its
// subject ("Lind said that Talos had sued Vireo and would appeal": Talos appeals; "Varnian
// troops have expelled the rebels and are advancing"). Nothing crosses a comma, semicolon,
// quotation mark, dash or bracket, or another relative clause; "" when no such verb is
// found or it has no subject. A verb of saying lends its speaker: when it is the nearest
// verb and its object is a plain noun phrase ("Talos announced a buyback and raised its
// dividend"), and past the clause it reports when the verb after "and" says or urges too
// ("Lind said the violence had grown and urged calm": Lind urges); a verb after "and"
// that reports a clause of its own ("and warned that …") gets no subject there.
func (rf *relationFinder) closedClauseSubject(si, g, v int) string {
	start := rf.sents[si].start
	if rf.bareEdAfterAnd(g, v) {
		return ""
	}
	c := rf.clauseOf(g)
	for j := g - 1; j > start && g-j < 20; j-- {
		t := &rf.toks[j]
		if rf.clauseOf(j) != c || t.kind == tOpenQ || t.kind == tCloseQ || t.kind == tDash || rf.punct(j, ',') || rf.punct(j, ';') || rf.punct(j, '(') || rf.punct(j, ')') {
			return ""
		}
		if t.kind != tWord || t.has(fCap) || rf.entAt[j] >= 0 || rf.quoteOf[j] != 0 {
			continue
		}
		if t.feat&lxSpeech != 0 || rf.isSpeech(j) || rf.isSourceVerb(j) {
			if rf.is(v+1, wThat) || !rf.plainObjectAfterSaying(j, g) && !rf.sayingVerb(v) {
				return "" // "Lind said the talks stalled and resumed": the clause's verb kg cannot read
			}
			return rf.sayerSubject(si, j) // "Talos announced a buyback and raised its dividend"
		}
		if t.feat&lxFunc != 0 {
			continue
		}
		w := rf.low(j)
		if actionVerbs[w] == "" && rf.finiteVerbBase(si, j, w) == "" {
			continue
		}
		if a := rf.backOverAuxiliaries(start, j); a == j-1 && strings.HasSuffix(w, "ed") && !rf.subjectBefore(a) {
			continue // "a firm based in Ostburg": a participle after its noun
		}
		if rf.unasserted(si, j) || rf.hedged(si, j) || rf.subjectInPhrase(si, j) {
			return "" // "could have stopped and rejected": the second verb shares the doubt; "a firm representing Lind called him and invited"
		}
		if rf.sayingVerb(v) && !rf.is(v+1, wThat) {
			if k := rf.sayingBefore(si, j, c); k >= 0 {
				return rf.sayerSubject(si, k) // "Lind said the violence had grown and urged calm": Lind urges
			}
		}
		return rf.firstVerbSubject(si, j)
	}
	return ""
}

// firstVerbSubject returns the subject actionSubject reads for the verb at j, the first verb
// of two joined by "and", or "" when it is "he" or "she" and the person it names is not
// named in its sentence or the two before ("He played basketball and then attended
// Stanford": a person named far back is a guess).
func (rf *relationFinder) firstVerbSubject(si, j int) string {
	subj := rf.actionSubject(si, j)
	if a := rf.backOverAuxiliaries(rf.sents[si].start, j); rf.is(a, wHe, wShe) && !rf.namedSince(max(0, si-2), a, subj) {
		return ""
	}
	return subj
}

// sayerSubject returns the subject of the verb of saying at j that a verb after "and"
// shares (closedClauseSubject): the speaker's, as firstVerbSubject reads it, or "" when the
// saying is doubted ("may announce a buyback and raise").
func (rf *relationFinder) sayerSubject(si, j int) string {
	if rf.unasserted(si, j) || rf.hedged(si, j) || rf.subjectInPhrase(si, j) {
		return ""
	}
	return rf.firstVerbSubject(si, j)
}

// sayingVerb reports whether the verb at v says, urges or asks ("urged", "called",
// "asked", "warned", "said"): after "and" it is the speaker's second act even past the
// clause the speaker reports.
func (rf *relationFinder) sayingVerb(v int) bool {
	return rf.isSpeech(v) || rf.isSourceVerb(v)
}

// plainObjectAfterSaying reports whether what stands between the verb of saying at j and
// the "and" at g is a plain noun phrase, the verb's own object, and no reported clause:
// it opens with a determiner, a possessive or a noun (not "that", not a pronoun that
// would be a clause's subject) and holds no word that may be a verb or an auxiliary
// ("declared a state of emergency and activated the Guard", "told reporters on Monday and
// left"; not "said the talks stalled and", whose verb kg may not know).
func (rf *relationFinder) plainObjectAfterSaying(j, g int) bool {
	if j+1 >= g || rf.is(j+1, wThat, wHe, wShe, wIt, wThey, wWe, wI, wYou, wThere, wThis, wThese, wThose) {
		return false
	}
	for k := j + 1; k < g; k++ {
		t := &rf.toks[k]
		if t.kind != tWord || t.has(fCap) || rf.entAt[k] >= 0 {
			continue
		}
		w := rf.low(k)
		if auxiliaries.has(w) || strings.HasSuffix(w, "ed") || irregularVerbs[w] != "" || actionVerbs[w] != "" || rf.isSpeech(k) {
			return false
		}
	}
	return true
}

// sayingBefore returns the verb of saying that opens the reported clause holding the
// verb at j, back in j's clause across no comma, semicolon, quotation mark, dash or
// bracket ("Lind said the violence had grown and urged calm": said); -1 when there is
// none within 20 tokens.
func (rf *relationFinder) sayingBefore(si, j int, c int32) int {
	start := rf.sents[si].start
	for k := j - 1; k > start && j-k < 20; k-- {
		t := &rf.toks[k]
		if rf.clauseOf(k) != c || t.kind == tOpenQ || t.kind == tCloseQ || t.kind == tDash || rf.punct(k, ',') || rf.punct(k, ';') || rf.punct(k, '(') || rf.punct(k, ')') {
			return -1
		}
		if t.kind == tWord && !t.has(fCap) && rf.entAt[k] < 0 && rf.quoteOf[k] == 0 && (t.feat&lxSpeech != 0 || rf.isSpeech(k) || rf.isSourceVerb(k)) {
			return k
		}
	}
	return -1
}

// namedSince reports whether the entity called name is mentioned from sentence si up to
// token k.
func (rf *relationFinder) namedSince(si, k int, name string) bool {
	for j := rf.sents[si].a; j < k; j++ {
		if e := rf.entityOf(j); e >= 0 && rf.entName(e) == name {
			return true
		}
	}
	return false
}

// bareEdAfterAnd reports whether the verb at v, right after the "and" at g with no
// auxiliary of its own, ends in -ed and is followed by a bare noun (no determiner, no
// name): "studied law and applied physics" joins two nouns, and "and accused critics of
// …", "and declared war on …" leave the name the verb's reader finds far from the verb.
func (rf *relationFinder) bareEdAfterAnd(g, v int) bool {
	if v != g+1 || !strings.HasSuffix(rf.low(v), "ed") {
		return false
	}
	t := &rf.toks[v+1]
	return t.kind == tWord && !t.has(fCap) && rf.entAt[v+1] < 0 && t.feat&(lxFunc|lxPronoun) == 0
}

// subjectBefore reports whether the token k, right before a verb in -ed, may be its
// subject: a name, a pronoun, or a noun.
func (rf *relationFinder) subjectBefore(k int) bool {
	if rf.entAt[k] >= 0 {
		return true
	}
	t := &rf.toks[k]
	return t.kind == tWord && (t.feat&lxPronoun != 0 || t.feat&lxFunc == 0)
}

// titleBefore returns the token before the title that precedes a name ending at token k
// ("Chancellor", "Foreign Minister", "Russian Foreign Minister", "U.S. Secretary of
// State"): back over capitalised words, the "of" between them and a demonym, when a role
// or honorific is among them and "and" or a comma stands before them. It returns k when
// no such title is there, so that the second of two titled subjects ("President Ruiz
// and Chancellor Hale traveled") reaches the first.
func (rf *relationFinder) titleBefore(k, start int) int {
	j, titled := k, false
	for j > start && k-j < 5 {
		t := &rf.toks[j]
		if t.kind != tWord || !t.has(fCap) && !rf.is(j, wOf) {
			break
		}
		if rf.entAt[j] >= 0 && !rf.mentions[rf.entAt[j]].demonym {
			break
		}
		if rf.entAt[j] < 0 && t.feat&(lxRole|lxHonor) != 0 {
			titled = true
		}
		j--
	}
	if !titled || j == k || rf.is(j+1, wOf) || !(rf.is(j, wAnd) || rf.punct(j, ',')) {
		return k
	}
	return j
}

// includedSubjects returns the names of an "including" list that stands as the aside of
// a plural common noun subject ("Four banks, including Acme and Birch, worked with
// Zephyr": each bank of the list works with Zephyr; "senators, including Bernie Sanders,
// criticized"), as a nameList, for the verb after the aside closed by the comma at g
// whose opening comma is c; "" otherwise. The list must fill the aside: one name, or names
// of one type joined by commas and "and".
func (rf *relationFinder) includedSubjects(c, g, start int) string {
	if c <= start || !rf.is(c+1, wIncluding) || rf.toks[c-1].kind != tWord || rf.toks[c-1].has(fCap) || rf.entAt[c-1] >= 0 || !strings.HasSuffix(rf.low(c-1), "s") {
		return ""
	}
	k := c + 2
	if rf.is(k, wThe) {
		k++
	}
	mi := rf.mentionFrom(k, g)
	if mi < 0 {
		return ""
	}
	names := rf.withMembers(mi, g)
	// the list ends the aside
	last := strings.LastIndexByte(names, 0)
	for j := g - 1; j > c; j-- {
		if e := rf.entityOf(j); e >= 0 {
			if rf.entName(e) != names[last+1:] || rf.mentions[rf.entAt[j]].b != g {
				return ""
			}
			break
		}
	}
	return names
}

// timePhraseAt returns the token after a time phrase that opens at token k — "on
// Monday", "in 1994", "in March", "last year", "earlier this week" — or k when none does:
// what may stand between a passive and its agent ("was founded in 1994 by Uta Moss").
func (d *doc) timePhraseAt(k int) int {
	if k+1 >= len(d.toks) {
		return k
	}
	n := k + 1
	switch {
	case d.is(k, wOn):
		if _, ok := weekdays[d.low(n)]; ok {
			return n + 1
		}
	case d.is(k, wIn):
		if _, ok := months[d.low(n)]; ok {
			return n + 1
		}
		if t := d.tok(n); d.toks[n].kind == tNum && len(t) == 4 && (t[:2] == "19" || t[:2] == "20") {
			return n + 1
		}
	case d.is(k, wEarlier, wLater) && d.is(n, wThis, wLast) && k+2 < len(d.toks) && d.is(k+2, wWeek, wMonth, wYear):
		return k + 3
	case d.is(k, wLast, wThis) && d.is(n, wWeek, wMonth, wYear):
		return n + 1
	}
	return k
}

// contestWords are the nouns of an electoral contest that "won" takes before the place
// it was held in: "won the primary in Ohio", "won contests in Kansas and in Nebraska".
var contestWords = newTokSet(map[string]bool{"primary": true, "primaries": true, "caucus": true, "caucuses": true,
	"contest": true, "contests": true, "race": true, "vote": true, "state": true, "states": true})

// contestPlace returns the places of a contest that opens at token k after "won" ("the
// Republican primary in Ohio", "the primaries in Ohio and in Iowa"), as a nameList as
// withMembers joins them, or "": a determiner, a party or other capitalised word, a
// contest noun, "in" and places.
func (rf *relationFinder) contestPlace(k, end int) string {
	if rf.is(k, wThe, wBoth, wHis, wHer, wTheir) {
		k++
	}
	if k+1 < end && rf.toks[k].has(fCap) && rf.in(k+1, contestWords) || rf.is(k, wNominating, wPresidential) {
		k++ // "the Democratic primary", "the nominating contests"
	}
	if !rf.in(k, contestWords) || !rf.is(k+1, wIn) {
		return ""
	}
	mi := rf.mentionFrom(k+2, end)
	if mi < 0 || rf.ents[rf.mentions[mi].ent].typ != kg.Place || rf.mentions[mi].demonym {
		return ""
	}
	return rf.withMembers(mi, end)
}

// relativeAsideSubject returns the entity a relative clause describes when the clause is
// an aside that closes at comma g and opens with ", who" or ", which" right after that
// entity's name ("The Sea Lark, which left Kiel in May, is due to stop at Genoa": the
// ship stops there); "" for any other aside, whose comma more often closes a phrase of
// place or a fronted clause ("Suarez, 23, of Key West, Florida, tried to buy").
func (rf *relationFinder) relativeAsideSubject(g, start int) string {
	for c := g - 1; c > start && g-c < 25; c-- {
		if rf.toks[c].kind == tOpenQ || rf.toks[c].kind == tCloseQ || rf.toks[c].kind == tDash || rf.punct(c, ';') || rf.punct(c, '(') {
			return ""
		}
		if !rf.punct(c, ',') {
			continue
		}
		if !rf.is(c+1, wWho, wWhich) || c+2 >= g {
			return ""
		}
		name := rf.entityBefore(c, start)
		if person := rf.typeOfName(name) == kg.Person; name == "" || person != rf.is(c+1, wWho) {
			return ""
		}
		return name
	}
	return ""
}
