package extraction

import (
	"slices"
	"strings"

	"github.com/factgraph/kg"
)

// Descriptions: a definite description of a person by office ("the Vermont senator",
// "the former president", "the Belgian prime minister") stands for the one person the
// article named before with that office, when exactly one fits. The description's
// words before the office must each be said of that person where the article names
// them ("Vermont Senator Bernie Sanders", "Sanders, a U.S. senator from Vermont",
// "French President Francois Hollande"), or be one of a few words of time or standing
// ("former", "new", "embattled") that name no other office. A description two persons
// fit, or none, stays a description.

// idleTitleWords are the words before an office that say nothing of who holds it: "the
// former president" is the president named before, "the embattled mayor" the mayor.
var idleTitleWords = map[string]bool{"former": true, "new": true, "then": true, "current": true,
	"outgoing": true, "incoming": true, "embattled": true, "veteran": true, "longtime": true,
	"late": true, "top": true, "beleaguered": true, "sitting": true, "retiring": true, "newly": true,
	"elected": true, "re-elected": true, "powerful": true, "popular": true, "controversial": true}

// titledDescription reads tokens a..b-1 as "the [modifiers] OFFICE" and returns the person
// it stands for (personByTitle); "" when the words are no such description or no one
// person fits.
func (rd *reader) titledDescription(a, b int) string {
	for a < b && rd.punct(a, ',') {
		a++
	}
	if b-a < 3 || b-a > 6 || !rd.is(a, "the") {
		return "" // one word after "the" is coref.go's descriptionEntity
	}
	for k := a + 1; k < b; k++ {
		if t := &rd.toks[k]; t.kind != tWord || rd.quoteOf[k] != 0 || t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 {
			return ""
		}
	}
	// the office: the longest run of role words that ends the description, in lower case
	ra := -1
	for k := max(a+1, b-maxRoleLen); k < b; k++ {
		if !rd.toks[k].has(fCap) && roleNouns[strings.ToLower(rd.span(k, b))] {
			ra = k
			break
		}
	}
	if ra <= a+1 {
		return "" // "the president": no modifier, coref.go's
	}
	return rd.personByTitle(a+1, ra, strings.ToLower(rd.span(ra, b)), a)
}

// personByTitle returns the person named before token at who holds office role and of
// whom each modifier token ma..mb-1 is said, when exactly one person fits. When none
// fits so and one person alone holds the office, a party word the article does not say
// of them is let pass ("the Republican governor" for "New Jersey Governor Chris
// Christie"). Else "".
func (rd *reader) personByTitle(ma, mb int, role string, at int) string {
	fit := -1
	var holders []int
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent < 0 || m.b > at || rd.ents[m.ent].typ != kg.Person || rd.quoteOf[m.a] != 0 || !rd.holdsOffice(m, role) {
			continue
		}
		if !slices.Contains(holders, m.ent) {
			holders = append(holders, m.ent)
		}
		if m.ent != fit && rd.modifiersFit(ma, mb, m.ent, false) {
			if fit >= 0 {
				return "" // two persons fit
			}
			fit = m.ent
		}
	}
	if fit < 0 && len(holders) == 1 && rd.modifiersFit(ma, mb, holders[0], true) {
		fit = holders[0]
	}
	return rd.entName(fit)
}

// otherOffices are the words that make another office of the one they stand before:
// "the prime minister" is no "minister", "the vice president" no "president".
var otherOffices = map[string]bool{"prime": true, "vice": true, "deputy": true, "assistant": true,
	"associate": true, "under": true, "lieutenant": true, "attorney": true, "solicitor": true, "surgeon": true}

// holdsOffice reports whether mention m names its person with office role: a title
// inside the name ("Senator Bernie Sanders", "Prime Minister Charles Michel"; "Chief
// Executive Dieter Zetsche" holds "executive", "Prime Minister David Cameron" not
// "minister"), the role words right before it ("spokesman Josh Earnest"), or an
// appositive after it ("Charles Michel, the Belgian prime minister,").
func (rd *reader) holdsOffice(m *mention, role string) bool {
	if m.role == role {
		return true
	}
	if pre, ok := strings.CutSuffix(m.role, " "+role); ok {
		return !otherOffices[lastWord(pre)]
	}
	n := len(strings.Fields(role))
	s := &rd.sents[m.sent]
	if k := m.ta - n; k >= s.start && strings.ToLower(rd.span(k, m.ta)) == role && !otherOffices[rd.low(k-1)] {
		return true
	}
	a, b := rd.appositiveAfter(m)
	for k := a; k+n <= b; k++ {
		if strings.ToLower(rd.span(k, k+n)) == role && !otherOffices[rd.low(k-1)] && !rd.is(k+n, "of", "for", "at", "to") {
			return true // not "a former aide to the senator", "the president of Acme"
		}
	}
	return false
}

