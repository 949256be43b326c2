package extraction

import (
	"strconv"
	"strings"

	"github.com/factgraph/kg"
)

// What a number is, and what it counts. The rules here keep a figure when the words say
// what happened to what is counted (killed, taken to hospital, collapsed, without power),
// and drop numbers that are not counts at all: dates, ages, scores, versions, models,
// and the same distance given again in other units.

// notAFigure reports whether the number at token i (numTok after a currency sign), ending
// before token next, is not a count or amount: a date ("May 11"), a clock time, an age
// ("as young as 14", "a 40-year-old"), a year, a score ("a 4-4 split"), a code
// ("2330.TW"), a name or model ("PlayStation 4", "Windows 10"), a version ("3.50
// firmware update"), or the lower end of a range whose upper end is the figure.
func (d *doc) notAFigure(si, i, numTok, next int, v float64, unit string, isWord bool) bool {
	s := &d.sents[si]
	// dates: "Feb. 6", "6 February", "May 11"
	if i > s.start && (d.toks[i-1].feat&lxMonth != 0 || d.tok(i-1) == "May") {
		return true
	}
	if next < s.b && (d.toks[next].feat&lxMonth != 0 || d.tok(next) == "May" && d.toks[next].has(fCap)) {
		return true
	}
	if next < s.b {
		nt := &d.toks[next]
		if !nt.has(fSpace) && (nt.kind == tPunct || nt.kind == tStop) {
			c := d.text[nt.s]
			if c == ':' || c == '/' || (c == '.' && next+1 < s.b && !d.toks[next+1].has(fSpace)) {
				return true
			}
			if c == '-' && !d.is(next+1, "magnitude", "plus") {
				return true // "40-year-old", the first score of "4-4", "2-1/2-year"
			}
		}
		if !isWord && nt.kind == tWord && !nt.has(fSpace) && !d.is(next, "magnitude") {
			return true // "1Malaysia", "3D": part of a word
		}
		switch d.low(next) {
		case "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt", "et", "pst", "est", "utc", "edt", "pdt", "cet", "o'clock", "bst", "hrs":
			return true
		}
		if d.is(next, "years", "year") && d.is(next+1, "old") {
			return true
		}
		if nt.kind == tNum && nt.has(fSpace) && unit == "" {
			return true // "one aged 14, two 15 and one 17": a count of ages
		}
		if d.is(next, "update", "version", "edition", "release", "firmware", "series", "generation") {
			return true
		}
		// the lower end of a range: "30 to 40 percent", "six or seven bodies", "between 5 and 10"
		if d.is(next, "to", "or") && d.numberStarts(next+1) && !d.is(i-1, "from") ||
			d.is(next, "and") && d.numberStarts(next+1) && d.is(i-1, "between") {
			return true
		}
	}
	if i > s.start && d.is(i-1, "aged", "age", "ages", "no.", "number", "page", "pages", "route", "flight", "highway",
		"article", "resolution", "chapter", "section", "room", "gate", "channel", "version", "level", "grade",
		"seed", "ranked", "episode", "season", "platform", "interstate", "bus", "line", "pier", "terminal", "row", "lane", "exit", "category", "stage", "phase", "code", "no") {
		return true
	}
	// "as young as 14", "as old as 80"
	if d.is(i-1, "as") && d.is(i-2, "young", "old", "early", "late") {
		return true
	}
	// "the highest of four tiers", "the convergence of two tectonic plates"
	if d.is(i-1, "of") && i-2 >= s.start {
		pw := d.low(i - 2)
		if len(pw) > 4 && strings.HasSuffix(pw, "est") && pw != "interest" && pw != "request" && pw != "protest" && pw != "arrest" && pw != "contest" && pw != "harvest" ||
			pw == "convergence" || pw == "intersection" || pw == "junction" || pw == "combination" {
			return true
		}
	}
	if unit == "" && !isWord && v >= 1800 && v <= 2100 && v == float64(int(v)) && !strings.Contains(d.tok(numTok), ",") && !(next < s.b && d.toks[next].feat&lxPersonNoun != 0) {
		return true // a year
	}
	// "Smith, 45, said"
	if d.punct(i-1, ',') && d.punct(next, ',') && d.entityOf(i-2) >= 0 && d.ents[d.entityOf(i-2)].typ == kg.Person {
		return true
	}
	if unit == "" && d.punct(i-1, '(') && d.punct(next, ')') {
		return true // "(2330.TW)", "(1)"; "($10.3 billion)" gives the amount in dollars
	}
	// scores: "a 4-4 split", "won 24-21"
	if i-2 >= s.start && d.punct(i-1, '-') && !d.toks[i].has(fSpace) && !d.toks[i-1].has(fSpace) && d.toks[i-2].kind == tNum {
		if lo, err := strconv.ParseFloat(strings.ReplaceAll(d.tok(i-2), ",", ""), 64); err != nil || v <= lo {
			return true
		}
	}
	if unit == "" && d.nameBefore(si, i) {
		return true
	}
	return false
}

