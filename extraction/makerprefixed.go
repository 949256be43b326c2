package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Maker-prefixed names: a company's one-word name before a place ("Yahoo Japan", "Uber
// China", "SeaWorld San Diego") names the company's unit there, an organization that is
// partOf the company; before a model's code ("Tesla Model S", "Boeing F-15", "Honda
// CR-V") it names the company's product. The article says the first word is a company's
// when it also names the company with a company's ending ("Yahoo Inc", "Tesla Motors
// Inc"); without that, the words read as a person's name or a place. Other names after a
// maker's word ("Airbus Helicopters", "Apple Pay", "Virgin Galactic") are left as they
// were: units, subsidiaries and services look alike (NOTES, stop 46).

// makerWords returns the first words of the article's names that end in a company's
// suffix (corp-suffixes: "Tesla Motors Inc" gives "Tesla"), not a function word or a
// given name ("The Weinstein Co.", "Bernard L. Madoff Investment Securities LLC").
func (ef *entityFinder) makerWords() map[string]bool {
	var out map[string]bool
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.b-m.a < 2 || !ef.corpSuffixAt(m.b-1) || ef.toks[m.a].kind != tWord || ef.toks[m.a].feat&lxFunc != 0 || firstNames[ef.tok(m.a)] {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[ef.tok(m.a)] = true
	}
	return out
}

// makerPrefixed types as an organization, the maker's unit, a name that opens on a
// maker's word (makerWords) and goes on with a place the word lists know ("Yahoo
// Japan": a person's name or a place before). Not a name the lists know, nor one the
// article also names with a company's ending (companyNamed).
func (ef *entityFinder) makerPrefixed() {
	makers := ef.makerWords()
	if len(makers) == 0 {
		return
	}
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.b-m.a < 2 || m.demonym || m.score >= 10 || !makers[ef.tok(m.a)] || ef.known(m.name) || ef.companyNamed(m.name) {
			continue
		}
		if knownPlaceName(ef.span(m.a+1, m.b)) {
			m.typ, m.score = kg.Organization, 8
		}
	}
}

// companyNamed reports whether the article names name, or name with more words, with a
// company's ending ("Yahoo Japan Corp" beside "Yahoo Japan"): a company of its own.
func (ef *entityFinder) companyNamed(name string) bool {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.b-m.a >= 2 && ef.corpSuffixAt(m.b-1) && (m.name == name || strings.HasPrefix(m.name, name+" ")) {
			return true
		}
	}
	return false
}

// makerOf relates the name of mention mi that opens on its maker's word to the maker: a
// unit in a place is partOf it ("Yahoo Japan" → Yahoo Inc: unitParent), a name with a
// model's code productOf it ("Tesla Model S" → Tesla Motors Inc).
func (rf *relationFinder) makerOf(mi int) {
	m := &rf.mentions[mi]
	if m.b-m.a < 2 || m.demonym {
		return
	}
	e := rf.ents[m.ent]
	if p := rf.unitParent(int(m.ent)); p >= 0 {
		rf.addRelation(m.sent, e.name, "partOf", rf.ents[p].name, rf.span(m.a, m.b))
		return
	}
	if e.typ != kg.Other || !rf.modelCodeIn(m.a+1, m.b) || rf.toks[m.a].feat&lxFunc != 0 || firstNames[rf.tok(m.a)] {
		return
	}
	if o := rf.makerEntity(rf.tok(m.a), int(m.ent)); o >= 0 && !strings.HasPrefix(rf.ents[o].name, e.name) {
		rf.addRelation(m.sent, e.name, "productOf", rf.ents[o].name, rf.span(m.a, m.b))
	}
}

// makerEntity returns the organization other than entity except whose name opens on the
// word first and ends in a company's ending ("Yahoo" → Yahoo Inc), or -1.
func (rd *reader) makerEntity(first string, except int) int {
	for oi, o := range rd.ents {
		if oi == except || o.dropped || o.typ != kg.Organization || !strings.HasPrefix(o.name, first+" ") {
			continue
		}
		if corpSuffix.hasLower(strings.TrimSuffix(lastWord(o.name), ".")) {
			return oi
		}
	}
	return -1
}

// unitParent returns the company whose unit in a place entity ei is ("Yahoo Japan" →
// Yahoo Inc, named with a company's ending in the article: makerEntity), or -1.
func (rd *reader) unitParent(ei int) int {
	first, rest, ok := strings.Cut(rd.ents[ei].name, " ")
	if !ok || rd.ents[ei].typ != kg.Organization || !knownPlaceName(rest) {
		return -1
	}
	return rd.makerEntity(first, ei)
}

// modelCodeIn reports whether tokens a..b-1 hold a model's code: a number, a single
// capital letter or a word of capitals and digits joined by a hyphen ("Model S", "737",
// "CR-V", "H225"), what a product's name has and a unit's or a subsidiary's seldom does.
func (rf *relationFinder) modelCodeIn(a, b int) bool {
	for k := a; k < b; k++ {
		w := rf.tok(k)
		if rf.toks[k].kind == tNum || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
		if strings.ContainsAny(w, "0123456789") || strings.Contains(w, "-") && strings.ToUpper(w) == w {
			return true
		}
	}
	return false
}
