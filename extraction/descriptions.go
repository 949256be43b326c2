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
var idleTitleWords = newTokSet(map[string]bool{"former": true, "new": true, "then": true, "current": true,
	"outgoing": true, "incoming": true, "embattled": true, "veteran": true, "longtime": true,
	"late": true, "top": true, "beleaguered": true, "sitting": true, "retiring": true, "newly": true,
	"elected": true, "re-elected": true, "acting": true, "interim": true, "powerful": true, "popular": true, "controversial": true})

// titledDescription reads tokens a..b-1 as "the [modifiers] OFFICE" and returns the person
// it stands for (personByTitle); "" when the words are no such description or no one
// person fits.
func (rd *reader) titledDescription(a, b int) string {
	for a < b && rd.punct(a, ',') {
		a++
	}
	if b-a < 3 {
		return "" // one word after "the" is coref.go's descriptionEntity
	}
	return rd.officeHolder(a, b)
}

// officeHolder reads tokens a..b-1 as "the [modifiers] OFFICE", "the president" too, and
// returns the person it stands for (personByTitle), or "".
func (rd *reader) officeHolder(a, b int) string {
	if b-a < 2 || b-a > 6 || !rd.is(a, wThe) {
		return ""
	}
	for k := a + 1; k < b; k++ {
		if t := &rd.toks[k]; t.kind != tWord || rd.quoteOf[k] != 0 || t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 {
			return ""
		}
	}
	// the office: the longest run of role words that ends the description, in lower case
	ra := -1
	for k := max(a+1, b-maxRoleLen); k < b; k++ {
		if !rd.toks[k].has(fCap) && lowerKeyIn(roleNouns, rd.span(k, b)) {
			ra = k
			break
		}
	}
	if ra < a+1 {
		return ""
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
	nation := role == "leader" && rd.nationModifier(ma, mb)
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent < 0 || m.b > at || rd.ents[m.ent].typ != kg.Person || rd.quoteOf[m.a] != 0 {
			continue
		}
		if !rd.holdsOffice(m, role) && !(nation && rd.leadsNation(m)) {
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
	if fit < 0 && len(holders) == 1 && !nation && rd.modifiersFit(ma, mb, holders[0], true) {
		fit = holders[0]
	}
	return rd.entName(fit)
}

// nationOffices are the offices of a nation's leader: "the French leader" is the
// president named before, "the German leader" the chancellor.
var nationOffices = []string{"president", "prime minister", "chancellor", "premier", "king", "queen", "emir", "supreme leader"}

// nationModifier reports whether one of the words ma..mb-1 of a description names a
// country, by its demonym ("the French leader") or its name.
func (rd *reader) nationModifier(ma, mb int) bool {
	for k := ma; k < mb; k++ {
		if _, ok := demonymOf[rd.tok(k)]; ok {
			return true
		}
		if e := rd.entityOf(k); e >= 0 {
			if _, ok := countryNames[rd.ents[e].name]; ok {
				return true
			}
		}
	}
	return false
}

// leadsNation reports whether mention m names its person as a nation's leader: with one
// of the nationOffices ("French President Francois Hollande"), or as the word lists know
// them to lead a country.
func (rd *reader) leadsNation(m *mention) bool {
	if c := leaderOf[rd.ents[m.ent].name]; c != "" {
		if _, ok := countryNames[c]; ok {
			return true
		}
	}
	for _, o := range nationOffices {
		if rd.holdsOffice(m, o) {
			return true
		}
	}
	return false
}

// otherOffices are the words that make another office of the one they stand before:
// "the prime minister" is no "minister", "the vice president" no "president".
var otherOffices = newTokSet(map[string]bool{"prime": true, "vice": true, "deputy": true, "assistant": true,
	"associate": true, "under": true, "lieutenant": true, "attorney": true, "solicitor": true, "surgeon": true})

// holdsOffice reports whether mention m names its person with office role: a title
// inside the name ("Senator Bernie Sanders", "Prime Minister Charles Michel"; "Chief
// Executive Dieter Zetsche" holds "executive", "Prime Minister David Cameron" not
// "minister"), the role words right before it ("spokesman Josh Earnest"), or an
// appositive after it ("Charles Michel, the Belgian prime minister,").
func (rd *reader) holdsOffice(m *mention, role string) bool {
	if m.role == role || officeCanon(m.role) == officeCanon(role) && m.role != "" {
		return true // "the pontiff" is "Pope Francis", "the chief executive" is "CEO Ann Lee"
	}
	if pre, ok := strings.CutSuffix(m.role, " "+role); ok {
		return !otherOffices.has(lastWord(pre))
	}
	n := fieldCount(role)
	s := &rd.sents[m.sent]
	if k := m.ta - n; k >= s.start && strings.ToLower(rd.span(k, m.ta)) == role && !rd.in(k-1, otherOffices) {
		return true
	}
	a, b := rd.appositiveAfter(m)
	for k := a; k+n <= b; k++ {
		if strings.ToLower(rd.span(k, k+n)) == role && !rd.in(k-1, otherOffices) && !rd.is(k+n, wOf, wFor, wAt, wTo) {
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
			if rd.isSpeech(k + 1) {
				return 0, 0
			}
			return m.b + 1, k
		}
		if rd.toks[k].kind == tStop {
			return m.b + 1, k
		}
		if rd.toks[k].kind != tWord || rd.isSpeech(k) || rd.is(k, wWho, wWhich, wThat) {
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
		if idleTitleWords.has(w) || partyAnyway && partyWords.has(rd.tok(k)) {
			continue
		}
		if c, ok := demonymOf[rd.tok(k)]; ok && c != "" && leaderOf[rd.ents[ei].name] == c {
			continue // "the Chinese leader" for Xi Jinping
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
	for b > start && rd.is(b-1, wAlso, wLater, wThen) {
		b--
	}
	if a := rd.theBefore(b, start, 5); a >= 0 {
		return rd.titledDescription(a, b)
	}
	return ""
}

// titledAfter returns the person a description of office that opens at token a stands
// for ("…," said the Vermont senator, "…"): its words run to a comma, a stop or a function
// word; "" when there is none.
func (rd *reader) titledAfter(a, end int) string {
	if !rd.is(a, wThe) {
		return ""
	}
	b := a + 1
	for b < end && b < a+7 && rd.toks[b].kind == tWord && rd.toks[b].feat&(lxFunc|lxSpeech|lxPronoun) == 0 {
		b++
	}
	return rd.titledDescription(a, b)
}

// A definite description of an organization by its kind ("the website", "the site's
// founder", "sued the carrier") stands for the one organization named before that the
// article calls by that kind: with the kind word before its name ("the website Gawker",
// "media company Gawker", "U.S. chipmaker Nvidia"), in an appositive after it ("Gawker,
// a gossip website,"), or as its name's last word ("Bangladesh Bank" for "the bank").
// The description's other words must be said of it there too, or be idle.

// kindNouns are the kinds of organization a description may name. The words of
// businesses and bodies at large (orgDescriptors, orgWords: "the company", "the group",
// "the agency") are not among them: news uses them for an organization it has not called
// so (the article's own company, "the group" for a charity named once), and coref.go
// gives them the organization named last or most.
var kindNouns = map[string]bool{"website": true, "site": true, "network": true, "magazine": true,
	"paper": true, "channel": true, "league": true, "union": true, "team": true, "club": true,
	"party": true, "lender": true, "insurer": true, "retailer": true, "startup": true,
	"start-up": true, "conglomerate": true, "regulator": true, "watchdog": true, "automaker": true,
	"giant": true, "upstart": true} // the one the article calls a giant or an upstart (backrefs.go)

func isKindNoun(w string) bool { return kindNouns[w] }

// kindDescription reads tokens a..b-1 as "the [modifiers] KIND" and returns the
// organization it stands for (orgByKind), or "".
func (rd *reader) kindDescription(a, b int) string {
	name, _ := rd.kindDescribed(a, b)
	return name
}

// kindDescribed is kindDescription that also reports whether two organizations fit, so
// that no nearer one is sought (definites.go).
func (rd *reader) kindDescribed(a, b int) (name string, two bool) {
	if b-a < 2 || b-a > 5 || !rd.is(a, wThe) || !isKindNoun(rd.low(b-1)) {
		return "", false
	}
	for k := a + 1; k < b; k++ {
		if t := &rd.toks[k]; t.kind != tWord || rd.quoteOf[k] != 0 || t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 || rd.owner(k) {
			return "", false
		}
	}
	return rd.orgByKind(a+1, b-1, rd.low(b-1), a)
}

// describedName returns the name a description "the [modifiers] KIND" at tokens a..b-1
// stands for: the one organization the article called by that kind (kindDescribed),
// else, when not two were, the nearest name that fits its kind (definite; object for
// the object of a verb).
func (rd *reader) describedName(a, b int, object bool) string {
	if name, two := rd.kindDescribed(a, b); name != "" || two {
		return name
	}
	return rd.definite(a, b, object)
}

// owner reports whether token k is a possessive "'s": the name before it owns what
// follows rather than being the phrase's head.
func (d *doc) owner(k int) bool { return d.is(k, wAposS) || d.tok(k) == "’s" }

// possessive reports whether token k is a possessive's "'s" or the lone apostrophe of a
// plural's ("Sanders' 1,357 delegates").
func (d *doc) possessive(k int) bool { return d.owner(k) || d.tok(k) == "'" || d.tok(k) == "’" }

// orgByKind returns the organization named before token at that the article calls a
// kind and of which each modifier token ma..mb-1 is said, when exactly one fits; else "",
// with two true when two fit.
func (rd *reader) orgByKind(ma, mb int, kind string, at int) (name string, two bool) {
	fit := -1
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent < 0 || m.ent == fit || m.b > at || rd.quoteOf[m.a] != 0 {
			continue
		}
		if t := rd.ents[m.ent].typ; t != kg.Organization && t != kg.Group || !rd.calledKind(m, kind) {
			continue
		}
		if !rd.orgModifiersFit(ma, mb, m.ent) {
			continue
		}
		if fit >= 0 {
			return "", true // two organizations fit
		}
		fit = m.ent
	}
	return rd.entName(fit), false
}

// calledKind reports whether mention m calls its organization a kind: the name's last
// word, the lower-case words right before it, or a word of its appositive.
func (rd *reader) calledKind(m *mention, kind string) bool {
	if kind == "site" && rd.calledKind(m, "website") {
		return true // "the site's founder" after "the website Gawker"
	}
	if strings.ToLower(lastWord(rd.ents[m.ent].name)) == kind || rd.low(m.b-1) == kind {
		return true
	}
	s := &rd.sents[m.sent]
	// not across a verb: "The tech giant sued Vantro" calls Vantro no giant
	for k := m.ta - 1; k >= s.start && k >= m.ta-3 && rd.toks[k].kind == tWord && !rd.toks[k].has(fCap) && rd.toks[k].feat&(lxFunc|lxSpeech) == 0 && actionVerbs[rd.low(k)] == ""; k-- {
		if rd.low(k) == kind {
			return true
		}
	}
	a, b := rd.appositiveAfter(m)
	for k := a; k < b; k++ {
		if rd.low(k) == kind && !rd.is(k+1, wOf, wFor, wTo) {
			return true
		}
	}
	return false
}

// orgModifiersFit reports whether each word ma..mb-1 of a description is idle or said
// of organization ei: in its name, or in the words before or after one of its mentions
// (saidOf).
func (rd *reader) orgModifiersFit(ma, mb, ei int) bool {
	name := " " + strings.ToLower(rd.ents[ei].name) + " "
	for k := ma; k < mb; k++ {
		w := rd.low(k)
		if idleTitleWords.has(w) || strings.Contains(name, " "+w+" ") {
			continue
		}
		if e := rd.entityOf(k); e >= 0 && e == ei {
			continue
		}
		if !rd.saidOf(ei, func(j int) bool { return rd.low(j) == w }) {
			return false
		}
	}
	return true
}

// kindAfter returns the organization a description that opens at token a and ends
// before a comma, a stop or a function word stands for ("sued the website for"); not
// one that goes on ("the company's shares", "the company headquarters").
func (rd *reader) kindAfter(a, end int) string {
	if b := rd.descriptionEnd(a, end, 4); b >= 0 && !rd.in(b, clauseOpeners) {
		return rd.describedName(a, b, true) // not "denied the group was racist": a clause's subject
	}
	return ""
}

// kindBefore returns the organization a description that ends right before token v
// stands for ("the website said", "the carrier has denied"; with v a possessive, "the
// site's founder"), reading back to its "the" over at most four words, not before
// start; "" when there is none.
func (rd *reader) kindBefore(v, start int) string {
	if a := rd.theBefore(v, start, 4); a >= 0 {
		return rd.describedName(a, v, false)
	}
	return ""
}

// holderBefore returns the person a description of office, one word or more, that ends
// right before token v stands for ("the governor vetoed"), reading back to its "the"
// over at most five words; "" when there is none.
func (rd *reader) holderBefore(v, start int) string {
	if a := rd.theBefore(v, start, 5); a >= 0 {
		return rd.officeHolder(a, v)
	}
	return ""
}

// holderAfter returns the person a description of office that opens at token a and ends
// before a comma, a stop or a function word stands for ("met the governor on"); not one
// that goes on ("the governor's office").
func (rd *reader) holderAfter(a, end int) string {
	if b := rd.descriptionEnd(a, end, 5); b >= 0 {
		return rd.officeHolder(a, b)
	}
	return ""
}

// theBefore returns the "the" that opens a description of at most words words ending
// right before token v, reading back over words only and not before start; -1 when
// there is none.
func (rd *reader) theBefore(v, start, words int) int {
	for a := v - 2; a >= start && a >= v-1-words; a-- {
		if rd.is(a, wThe) {
			return a
		}
		if rd.toks[a].kind != tWord {
			break
		}
	}
	return -1
}

// descriptionEnd returns where a description that opens with "the" at token a, of at
// most words words, ends: at a comma, a stop or a function word before end. -1 when a
// is no "the" or the description goes on (an owner, "the company's shares", or a
// further content word, "the company headquarters").
func (rd *reader) descriptionEnd(a, end, words int) int {
	if !rd.is(a, wThe) {
		return -1
	}
	b := a + 1
	for b < end && b <= a+words && rd.toks[b].kind == tWord && rd.toks[b].feat&(lxFunc|lxSpeech|lxPronoun) == 0 && !rd.owner(b) {
		b++
	}
	if b < end && (rd.owner(b) || rd.toks[b].kind == tWord && rd.toks[b].feat&lxFunc == 0) {
		return -1
	}
	return b
}

// A body named once and then called by a description of its kind ("the Harbor Rights
// Monitor, a Britain-based monitoring group, said … The monitoring group said", "the
// U.N. refugee agency, UNHCR, … the U.N. refugee agency said", "trade group Skyward
// Alliance … the Geneva-based group said"): the description stands for the one
// organization the article calls by that kind with each of the description's words.
// kindDescription does this for the kinds of business (kindNouns) and never for the
// words of bodies at large, which news also uses for a body it calls nothing ("the
// group" for the organization named last: coref.go); with words before the head that
// the article says of one body, the description can mean only that body.

// describedBodyHeads are the heads of descriptions of a body at large that stand for a named body
// when the article has called it so with the description's other words.
var describedBodyHeads = newTokSet(map[string]bool{"group": true, "organization": true, "organisation": true,
	"agency": true, "charity": true, "monitor": true, "body": true, "carrier": true,
	"airline": true, "centre": true, "center": true})

// namedBody reads tokens a..b-1 as "the MODIFIERS HEAD" with a head of describedBodyHeads and at
// least one modifier, and returns the one organization named before token a that the
// article calls by the head with each modifier (bodyCalled); "" when none or two fit.
// A place's "-based" passes unsaid: where a body sits the article often tells only in the
// description.
func (rd *reader) namedBody(a, b int) string {
	if b-a < 3 || b-a > 6 || !rd.is(a, wThe) || !rd.in(b-1, describedBodyHeads) {
		return ""
	}
	if o := rd.unAgency(a+1, b); o != "" {
		return o
	}
	var mods []string
	based := false
	for k := a + 1; k < b-1; k++ {
		t := &rd.toks[k]
		switch {
		case rd.quoteOf[k] != 0:
			return ""
		case rd.owner(k) && k > a+1 && !rd.toks[k-1].has(fCap):
			continue // "the U.N. children's agency"
		case rd.punct(k, '-') || rd.is(k, wBased) && rd.punct(k-1, '-') || rd.punct(k+1, '-') && rd.is(k+2, wBased):
			based = true
			continue // "the London-based group", read as three tokens
		case t.kind != tWord || t.feat&(lxFunc|lxSpeech|lxPronoun|lxNumWord) != 0 && !rd.is(k, wUDotNDot, wUn):
			return ""
		case strings.HasSuffix(rd.low(k), "-based"):
			based = true
			continue
		case rd.in(k, idleTitleWords):
			continue
		}
		mods = append(mods, rd.low(k))
	}
	if len(mods) == 0 && !based {
		return "" // "the group", "the former group": coref.go's
	}
	head := rd.low(b - 1)
	fit := -1
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent < 0 || m.ent == fit || m.b > a || rd.quoteOf[m.a] != 0 {
			continue
		}
		if t := rd.ents[m.ent].typ; t != kg.Organization && t != kg.Group || !rd.bodyCalled(m.ent, head, mods, a) {
			continue
		}
		if fit >= 0 {
			return "" // two bodies fit
		}
		fit = m.ent
	}
	if fit < 0 {
		return ""
	}
	return rd.entName(fit)
}

// bodyCalled reports whether the article, before token at, calls organization ei by the
// head word with each of the modifiers: in its name, or in the description that stands
// right before one of its mentions, with or without a comma between ("trade group Skyward
// Alliance", "the U.N. refugee agency, UNHCR,"), or in its appositive ("the Harbor Rights
// Monitor, a Britain-based monitoring group,").
func (rd *reader) bodyCalled(ei int, head string, mods []string, at int) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(rd.ents[ei].name)) {
		words[w] = true
	}
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.ent != ei || m.b > at || rd.quoteOf[m.a] != 0 {
			continue
		}
		s := &rd.sents[m.sent]
		k := m.ta - 1
		if rd.punct(k, ',') {
			k--
		}
		for ; k >= s.start && m.ta-k <= 7 && rd.toks[k].kind == tWord && !rd.is(k, wThe, wA, wAn) &&
			(rd.toks[k].feat&(lxFunc|lxSpeech|lxPronoun) == 0 || rd.is(k, wUDotNDot, wUn)); k-- {
			words[rd.low(k)] = true
		}
		for j := rd.bodyAppositive(m); j < at && j < m.b+12 && rd.toks[j].kind == tWord; j++ { // not the description itself: "hit a clinic of the Red Crescent, the monitoring group said"
			if rd.is(j+1, wOf, wFor, wTo) {
				break // "a member of the group"
			}
			words[rd.low(j)] = true
		}
	}
	for _, desc := range unAgencyDescs[rd.ents[ei].name] {
		words["u.n."], words["un"] = true, true // "the U.N. refugee agency": the UNHCR is one, named so or not
		for _, w := range strings.Fields(desc) {
			words[w] = true
		}
	}
	if !words[head] {
		return false
	}
	for _, w := range mods {
		if !words[w] {
			return false
		}
	}
	return true
}