// numberStarts reports whether a number begins at token k.
func (d *doc) numberStarts(k int) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	return t.kind == tNum && !t.has(fSuffix) || t.kind == tWord && t.feat&lxNumWord != 0 && !d.is(k, "one") || d.punct(k, '$') && d.toks[min(k+1, len(d.toks)-1)].kind == tNum
}

// nameBefore reports whether the number at token i ends a name: "PlayStation 4", "Windows
// 10 PCs", "Boeing 737", "Apollo 11". The word before is a capitalised name, not a hedge
// ("About 100") or a function word, and in a title-case headline one the body also
// capitalises.
func (d *doc) nameBefore(si, i int) bool {
	s := &d.sents[si]
	p := i - 1
	if p < s.start || d.toks[p].kind != tWord || !d.toks[p].has(fCap) || !d.toks[i].has(fSpace) {
		return false
	}
	t := &d.toks[p]
	if t.feat&(lxFunc|lxQual|lxMonth|lxDay|lxStarter|lxSpeech|lxNumWord|lxPronoun|lxScale) != 0 {
		return false
	}
	w := d.tok(p)
	switch strings.ToLower(w) {
	case "at", "some", "about", "over", "nearly", "only", "just", "all", "another", "around", "roughly", "almost",
		"up", "under", "below", "above", "exactly", "least", "most", "than", "total", "killing", "kills", "kill",
		"killed", "wounds", "wounding", "injuring", "leaves", "left", "top", "tops", "reaches", "hits", "to", "claims":
		return false
	}
	if d.toks[p].has(fUpper) {
		return false // "KILLS 12" in a shouted headline
	}
	if si == d.headline || d.sentenceInitial(p, s.start) {
		return d.entAt[p] >= 0 || d.capSeen[w] && !d.lowerSeen[lowerASCII(w)]
	}
	return true
}

// rangeUpper reports whether the number at i is the upper end of a range: "six or seven",
// "30 to 40", "20,000-30,000", "between 5 and 10".
func (d *doc) rangeUpper(i, start int) bool {
	return d.rangeStart(i, start) < i
}

// rangeStart returns the first token of the range the number at i ends, or i.
func (d *doc) rangeStart(i, start int) int {
	if i-2 < start {
		return i
	}
	lo := i - 2
	if d.punct(i-1, '-') && !d.toks[i].has(fSpace) && !d.toks[i-1].has(fSpace) && d.toks[lo].kind == tNum && !d.yearAt(lo) {
		return lo
	}
	if !d.numberStarts(lo) || d.is(lo-1, "from") || d.toks[lo].kind == tNum && d.yearAt(lo) {
		return i
	}
	if lv, _, _, _, ok := d.numberAt(lo, i); !ok || lv >= d.valueAt(i) {
		return i // "by 2030 to 32 percent": not a range
	}
	if d.is(i-1, "to", "or") {
		return lo
	}
	if d.is(i-1, "and") && d.is(lo-1, "between") {
		return lo - 1
	}
	return i
}

