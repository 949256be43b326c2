package extraction

import (
	"math"
	"strings"

	"github.com/factgraph/kg"
)

// Weather words: what names a depth of rain or snow when the noun stands before the number
// ("rainfall of up to 6 inches", "snow accumulation could reach 14 inches"), a depth in
// inches in a sentence about rain, and a temperature given in bare degrees in a sentence
// about temperature ("temperatures dropped to 12 degrees below zero"), with its sign.

// precipLinks are the words that may stand between a precipitation noun and its depth:
// "rainfall of up to 6 inches", "snow accumulation could reach 14 inches", "snowfall
// rates could potentially reach 10 inches", "rain totals were near 3 inches".
var precipLinks = newTokSet(map[string]bool{"of": true, "to": true, "reaching": true, "reach": true, "reached": true,
	"topping": true, "topped": true, "near": true, "at": true, "were": true, "was": true, "are": true, "is": true,
	"could": true, "may": true, "might": true, "will": true, "would": true, "be": true, "potentially": true,
	"accumulation": true, "accumulations": true, "totals": true, "total": true, "totaled": true, "totalled": true,
	"amounts": true, "rates": true, "rate": true, "measured": true, "between": true, "hit": true})

// precipBefore reads the precipitation noun a few linking words before a depth's number
// ("rainfall of up to 6 inches", "snow accumulation could reach 14 inches"), and returns
// its measure, or "" when none owns the depth. A noun that is part of a name ("Snow") is
// none.
func (ff *figureFinder) precipBefore(n *number) string {
	start := ff.sents[n.si].start
	for k := n.qa - 1; k >= start && n.qa-k <= 5; k-- {
		if m := precipitationWords[ff.low(k)]; m != "" && ff.toks[k].kind == tWord && ff.entityOf(k) < 0 {
			if m == "snowfall" && (ff.is(k, wBlizzard, wSnowstorm) || ff.is(k+1, wStorm)) {
				return "" // "the blizzard of 1922 dropped …" is read by snowNear, a storm's length is none
			}
			return m
		}
		if !ff.in(k, precipLinks) {
			return ""
		}
	}
	return ""
}

// rainWords name falling rain: a depth in inches in a sentence that names one is the
// rainfall ("the heaviest rain fell in the hills, where up to 4 inches was recorded").
var rainWords = newTokSet(map[string]bool{"rain": true, "rains": true, "rainfall": true, "downpour": true, "downpours": true,
	"deluge": true, "rainstorm": true, "rainstorms": true})

// rainNear reports whether sentence si names rain and nothing measured in inches besides
// it: hail and ice are measured in inches too ("hail up to 2 inches across").
func (ff *figureFinder) rainNear(si int) bool {
	s := &ff.sents[si]
	rain := false
	for k := s.start; k < s.b; k++ {
		if ff.toks[k].kind != tWord || ff.entityOf(k) >= 0 {
			continue
		}
		w := ff.low(k)
		if ff.is(k, wHail, wHailstones, wIce, wSleet, wFreezing, wDiameter, wAcross, wThick, wWide, wLong, wTall, wHigh, wDeep, wLength, wSize) {
			return false
		}
		if rainWords.has(w) && !ff.is(k+1, wJacket, wJackets, wCoat, wCoats, wGear, wBoots, wForest, wForests, wGauge) {
			rain = true
		}
	}
	return rain
}

// ofOther reports whether the unit's "of" at end measures another noun than rain or snow:
// "a half inch of ice", "2 feet of water".
func (ff *figureFinder) ofOther(si, end int) bool {
	if !ff.is(end, wOf) {
		return false
	}
	if ff.is(end+1, wA, wAn, wThe, wThis, wThat, wIts, wTheir) || ff.toks[end+1].kind == tNum {
		return false // "the 17.8 inches of a 2010 storm"
	}
	for k := end + 1; k <= end+2 && k < ff.sents[si].b; k++ {
		if precipitationWords[ff.low(k)] != "" {
			return false
		}
	}
	return true
}

// tempWords say that a sentence speaks of temperature, so that a number of bare degrees
// in it is one: "temperatures dropped to 12 degrees", "a wind chill of minus 30 degrees",
// "the mercury reached 104 degrees".
var tempWords = newTokSet(map[string]bool{"temperature": true, "temperatures": true, "temp": true, "temps": true,
	"chill": true, "chills": true, "thermometer": true, "thermometers": true, "mercury": true,
	"highs": true, "lows": true, "heat": true, "cold": true, "colder": true, "coldest": true, "warm": true,
	"warmer": true, "warmest": true, "hot": true, "hotter": true, "hottest": true, "freezing": true, "frigid": true,
	"weather": true, "forecast": true})

