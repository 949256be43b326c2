package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Sources cut from a clause: the attribution readers take the words before a verb of
// saying as its teller, and where the clause before the verb runs long they take too much
// ("Israeli forces have killed at least 174 Palestinians, 116 of whom Israel says were
// assailants": "116 of whom Israel"; "… stretched into a fourth day on Monday as
// authorities said": "in rural Ohio stretched into a fourth day on Monday as
// authorities"; "With 100% of the Kansas votes counted"). A teller is a name or a
// description, never a clause nor a phrase that holds the figure after a preposition.
// spanSources mends such a source: the teller after the relative pronoun or conjunction
// that opens the teller's own clause ("Israel", "authorities"), else none.

// clauseBreakers open the clause of a teller inside a source phrase cut too long.
var clauseBreakers = map[string]bool{"whom": true, "which": true, "as": true, "but": true, "while": true, "when": true}

// spanPrepositions before a figure's words inside a source phrase show a phrase of the
// sentence, not a teller ("With 100% of the Kansas votes", "at $70,000 a year").
var spanPrepositions = map[string]bool{"with": true, "at": true, "of": true, "on": true, "in": true,
	"for": true, "to": true, "from": true, "by": true}

// sampleNouns are what is drawn from a sample of people: "a poll of 1,052 residents".
var sampleNouns = map[string]bool{"poll": true, "survey": true, "study": true, "analysis": true, "review": true, "sample": true}

// spanSources mends the source of each figure of figs outside a quote that is a span of
// the sentence rather than a teller (see above).
func (ff *figureFinder) spanSources(figs []figureCand) {
	for i := range figs {
		f := &figs[i].f
		if f.Source == "" || ff.quoteOf[figs[i].tok] != 0 || ff.entIndex(f.Source) >= 0 {
			continue
		}
		s := &ff.sents[f.Sentence]
		sent := ff.span(s.start, s.b)
		at := strings.Index(sent, f.Source)
		after := at >= 0 && strings.Index(sent[at+len(f.Source):], f.Text) >= 0 // "… at which one attendee said Prince played two tunes"
		f.Source = ff.spanSource(f.Source, f.Text, after)
	}
}

// spanSource returns the teller of source phrase src, a figure's whose words are text
// (after: they stand after the phrase in the sentence, in what the teller says): src
// itself when it reads as a teller, the teller that closes it after a clause breaker
// ("116 of whom Israel": Israel), or "" when it holds a clause or a phrase of the sentence.
func (ff *figureFinder) spanSource(src, text string, after bool) string {
	words := strings.Fields(src)
	if len(words) < 3 {
		return src
	}
	for i := len(words) - 2; i >= 1; i-- {
		if !clauseBreakers[words[i]] {
			continue
		}
		tail := strings.Join(words[i+1:], " ")
		if relative := words[i] == "whom" || words[i] == "which"; relative && !strings.Contains(src, text) && !after {
			return "" // "at least 174 Palestinians, 116 of whom Israel says …": Israel tells of the 116 only
		}
		if t := ff.typeOfName(tail); t == kg.Person || t == kg.Organization || t == kg.Place {
			return tail // "116 of whom Israel"
		}
		if len(words)-i-1 <= 3 && isPersonish(strings.ToLower(words[len(words)-1])) {
			return tail // "… on Monday as authorities", "… but Ohio's governor"
		}
		break
	}
	switch strings.ToLower(words[len(words)-1]) {
	case "and", "or", "but", "of", "the", "a", "with", "to":
		return "" // "… with the government of Guizhou province and"
	}
	for k, w := range words {
		lw := strings.ToLower(w)
		if !spanPrepositions[lw] && !strings.HasSuffix(w, ":") && !(len(lw) > 4 && strings.HasSuffix(lw, "ed")) {
			continue
		}
		if k > 0 && lw == "of" && lowerKeyIn(sampleNouns, words[k-1]) {
			continue // "A Harris Poll of 1,052 U.S. residents": the poll, counted by its sample
		}
		if rest := strings.Join(words[k+1:], " "); strings.Contains(rest, text) || strings.ContainsAny(rest, "0123456789") {
			return "" // "With 100% of the Kansas votes", "… program and also sanctioned two British businessmen it"
		}
	}
	return src
}