// qualifierAfter reads a hedge after a number: "3.8-magnitude or more", "40-plus", "or so".
func (d *doc) qualifierAfter(k int) kg.Qualifier {
	if d.punct(k, '-') && d.is(k+1, "plus") || d.is(k, "plus") {
		return kg.AtLeast
	}
	if d.is(k, "or", "and") {
		switch d.low(k + 1) {
		case "more", "higher", "above", "greater", "larger", "stronger", "over", "up":
			return kg.AtLeast
		case "less", "fewer", "lower", "below", "under":
			if d.is(k, "or") {
				return kg.UpTo
			}
		case "so":
			if d.is(k, "or") {
				return kg.About
			}
		}
	}
	return kg.Exact
}

// magnitudeOf names the magnitude at token k: an aftershock's when the event word nearest
// it is "aftershock" ("five aftershocks of 3.8-magnitude or more").
func (d *doc) magnitudeOf(si, k int) string {
	if e := d.nearestEventNoun(si, k); e >= 0 && aftershock(d.low(e)) {
		return "aftershock magnitude"
	}
	return "magnitude"
}

// conversion reports whether the number at i restates, in brackets, a measure just given
// in another unit: "23 km (14 miles)", "12 degrees Celsius (54 Fahrenheit)".
func (d *doc) conversion(i int) bool {
	p := i - 1
	for p > 0 && i-p < 4 && d.toks[p].kind == tWord && d.toks[p].feat&lxQual != 0 {
		p--
	}
	if !d.punct(p, '(') || p < 1 {
		return false
	}
	u := d.low(p - 1)
	return d.toks[p-1].feat&lxDistUnit != 0 || u == "ft" || u == "ft." || u == "celsius" || u == "fahrenheit" || u == "degrees" || u == "c" || u == "f"
}

// directVerb returns the measure of a verb right before the number (or its hedge):
// "killed 2,474", "injuring about 11,000", "rescued 12".
func (d *doc) directVerb(qa, start int) string {
	k := qa - 1
	if k < start || d.toks[k].kind != tWord {
		return ""
	}
	if m, ok := verbMeasure[d.low(k)]; ok {
		return m
	}
	return ""
}

// speaksAfter reports whether a verb of saying follows the counted noun phrase ending at
// b, within a few words: "Two neighbors said", "Two senior Mexican government sources said".
func (d *doc) speaksAfter(b, end int) bool {
	for j := b; j < end && j < b+5; j++ {
		if d.isSpeech(j) && !d.is(j, "reported", "described", "called") {
			return true
		}
		t := &d.toks[j]
		if t.kind != tWord || t.feat&(lxFunc|lxPronoun|lxQual) != 0 {
			return false
		}
	}
	return false
}

// notCounted reports whether the noun phrase a..b-1 names something that is not worth a
// figure: "a 4-4 split", "two sides", "three times".
func (d *doc) notCounted(a, b int) bool {
	switch d.low(b - 1) {
	case "split", "sides", "side", "times", "ways", "things", "reasons", "steps", "tiers", "levels",
		"stages", "thing", "way", "reason", "step", "lovebirds", "decades", "centuries":
		return true
	}
	return false
}

// genericNouns count people or things without saying what happened to them; they make a
// figure only when the sentence does ("killed", "without power", "living there").
var genericNouns = wordSet("generic-nouns")

var locationNouns = wordSet("location-nouns")

var buildingNouns = wordSet("building-nouns")

// nounMeasure names the measure of a count whose noun phrase a..b-1 is noun and whose
// predicate said nothing tracked, with state a building's state ("collapsed") or "".
// It returns "" when the figure is noise: a generic noun ("people", "households",
// "locations") with nothing said about what happened to it.
func (d *doc) nounMeasure(si, qa, a, b int, noun, state string, before []figureCand) string {
	s := &d.sents[si]
	lw := strings.ToLower(noun)
	head := lastWord(lw)
	if d.population(qa, s.start) && (head == "" || d.isPersonNoun(b-1)) {
		return "population"
	}
	if state != "" && !d.isPersonNoun(b-1) {
		switch {
		case lw == "":
			// "… had collapsed and five were left tilting": the noun of a figure before
			for k := len(before) - 1; k >= 0; k-- {
				if n, _, ok := strings.Cut(before[k].f.Measure, " "); ok && buildingNouns[n] {
					return n + " " + state
				}
			}
			return ""
		case locationNouns[head] && d.wordBefore(si, qa, "buildings", "building", "homes", "houses"):
			// "Buildings in nine other locations … had collapsed"
			return "buildings " + state
		case buildingNouns[head]:
			return head + " " + state
		}
		return lw
	}
	if !genericNouns[head] || strings.Contains(lw, " ") && !genericNouns[strings.Fields(lw)[0]] && head != "households" {
		return lw
	}
	switch head {
	case "households", "homes":
		if u := d.utilityCut(si, qa); u != "" {
			return head + " without " + u
		}
	case "people", "persons", "individuals", "inhabitants", "residents":
		for j := b; j < s.b && j < b+4; j++ {
			if d.is(j, "living", "live", "lived", "lives") {
				return "residents"
			}
		}
	}
	if d.existential(qa, s.start) {
		return lw
	}
	return ""
}