// notTemperature are the words after "degrees" that make it an angle, a bearing or a
// position: "30 degrees north", "a 90 degree turn".
var notTemperature = newTokSet(map[string]bool{"north": true, "south": true, "east": true, "west": true, "latitude": true,
	"longitude": true, "angle": true, "turn": true, "turns": true, "rotation": true, "of": true, "kelvin": true,
	"higher": true, "lower": true, "warmer": true, "colder": true, "cooler": true, "hotter": true, "above": true,
	"difference": true, "drop": true, "rise": true, "increase": true, "change": true})

// bareDegrees reads a number of degrees with no scale in a sentence about temperature as
// the temperature in degrees, signed by "minus", a joined minus sign or "below zero"
// ("-7 degrees", "12 degrees below zero"); a bearing or an angle is none. It returns ok
// false when the sentence says nothing of temperature.
func (ff *figureFinder) bareDegrees(n *number) (reading, bool) {
	if ff.in(n.next+1, notTemperature) || ff.punct(n.next-1, '-') || ff.is(n.next, wDegree) && n.v != 1 {
		return reading{}, false // "a 90-degree turn", "a ten degree drop", "10 degrees warmer than normal"
	}
	if ff.is(n.qa-1, wBelow, wAbove) {
		return reading{}, false // a threshold: "when temperatures drop below 32 degrees"
	}
	if ff.is(n.next+1, wBelow) && !ff.is(n.next+2, wZero) {
		return reading{}, false // "12 degrees below normal"
	}
	if !ff.aboutTemperature(n.si) {
		return reading{}, false
	}
	end := n.next + 1
	below := ff.is(end, wBelow) && ff.is(end+1, wZero)
	if below {
		end += 2
	}
	r := ff.one(n, end, "degrees", "temperature", n.qual)
	if below || ff.negative(n) {
		ff.negate(&r)
	}
	return r, true
}

// negative reports whether number n is signed negative: "minus 30", "minus-25", or a
// minus sign joined to it ("-7") that no number before makes a range's dash ("10-20").
func (ff *figureFinder) negative(n *number) bool {
	if n.ranged {
		return false
	}
	i := n.tok
	if ff.is(i-1, wMinus) || ff.punct(i-1, '-') && ff.is(i-2, wMinus) {
		return true
	}
	if i < 1 || !ff.punct(i-1, '-') || ff.toks[i-1].e != ff.toks[i].s {
		return false
	}
	return i < 2 || ff.toks[i-2].e < ff.toks[i-1].s && ff.toks[i-2].kind != tNum
}

// negate makes a reading's figures negative values.
func (ff *figureFinder) negate(r *reading) {
	for k := range r.figs {
		r.figs[k].f.Value = -r.figs[k].f.Value
	}
}

// visibilityUnits are the distances a visibility is given in, and the unit's name.
var visibilityUnits = map[string]string{"mile": "miles", "miles": "miles", "feet": "feet", "foot": "feet",
	"yards": "yards", "meters": "meters", "metres": "meters", "km": "km", "kilometers": "km", "kilometres": "km"}

// fractionOf reads a fraction opening at token i: "a quarter", "a half", "half a",
// "one-tenth", "three-quarters", "1/10th", "1/4". It returns its value and the token after
// it, past "of a" ("a quarter of a mile"); ok false when no fraction opens at i.
func (ff *figureFinder) fractionOf(i, b int) (v float64, next int, ok bool) {
	w := ff.low(i)
	switch {
	case ff.toks[i].kind == tNum && ff.punct(i+1, '/') && i+2 < b && ff.toks[i+2].kind == tNum:
		num, den := leadingDigits(ff.tok(i)), leadingDigits(ff.tok(i+2))
		if num <= 0 || den <= num {
			return 0, i, false
		}
		v, next = num/den, i+3 // "1/10th", "1/4"
	case w == "half" && ff.is(i+1, wA, wAn):
		v, next = 0.5, i+1 // "half a mile": the "a" is the unit's
		return v, next + 1, true
	case w == "a" || w == "one":
		part := ff.low(i + 1)
		if part == "half" || strings.HasPrefix(part, "half-") {
			v = 0.5
		} else if d, ok := fractionParts[part]; ok && part[len(part)-1] != 's' {
			v = 1 / d
		} else {
			return 0, i, false
		}
		next = i + 2 // "a half-mile": the unit is in the word read (visibilityAt)
	default:
		h := strings.IndexByte(w, '-')
		if h <= 0 {
			return 0, i, false
		}
		num, ok1 := fractionNumerators[w[:h]]
		d, ok2 := fractionParts[w[h+1:]]
		if !ok1 || !ok2 || num >= d || w[:h] == "a" {
			return 0, i, false
		}
		v, next = num/d, i+1 // "one-tenth", "three-quarters"
	}
	if ff.is(next, wOf) && ff.is(next+1, wA, wAn) {
		next += 2
	}
	return math.Round(v*1000) / 1000, next, true
}

