package extraction

import (
	"strconv"
	"strings"
)

var numberWords = wordNumbers("number-words")

var ordinalWords = wordNumbers("ordinal-words")

var scaleWords = wordNumbers("scale-words")

// numberAt reads a number starting at token i: digits ("1,500", "6.4"), words ("five",
// "twenty-five", "a dozen", "half a dozen"), with a scale ("1.5 million", "$2 billion").
// It returns the value, the token after the number, a currency unit and whether it read one.
func (d *doc) numberAt(i, end int) (v float64, next int, unit string, approx bool, ok bool) {
	j := i
	// currency before: $, NT$, US$, €, £
	if d.punct(j, '$') && j+1 < end && d.toks[j+1].kind == tNum && !d.toks[j+1].has(fSpace) {
		unit = "USD"
		if j > 0 && !d.toks[j].has(fSpace) && d.toks[j-1].kind == tWord {
			switch d.tok(j - 1) {
			case "NT":
				unit = "TWD"
			case "HK":
				unit = "HKD"
			case "A":
				unit = "AUD"
			case "C":
				unit = "CAD"
			}
		}
		j++
	} else if j < end && d.toks[j].kind == tPunct && j+1 < end && d.toks[j+1].kind == tNum {
		switch d.tok(j) {
		case "€":
			unit, j = "EUR", j+1
		case "£":
			unit, j = "GBP", j+1
		}
	}
	if j >= end {
		return 0, i, "", false, false
	}
	t := &d.toks[j]
	switch t.kind {
	case tNum:
		if t.has(fSuffix) {
			return 0, i, "", false, false
		}
		s := d.tok(j)
		s = strings.ReplaceAll(s, ",", "")
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, i, "", false, false
		}
		v = f
		j++
	case tWord:
		w := d.low(j)
		if w == "half" && d.is(j+1, "a") && d.is(j+2, "dozen") {
			return 6, j + 3, unit, true, true
		}
		if w == "a" && d.is(j+1, "dozen") {
			return 12, j + 2, unit, true, true
		}
		if f, ok := numberWords[w]; ok {
			v = f
			j++
		} else if k := strings.IndexByte(w, '-'); k > 0 {
			a, ok1 := numberWords[w[:k]]
			b, ok2 := numberWords[w[k+1:]]
			if !ok1 || !ok2 || a < 20 || b >= 10 {
				return 0, i, "", false, false
			}
			v = a + b
			j++
		} else {
			return 0, i, "", false, false
		}
	default:
		return 0, i, "", false, false
	}
	// "two dozen"
	if j < end && d.is(j, "dozen") {
		v *= 12
		j++
	}
	// scale words: "1.5 million", "two hundred", "341.2 billion"
	for j < end && d.toks[j].kind == tWord {
		sc, ok := scaleWords[d.low(j)]
		if !ok {
			break
		}
		v *= sc
		j++
	}
	return v, j, unit, false, true
}

func itoa(v int64) string { return strconv.FormatInt(v, 10) }

func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', 6, 64) }
