package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Bylines: a line of its own that opens with "By" and names the writers and their agency,
// "By First Last", "By First Last and Other Name | AP March 22 at 3:28 AM", "By Associated
// Press January 24 at 1:44 PM", "By First Last - 05/16/16 10:39 AM EDT", "By FIRST LAST,
// Agency". It is a credit line: its names are entities, and it gives no fact (no figure,
// quote or event from its clock time and date). "By Monday night, crews had cleared …",
// "By June or July, officials expect …" are prose: a byline holds no lower-case word but
// a few joining ones, and its first name is no day or month.

// bylineJoins are the lower-case words a byline may hold.
var bylineJoins = newTokSet(map[string]bool{
	"and": true, "at": true, "of": true, "for": true, "a.m.": true, "p.m.": true, "am": true, "pm": true,
})

// bylineLine reports whether sentence s is a byline.
func bylineLine(d *doc, s *sentence) bool {
	a := s.a
	if s.b-a < 3 || s.b-a > 24 || d.tok(a) != "By" || a > 0 && !d.toks[a].has(fPara|fLine) {
		return false
	}
	if s.b < len(d.toks) && !d.toks[s.b].has(fPara|fLine) {
		return false // the line goes on: a sentence of prose that opens "By …"
	}
	first := &d.toks[a+1]
	if first.kind != tWord || !first.has(fCap) || first.feat&(lxMonth|lxDay|lxFunc|lxPronoun) != 0 {
		return false
	}
	names := 0 // capitalised words before the first mark
	for k := a + 1; k < s.b; k++ {
		t := &d.toks[k]
		switch t.kind {
		case tWord:
			if !t.has(fCap) && !bylineJoins.has(t.low) {
				return false
			}
			if names >= 0 && t.has(fCap) {
				names++
			}
		case tNum:
			names = -1
		case tPunct:
			switch d.text[t.s] {
			case ',', '|', '/', ':', '.', '-':
			default:
				return false
			}
			if names == 1 && d.text[t.s] == ',' {
				return false // "By Smith, …": no name of one word
			}
			names = -1
		case tDash:
			names = -1
		case tStop:
			if k != s.b-1 || d.text[t.s] != '.' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// bangNames are names whose exclamation mark is part of them: outlets, brands and shows
// of the news ("E! News", "E! Online", "Yahoo! Finance", "Jeopardy!"). The mark then is
// no sentence's end and stays in the word, so that "told E! News" names the outlet, not
// "E". A name marked true keeps its mark only before another capitalised word of the
// name ("Yahoo! Finance"; "Yahoo!" alone is the company's "Yahoo").
var bangNames = map[string]bool{"E": true, "Yahoo": true, "Jeopardy": false}

// bangWord reports whether the "!" at text[i] ends the word text[start:i] as part of it.
func bangWord(text string, start, i int) bool {
	next, ok := bangNames[text[start:i]]
	if !ok || start > 0 && text[start-1] == '!' {
		return false
	}
	j := i + 1
	if j < len(text) && (isLetter(rune(text[j])) || text[j] >= '0' && text[j] <= '9') {
		return false // "E!x": no word ends here
	}
	if !next {
		return true
	}
	return j+1 < len(text) && text[j] == ' ' && isUpperRune(rune(text[j+1]))
}

// copyrightLine reports whether sentence s is a copyright line that names its holder,
// "Copyright 2016 The Associated Press.", "Copyright © 2016 KTRK-TV" (the loader keeps
// such a line short): the holder is an entity, and the line gives no fact. A year must
// follow, then only capitalised words and the marks of a firm's name ("Starz
// Entertainment, LLC."), so that "Copyright law protects …" stays prose.
func copyrightLine(d *doc, s *sentence) bool {
	a := s.a
	if s.b-a < 3 || s.b-a > 14 || a > 0 && !d.toks[a].has(fPara|fLine) {
		return false
	}
	k := a
	if d.tok(k) == "Copyright" {
		k++
	}
	if d.punct(k, '\xc2') || d.tok(k) == "©" {
		k++
	}
	if k == a || k >= s.b || d.toks[k].kind != tNum {
		return false
	}
	k++
	for k < s.b && (d.toks[k].kind == tNum || d.toks[k].kind == tDash || d.punct(k, '-')) {
		k++ // "2015-2016"
	}
	if k >= s.b || !d.toks[k].has(fCap) {
		return false
	}
	for ; k < s.b; k++ {
		t := &d.toks[k]
		switch {
		case t.kind == tWord && (t.has(fCap) || t.low == "of" || t.low == "and"):
		case t.kind == tPunct && (d.text[t.s] == ',' || d.text[t.s] == '&'):
		case t.kind == tStop && k == s.b-1 && d.text[t.s] == '.':
		default:
			return false
		}
	}
	return true
}

// stationCall reports whether w is a broadcaster's call sign with its band, "KTRK-TV",
// "WABC-TV", "KPCC-FM", "WTOP-AM": a station's name, which the rule against long shouted
// words ("BREAKING", "UPDATED") would drop. The call is three or four capitals after K or
// W (the U.S. prefixes; elsewhere a network's name is no call sign: "NBC-TV" is read as
// any name).
func stationCall(w string) bool {
	call, band, ok := strings.Cut(w, "-")
	if !ok || len(call) < 3 || len(call) > 4 || call[0] != 'K' && call[0] != 'W' {
		return false
	}
	for i := 1; i < len(call); i++ {
		if call[i] < 'A' || call[i] > 'Z' {
			return false
		}
	}
	switch band {
	case "TV", "FM", "AM", "DT", "CD", "LD":
		return true
	}
	return false
}

// datelineStation names the station whose call sign stands in brackets after a
// dateline, "HOUSTON (KTRK) -- …", "BALTIMORE (WJZ) — …": the dateline reader steps
// over the brackets (as over "(Reuters)"), so no other reader sees the name. Only a
// call sign is read (K or W and two or three more capitals, maybe its band); an
// agency's name there is left as it was.
func (ef *entityFinder) datelineStation(si int) {
	s := &ef.sents[si]
	if s.start <= s.a+3 {
		return
	}
	for k := s.a + 1; k+2 < s.start+1 && k+2 <= s.b; k++ {
		if !ef.punct(k, '(') || !ef.punct(k+2, ')') || ef.toks[k+1].kind != tWord {
			continue
		}
		w := ef.tok(k + 1)
		if stationCall(w) || len(w) >= 3 && len(w) <= 4 && (w[0] == 'K' || w[0] == 'W') && ef.toks[k+1].has(fUpper) && lettersOnly(w) {
			ef.addMention(si, k+1, k+2, k+1, w, kg.Organization, 8)
		}
		return
	}
}