// leadingDigits is the number a token's digits open with: 10 for "10th".
func leadingDigits(s string) float64 {
	v, seen := 0.0, false
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		v, seen = v*10+float64(c-'0'), true
	}
	if !seen {
		return -1
	}
	return v
}

// visibilityAt reads a visibility given as a fraction of a distance, opening at token i of
// sentence si, in a sentence whose word "visibility" stands near it: "visibility was
// down to a quarter mile", "1/10th of a mile visibility", "visibility of about a
// half-mile". A fraction of a mile that no "visibility" owns is none.
func (ff *figureFinder) visibilityAt(si, i int) reading {
	t := &ff.toks[i]
	if t.kind != tNum && t.kind != tWord {
		return reading{}
	}
	s := &ff.sents[si]
	if ff.visSent != si+1 {
		// visibilityNear can find no "visibility" in a sentence without one, nor at end or
		// end+1 (end ≤ s.b): asked once a sentence, not at each token
		ff.visSent, ff.visAbsent = si+1, !ff.sentHas(si, wVisibility, wVisibilities) && !ff.is(s.b, wVisibility) && !ff.is(s.b+1, wVisibility)
	}
	if ff.visAbsent {
		return reading{}
	}
	v, next, ok := ff.fractionOf(i, s.b)
	if !ok || next >= s.b {
		return reading{}
	}
	if ff.punct(next, '-') && ff.toks[next-1].e == ff.toks[next].s {
		next++ // "a half-mile"
	}
	unit := visibilityUnits[ff.low(next)]
	end := next + 1
	if w := ff.low(next - 1); unit == "" && strings.HasPrefix(w, "half-") {
		unit, end = visibilityUnits[w[len("half-"):]], next // "a half-mile"
	}
	if unit == "" || !ff.visibilityNear(si, i, end) {
		return reading{}
	}
	q, qa := qualifierBefore(ff.doc, i, s.start)
	after := end
	if ff.punct(after, '(') {
		for k := after + 1; k < s.b && k <= after+4; k++ {
			if ff.punct(k, ')') {
				after = k + 1 // "a quarter of a mile (400 meters) or less"
				break
			}
		}
	}
	if qq := qualifierAfter(ff.doc, after); q == kg.Exact && qq != kg.Exact {
		q = qq
	}
	n := number{si: si, i: i, tok: i, next: end, v: v, qual: q, qa: qa, word: true}
	return ff.one(&n, end, unit, "visibility", q)
}

// visibilityNear reports whether the word "visibility" owns the distance from token i to
// end: within six words before it, or right after its unit ("a mile visibility", "a mile
// of visibility").
func (ff *figureFinder) visibilityNear(si, i, end int) bool {
	s := &ff.sents[si]
	for k := i - 1; k >= s.start && i-k <= 6; k-- {
		if ff.is(k, wVisibility, wVisibilities) {
			return true
		}
	}
	return ff.is(end, wVisibility) || ff.is(end, wOf) && ff.is(end+1, wVisibility)
}

// snowChain reports whether the sentence before si gives a depth in inches or feet that
// snow named in it or the sentence before it makes a snowfall, so that a depth sentence si
// gives alone continues the count: "… in terms of snowfall since the 1880s. The record
// is 28 inches, set in 1922. Baltimore may get 19-29 inches …".
func (ff *figureFinder) snowChain(si int) bool {
	if si < 1 {
		return false
	}
	p := &ff.sents[si-1]
	for k := p.start + 1; k < p.b; k++ {
		if ff.toks[k-1].kind == tNum && ff.is(k, wInches, wInch, wFeet, wFoot) && !ff.is(k+1, wDeep, wHigh, wTall, wLong, wWide, wBelow, wAbove) {
			return ff.snowNear(si - 1)
		}
	}
	return false
}