// appositiveAfter returns the tokens a..b-1 of the phrase set off by commas after
// mention m ("Charles Michel, the Belgian prime minister, said"), or an empty span when
// none: the phrase ends at a comma that no verb of saying follows ("X, Switzerland's
// prosecutor said" is no appositive), or at the end of the sentence.
func (rd *reader) appositiveAfter(m *mention) (a, b int) {
	s := &rd.sents[m.sent]
	if !rd.punct(m.b, ',') {
		return 0, 0
	}
	for k := m.b + 1; k < s.b && k <= m.b+12; k++ {
		if rd.punct(k, ',') {
			if rd.isSpeech(k+1) {
				return 0, 0
			}
			return m.b + 1, k
		}
		if rd.toks[k].kind == tStop {
			return m.b + 1, k
		}
		if rd.toks[k].kind != tWord || rd.isSpeech(k) || rd.is(k, "who", "which", "that") {
			return 0, 0
		}
	}
	if s.b <= m.b+12 {
		return m.b + 1, s.b
	}
	return 0, 0
}

// modifiersFit reports whether each word ma..mb-1 of a description is said of person
// ei where the article names them with an office: a place or party the word names is
// in the title or the appositive of one of their mentions (or is the country the word
// lists know them to serve); another word is there as it is, or is idle ("former").
// With partyAnyway, a party word passes unsaid.
func (rd *reader) modifiersFit(ma, mb, ei int, partyAnyway bool) bool {
	for k := ma; k < mb; k++ {
		w := rd.low(k)
		if idleTitleWords[w] || partyAnyway && partyWords[rd.tok(k)] {
			continue
		}
		if e := rd.entityOf(k); e >= 0 {
			if leaderOf[rd.ents[ei].name] == rd.entName(e) {
				continue
			}
			if !rd.saidOf(ei, func(j int) bool { return rd.entityOf(j) == e }) {
				return false
			}
			k = rd.mentions[rd.entAt[k]].b - 1
			continue
		}
		if !rd.saidOf(ei, func(j int) bool { return rd.low(j) == w }) {
			return false
		}
	}
	return true
}

// saidOf reports whether a token that fits stands in the words around one of person
// ei's mentions outside quotes: the three words before its title, the title, and its
// appositive (appositiveAfter).
func (rd *reader) saidOf(ei int, fits func(int) bool) bool {
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent != ei || rd.quoteOf[m.a] != 0 {
			continue
		}
		s := &rd.sents[m.sent]
		for k := max(s.start, m.ta-3); k < m.a; k++ {
			if fits(k) {
				return true
			}
		}
		a, b := rd.appositiveAfter(m)
		for k := a; k < b; k++ {
			if fits(k) {
				return true
			}
		}
	}
	return false
}

// titledBefore returns the person a description of office that ends right before token
// v stands for ("…," the Vermont senator said), reading back to its "the" over at most
// five words; "" when there is none.
func (rd *reader) titledBefore(v, start int) string {
	b := v
	for b > start && rd.is(b-1, "also", "later", "then") {
		b--
	}
	for a := b - 2; a >= start && a >= b-6; a-- {
		if rd.is(a, "the") {
			return rd.titledDescription(a, b)
		}
		if rd.toks[a].kind != tWord {
			break
		}
	}
	return ""
}

// titledAfter returns the person a description of office that opens at token a stands
// for ("…," said the Vermont senator, "…"): its words run to a comma, a stop or a function
// word; "" when there is none.
func (rd *reader) titledAfter(a, end int) string {
	if !rd.is(a, "the") {
		return ""
	}
	b := a + 1
	for b < end && b < a+7 && rd.toks[b].kind == tWord && rd.toks[b].feat&(lxFunc|lxSpeech|lxPronoun) == 0 {
		b++
	}
	return rd.titledDescription(a, b)
}
