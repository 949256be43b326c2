package extraction

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Joint sources: a poll, a study or an outlet that two or more bodies put out together is
// written with its names glued by slashes ("an NBC/Wall Street Journal/Marist poll", "a
// Reuters/Ipsos poll", "the CBS/YouGov survey", "Re/code reported"). The entity reader
// splits the names at the slash and the source readers name the first (or the one the
// clause points at), which cuts the joint pollster to one of its members. The source of
// the figure is the joint name as the sentence writes it: jointSource widens a source to
// the slash-glued run of names it stands in, when the figure's sentence holds that run.

// jointStop reports whether capitalized word w ends a name's backward or forward
// reading: a sentence's determiner or preposition ("A CBS/YouGov poll", "According to"),
// a day or a month (the lexicon's function, day and month words), or the poll noun.
func jointStop(w string) bool {
	if w == "According" || w == "Poll" || w == "Survey" {
		return true
	}
	e := lookupLex(w)
	return e != nil && e.feat&(lxFunc|lxDay|lxMonth) != 0
}

// jointSource returns src widened to the slash-glued names of sentence si it is one of
// ("NBC" in "An NBC/Wall Street Journal/Marist poll" → "NBC/Wall Street Journal/Marist"),
// or src itself when the sentence glues it to nothing. A joined source ("A and B") and a
// source not written in the sentence stay as they are.
func (ff *figureFinder) jointSource(si int, src string) string {
	if src == "" || si < 0 || si >= len(ff.sents) || strings.Contains(src, " and ") || strings.Contains(src, "/") {
		return src
	}
	s := &ff.sents[si]
	if s.b <= s.a {
		return src
	}
	text := ff.text[ff.toks[s.a].s:ff.toks[s.b-1].e]
	if !strings.Contains(text, "/") {
		return src
	}
	for from := 0; ; {
		i := strings.Index(text[from:], src)
		if i < 0 {
			return src
		}
		i += from
		j := i + len(src)
		from = j
		if !nameEdge(text, i, j) {
			continue
		}
		a, b := i, j
		for a > 0 && text[a-1] == '/' {
			p := partBefore(text, a-1)
			if p < 0 {
				break
			}
			a = p
		}
		for b < len(text) && text[b] == '/' {
			e := partAfter(text, b+1)
			if e < 0 {
				break
			}
			b = e
		}
		if a < i || b > j {
			return text[a:b]
		}
	}
}

// nameEdge reports whether text[i:j] is whole words: no letter or digit glued before
// or after it (a slash may be).
func nameEdge(text string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(text) {
		r, _ := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// nameWord returns the end of the word of letters, digits, "&", "." and "-" starting at
// i, or i.
func nameWord(text string, i int) int {
	k := i
	for k < len(text) {
		c := text[k]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '&' || c == '-' || c == '.' && k+1 < len(text) && text[k+1] != ' ' {
			k++
			continue
		}
		break
	}
	return k
}

func capitalized(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// partAfter reads the name glued after a slash at i: capitalized words ("Wall Street
// Journal", "Ipsos", "ORC International") or one lower-case word glued on both sides of
// nothing but the slash and a space or stop ("Re/code"). It returns the name's end, or
// -1 when no name follows.
func partAfter(text string, i int) int {
	e := nameWord(text, i)
	if e == i {
		return -1
	}
	w := text[i:e]
	if !capitalized(w) {
		if e-i < 2 || w == "or" || w == "and" || e < len(text) && text[e] != ' ' && text[e] != ',' && text[e] != '.' {
			return -1
		}
		return e
	}
	if jointStop(w) {
		return -1
	}
	for e < len(text) && text[e] == ' ' {
		f := nameWord(text, e+1)
		next := text[e+1 : f]
		if !capitalized(next) || jointStop(next) {
			break
		}
		e = f
	}
	return e
}

// partBefore reads the name glued before a slash at i backwards: capitalized words up
// to a determiner or preposition ("A CBS/YouGov" → "CBS"). It returns the name's start,
// or -1.
func partBefore(text string, i int) int {
	start := -1
	k := i
	for k > 0 {
		a := k
		for a > 0 {
			c := text[a-1]
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '&' || c == '-' || c == '.' {
				a--
				continue
			}
			break
		}
		w := text[a:k]
		if !capitalized(w) || jointStop(w) {
			break
		}
		start = a
		if a == 0 || text[a-1] != ' ' {
			break
		}
		k = a - 1
	}
	return start
}

// analystEstimates reports whether "estimates" at token k is the noun of "analyst
// estimates" or "analysts' estimates" ("below the average of 27 analyst estimates",
// "beating analyst estimates"), not a verb whose subject is an analyst: an analyst who
// estimates is one ("an analyst estimates", "the analyst estimates that …").
func (d *doc) analystEstimates(k int) bool {
	switch {
	case k < 1:
		return false
	case d.is(k-1, wAnalyst):
		return !d.is(k-2, wAn, wThe, wOne, wEach, wThis, wThat, wAnother)
	case d.is(k-1, wAnalystsApos, wAnalystsRsquo):
		return true
	}
	return k >= 2 && d.toks[k-1].kind != tWord && d.is(k-2, wAnalysts) && strings.ContainsAny(d.tok(k-1), "'’")
}