// bodyAppositive returns the first word of the description set off by a comma after
// mention m ("the Harbor Rights Monitor, a Britain-based monitoring group, said", "UNHCR,
// the U.N. refugee agency,"), past its article and a place's "-based"; len(toks) when
// there is none.
func (rd *reader) bodyAppositive(m *mention) int {
	if !rd.punct(m.b, ',') || !rd.is(m.b+1, wA, wAn, wThe) {
		return len(rd.toks)
	}
	k := m.b + 2
	for k+2 < len(rd.toks) && k < m.b+5 && (rd.toks[k].kind == tWord || rd.punct(k, '-')) && !rd.punct(k+1, ',') {
		if rd.punct(k+1, '-') && rd.is(k+2, wBased) {
			k += 3 // "a Britain-based monitoring group"
			continue
		}
		if rd.entityOf(k) < 0 && !strings.HasSuffix(rd.low(k), "-based") || rd.is(k, wUDotNDot, wUn) {
			break
		}
		k++
	}
	return k
}

// unAgencies holds the United Nations' agencies by their description after "the U.N."
// ("refugee agency"): the names an article may call each by (data/names.txt
// [un-agencies]); unAgencyDescs the same the other way, each name's descriptions.
var unAgencies, unAgencyDescs = unAgencyTables()