// wordBefore reports whether one of words occurs in sentence si before token k.
func (d *doc) wordBefore(si, k int, words ...string) bool {
	for j := d.sents[si].start; j < k; j++ {
		if d.is(j, words...) {
			return true
		}
	}
	return false
}

// utilityCut names the service a count of households lost: "cut power to 168,000
// households", "halted water services to about 400,000 households", "power had been
// restored to all but about 900 households".
func (d *doc) utilityCut(si, qa int) string {
	s := &d.sents[si]
	for j := qa - 1; j >= s.start && j >= qa-12; j-- {
		switch d.low(j) {
		case "power", "electricity", "blackout", "blackouts":
			return "power"
		case "water":
			return "water"
		case "gas", "heating":
			return d.low(j)
		}
	}
	for j := qa; j < s.b && j < qa+8; j++ {
		if d.is(j, "without", "lost", "losing") {
			switch d.low(j + 1) {
			case "power", "electricity":
				return "power"
			case "water", "gas", "heating":
				return d.low(j + 1)
			}
		}
	}
	return ""
}

// population reports whether the count at qa is how many live somewhere: "the city of 2
// million people", "home to 40,000 people", "a population of 5,000".
func (d *doc) population(qa, start int) bool {
	if d.is(qa-1, "of") {
		switch d.low(qa - 2) {
		case "city", "town", "country", "nation", "island", "region", "province", "state", "capital",
			"metropolis", "village", "population", "district", "county", "municipality":
			return true
		}
	}
	return d.is(qa-1, "to") && d.is(qa-2, "home")
}

// existential reports whether the count at qa is introduced by "there are", "there
// were", "there might be": a statement that so many exist.
func (d *doc) existential(qa, start int) bool {
	for j := qa - 1; j >= start && j >= qa-6; j-- {
		if d.punct(j, ',') || d.punct(j, ';') {
			return false
		}
		if d.is(j, "there") && d.is(j+1, "is", "are", "was", "were", "be", "been", "have", "has", "had", "might", "may", "could", "will", "would", "must") {
			return true
		}
	}
	return false
}

// valueAt is the value of the number at token i, or 0.
func (d *doc) valueAt(i int) float64 {
	v, _, _, _, _ := d.numberAt(i, len(d.toks))
	return v
}

// currencyWords name a currency after the amount: "3 billion euros", "36.7 billion dollars".
var currencyWords = wordValues("currency-words")

// moneyMeasure names an amount of money by the words of its own clause: damage ("damage
// of NT$341.2 billion"), aid ("$100 million was pledged"), else money.
func (d *doc) moneyMeasure(si, i int) string {
	s := &d.sents[si]
	a, b := i, i
	for a > s.start && i-a < 12 && !d.punct(a-1, ',') && !d.punct(a-1, ';') && !d.is(a-1, "while", "whereas", "but") {
		a--
	}
	for b < s.b && b-i < 12 && !d.punct(b, ';') && !d.is(b, "while", "whereas", "but") && !(d.punct(b, ',') && b > i+1) {
		b++
	}
	measure := "money"
	for k := a; k < b; k++ {
		switch d.low(k) {
		case "damage", "damages", "losses", "loss":
			return "damage"
		case "aid", "pledged", "pledge", "donated", "donation", "donations", "relief":
			measure = "aid"
		}
	}
	return measure
}
