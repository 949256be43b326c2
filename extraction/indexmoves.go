package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Market indexes and commodities named alone as the subject of a move in percent:
// "Japan's Nikkei lost 0.8 percent", "the Varnia Composite Index .VRC slumped 3.6
// percent", "Copper CMCU3 edged down 0.11 percent". The subject phrase is a name and
// nothing else, so measureWords gives no words and the move was a bare "fall" or "rise".
// An index's move is an "index fall" whose subject is the index (the Nikkei), as a
// company's is a "share price fall" whose subject is the company: reports name one index
// many ways ("the Dow", "the Dow Jones industrial average", "U.S. S&P 500 index"), and
// the measure must be one for all. A commodity's name is what moved ("copper rise",
// "brent fall").

// indexMove returns the measure words of a move whose subject phrase a..b names only a
// market index or commodity (marketName), past a place's possessive ("Japan's Nikkei")
// and a wire's quote code: "index" for a stock index, else the name in small letters
// without the code ("copper" of "Copper CMCU3"); and the name's first token. A name that
// ends in a number, which the phrase reader leaves out ("France's CAC 40 .FCHI rose"), is
// found before the verb sv. "" when the phrase names something else.
func (ff *figureFinder) indexMove(si, sv, a, b int) (string, int) {
	named, at := -1, -1
	for k := a; k < b; k++ {
		e := ff.entityOf(k)
		switch {
		case ff.toks[k].kind != tWord || ff.entAt[k] >= 0 && e < 0 || ff.is(k, wThe):
			// a quote code ("LCOc1"), a stop or sign of one (".SSEC", "XAU=")
		case e >= 0 && ff.ents[e].typ == kg.Place && ff.is(ff.mentions[ff.entAt[k]].b, wAposS, wRsquoS):
			k = ff.mentions[ff.entAt[k]].b // "Japan's"
		case e >= 0 && (named < 0 || e == named):
			named = e
			if at < 0 {
				at = k
			}
		default:
			return "", -1
		}
	}
	if j := ff.numberedName(si, sv); named < 0 && j >= 0 {
		named, at = ff.entityOf(j), j // "France's CAC 40 .FCHI rose"
	}
	if named < 0 || ff.ents[named].typ == kg.Place {
		return "", -1
	}
	var words []string
	market, coded := false, false
	names := strings.Fields(ff.entName(named))
	for i, w := range names {
		if i > 0 && i == len(names)-1 && quoteCodeWord(w) {
			coded = true
			continue
		}
		w = strings.ToLower(w)
		market = market || marketWords.has(w)
		words = append(words, w)
	}
	if !market || len(words) == 0 || ff.ents[named].typ == kg.Person && !coded {
		return "", -1 // a person's name never holds a quote code: "Copper CMCU3" is copper's
	}
	if marketIndexName(ff.entName(named)) {
		// "the Nasdaq Composite fell", "the S&P 500 index rose": an index's move, whose
		// subject is the index; one measure for every report, however each names it
		// ("the Dow", "the Dow Jones industrial average"). A crude's grade keeps its name.
		return "index", at
	}
	return strings.Join(words, " "), at
}

// marketIndexName reports whether a name is a market index's ("the Nasdaq Composite",
// "the Varnia Composite Index"); a crude's grade is a commodity, not an index ("Brent",
// "WTI").
func marketIndexName(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return (indexNamed(name) || strings.HasSuffix(name, " Index")) && first != "Brent" && first != "WTI"
}

// quoteCodeWord reports whether word w of a name is a wire's quote code: a word of
// letters and digits ("CMCU3", "LCOc1"), or one that opens with a stop or ends in "="
// (".SSEC", "XAU="). indexMove asks it only of a name's last word after the first, so
// "CSI300 index" keeps its "CSI300".
func quoteCodeWord(w string) bool {
	if strings.HasPrefix(w, ".") || strings.HasSuffix(w, "=") {
		return true
	}
	digits, letters := false, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letters = true
		}
	}
	return digits && letters
}

// indexMarks are the words a report puts before an index's move or level besides the
// index's own name: "the benchmark fell", "the tech-heavy index rose", "the Dow Jones
// industrial average".
var indexMarks = map[string]bool{"index": true, "benchmark": true, "tech-heavy": true, "broad": true,
	"broader": true, "broadest": true, "stock": true, "stocks": true, "share": true, "shares": true,
	// the words of an index's long name its short name leaves out ("the Dow Jones
	// industrial average" of "Dow", "the Nasdaq Composite" of "Nasdaq")
	"jones": true, "industrial": true, "industrials": true, "average": true, "composite": true}

// indexMeasures names every move and level of a market index as one measure, whatever
// words its clause used and whatever its unit: "the Dow Jones industrial average fell 120
// points", "the S&P 500 closed at 1,851.86", "the benchmark Nikkei rose 1.2 percent" are
// the index's "index fall", "index level" and "index rise", the index their subject, as
// indexMove names a move in percent. A measure with a word beside the index's name and
// its marks ("dollar index rise", "nikkei earnings fall") is left as it is.
func (ff *figureFinder) indexMeasures(figs []figureCand) {
	for k := range figs {
		c := &figs[k]
		e := ff.entityOf(c.subj)
		if e < 0 {
			continue
		}
		name := ff.entName(e)
		if !marketIndexName(name) {
			continue
		}
		words := strings.Fields(c.f.Measure)
		if len(words) == 0 {
			continue
		}
		switch words[len(words)-1] {
		case "rise", "fall", "level", "high", "low", "close":
		default:
			continue
		}
		own := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(name)) {
			own[w] = true
		}
		named := true
		for _, w := range words[:len(words)-1] {
			named = named && (own[w] || indexMarks[w])
		}
		if !named {
			continue
		}
		c.f.Measure = "index " + words[len(words)-1]
		c.class = c.f.Measure
	}
}