func unAgencyTables() (byDesc, byName map[string][]string) {
	byDesc, byName = map[string][]string{}, map[string][]string{}
	for _, e := range entries("un-agencies") {
		for _, n := range strings.Split(value(e), ";") {
			n = strings.TrimSpace(n)
			byDesc[e[0]] = append(byDesc[e[0]], n)
			byName[n] = append(byName[n], e[0])
		}
	}
	return byDesc, byName
}

// unAgency reads tokens a..b-1 as "U.N. DESCRIPTION" ("U.N. refugee agency", "United
// Nations children's fund", "UN's health agency") and returns the agency of that
// description (unAgencies) that the article names anywhere as an organization, the name
// listed first when it uses two; "" when the words are no such description or the
// article names no such agency (then the description stays what it was: the United
// Nations).
func (rd *reader) unAgency(a, b int) string {
	switch {
	case rd.is(a, wUDotNDot, wUn):
		a++
	case rd.is(a, wUnited) && rd.is(a+1, wNations):
		a += 2
	default:
		return ""
	}
	if rd.owner(a) {
		a++ // "the U.N.'s refugee agency"
	}
	if a >= b {
		return ""
	}
	desc := strings.ReplaceAll(strings.ToLower(rd.span(a, b)), "’", "'")
	desc = strings.ReplaceAll(desc, " 's", "'s")
	names := unAgencies[desc]
	if len(names) == 0 {
		return ""
	}
	for _, n := range names {
		for i := range rd.ents {
			if e := rd.ents[i]; !e.dropped && e.typ == kg.Organization && strings.EqualFold(e.name, n) {
				return e.name
			}
		}
	}
	return ""
}

// officeCanon names an office by one of its names where news uses two for it: the
// pontiff is the pope, a CEO the chief executive.
func officeCanon(role string) string {
	switch role {
	case "pontiff":
		return "pope"
	case "ceo", "chief executive officer":
		return "chief executive"
	}
	return role
}
