package extraction

import (
	"bufio"
	"embed"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/biter777/countries"
)

//go:embed data/*.txt
var dataFS embed.FS

// Lexicon features of a word (token.feat).
const (
	lxFunc         = 1 << iota // function word: cannot start a name ("The", "He", "In")
	lxMonth                    // January, Jan.
	lxDay                      // Monday, Saturday
	lxNumWord                  // one, two, twelve, dozen
	lxScale                    // hundred, thousand, million, billion
	lxQual                     // a qualifier word: about, nearly, over…
	lxSpeech                   // said, told, added…
	lxHonor                    // Mr., Gen., Dr.: a title before a name
	lxPronoun                  // he, she, they…
	lxGroup                    // activists, militants, rebels…
	lxOrgHead                  // Council, Ministry, Party… (last word of an organization)
	lxPlaceHead                // Street, Province, Island… (last word of a place)
	lxTimeUnit                 // hour, day, year…
	lxDistUnit                 // mile, km, meter…
	lxPersonNoun               // people, civilians, soldiers…: what casualty counts count
	lxStarter                  // a word that starts sentences but is not a name (However, Meanwhile)
	lxRole                     // a role noun: spokesman, minister, official…
	lxDebrisWord               // words of page furniture
	lxOrgPrefix                // words that start organization names: Bank, Ministry of…
	lxNationalRole             // roles held for a country: president, prime minister, minister
)

type lexEntry struct {
	low  string
	feat uint32
	cls  uint64 // wordClasses[low], set once the lexicon is whole (end of init)
	id   wordID // wordIDOf[low], set with cls
}

var lexicon = map[string]*lexEntry{}

func addLex(words []string, feat uint32) {
	for _, w := range words {
		lw := strings.ToLower(w)
		if e, ok := lexicon[lw]; ok {
			e.feat |= feat
			continue
		}
		lexicon[lw] = &lexEntry{low: lw, feat: feat}
	}
}

// lookupLex finds the lexicon entry of a word of any case without allocating (ASCII
// words; others through strings.ToLower, with a curly apostrophe read as a straight one).
func lookupLex(w string) *lexEntry {
	if len(w) > 40 {
		return nil
	}
	var buf [40]byte
	if low, _, ok := lowerInto(&buf, w); ok {
		return lexicon[string(low)]
	}
	return lexicon[strings.ToLower(strings.ReplaceAll(w, "’", "'"))]
}

// lowerInto writes the lower-case form of the ASCII word w into buf (len(w) <= 40) and
// returns it, whether w had upper-case letters, and false when w is not ASCII.
func lowerInto(buf *[40]byte, w string) (low []byte, upper, ok bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
	}
	return buf[:len(w)], upper, true
}

// lowerHashInto is lowerInto that also returns the wordTable hash of the lower-case form.
func lowerHashInto(buf *[40]byte, w string) (low []byte, h uint64, upper, ok bool) {
	h = wordHashSeed
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, 0, false, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
		h = (h ^ uint64(c)) * wordHashPrime
	}
	return buf[:len(w)], h, upper, true
}

// FNV-1a, 64 bits.
const (
	wordHashSeed  = 14695981039346656037
	wordHashPrime = 1099511628211
)

func wordHash(w string) uint64 {
	h := uint64(wordHashSeed)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * wordHashPrime
	}
	return h
}

// wordTable holds the entries of wordEntries in an open-addressing table (linear
// probing, at most half full) that annotate probes with the hash it computed while
// lowering the word: the same answers as the map, without hashing the word again.
var wordTable struct {
	slots []wordSlot
	mask  uint64
}

type wordSlot struct {
	h uint64
	e *lexEntry // nil: an empty slot
}

func buildWordTable() {
	n := 1
	for n < 2*len(wordEntries) {
		n *= 2
	}
	wordTable.slots = make([]wordSlot, n)
	wordTable.mask = uint64(n - 1)
	for k, e := range wordEntries {
		h := wordHash(k)
		i := h & wordTable.mask
		for wordTable.slots[i].e != nil {
			i = (i + 1) & wordTable.mask
		}
		wordTable.slots[i] = wordSlot{h: h, e: e}
	}
}

// wordEntry returns wordEntries[string(low)], h being low's wordHash.
func wordEntry(low []byte, h uint64) *lexEntry {
	slots, mask := wordTable.slots, wordTable.mask
	for i := h & mask; ; i = (i + 1) & mask {
		s := &slots[i]
		if s.e == nil {
			return nil
		}
		if s.h == h && s.e.low == string(low) {
			return s.e
		}
	}
}

// wordEntries is what annotate looks an ASCII word up in, once: every lexicon entry,
// and an entry without features for each word of wordClasses the lexicon does not
// know. It is built at the end of the lexicon's init.
var wordEntries map[string]*lexEntry

// lowerHead returns the lower-case form of s as strings.ToLower gives it, or, when s is
// longer than n bytes, only the start of that form, at least n bytes of it (cut before a
// rune's first byte, so that it is exactly the start of the whole's form), and whether
// it cut. ASCII letters are lowered here; other runes as strings.ToLower does (bytes that
// are no UTF-8 become U+FFFD).
func lowerHead(s string, n int) (string, bool) {
	return lowerHeadInto(nil, s, n)
}

// lowerHeadInto is lowerHead writing the lowered bytes into buf when they fit its
// capacity: the string it returns then holds buf's bytes, and is the caller's to read
// only while buf is neither written nor gone. classifySentences lowers each sentence's
// head into an array of its loop body, which no reader keeps.
func lowerHeadInto(buf []byte, s string, n int) (string, bool) {
	cut := false
	if n < len(s) {
		for n < len(s) && !utf8.RuneStart(s[n]) {
			n++
		}
		cut = n < len(s)
	} else {
		n = len(s)
	}
	h := s[:n]
	ascii, upper := true, false
	for i := 0; i < len(h); i++ {
		c := h[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii && !upper {
		return h, cut
	}
	b := buf[:0]
	if cap(b) < len(h)+8 {
		b = make([]byte, 0, len(h)+8)
	}
	for i := 0; i < len(h); {
		c := h[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(h[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r)) // an invalid byte: RuneError, as ToLower writes it
		i += w
	}
	if cut && len(b) < n {
		return lowerHead(s, len(s)) // lower-casing shortened the head below n: read it all
	}
	// b is this call's own (or the caller's buf) and never written again here: the
	// string is its bytes, no copy
	return unsafe.String(unsafe.SliceData(b), len(b)), cut
}

// lowerASCII lower-cases s, allocating only when it has upper-case letters.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

var abbrevs = map[string]bool{}

func isAbbrev(w string) bool {
	if len(w) > 8 {
		return false
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbrevs[string(buf[:len(w)])]
}

// Gazetteers built once from data/ and github.com/biter777/countries.
var (
	countryOf    = map[string]string{} // any name of a country or place → country ("Tainan" → "Taiwan")
	countryNames = map[string]string{} // alias of a country → its common name ("U.S." → "United States")
	demonymOf    = map[string]string{} // "Turkish" → "Turkey"
	// townCountry maps the towns of 100,000 people or more that countryOf does not hold to
	// their country (data/gazetteer.txt, from Natural Earth: "Fresno" → "United States"),
	// or to "" where towns of two countries share the name ("Salem").
	// A town's name is often a surname or a team's too ("Jackson", "Cleveland"), so a
	// one-word town types a name only where nothing else does (classifyAndAdd).
	townCountry = map[string]string{}
	// townProvince maps a town of the gazetteer whose country it knows to the province or
	// U.S. state Natural Earth puts it in ("Fresno" → "California"); gazetteerPlaces puts
	// the town there only when the article names that province too.
	townProvince = map[string]string{}
	// personDemonyms are the demonyms that name one person of a nation and are no
	// adjective ("Swede", "Frenchman"; demonyms.txt marks them "person"): the name after
	// one is a person's ("Frenchman Pierre Valmont-Roux"), never a body's.
	personDemonyms = map[string]bool{}
	orgAlias       = map[string]string{} // alias → organization name ("AP" → "Associated Press")
	orgCountry     = map[string]string{}
	firstNames     = map[string]bool{}
	nameGender     = map[string]byte{}   // given name → 'F' or 'M', where the name says
	leaderOf       = map[string]string{} // office holder → the country or body served ("Obama" → "United States")
	titleRole      = map[string]string{} // "Gen." → "general", "Mr." → ""
	roleNouns      = map[string]bool{}   // "spokesman", "chief financial officer"
	maxTitleLen    = 1                   // words in the longest title
	maxRoleLen     = 1
)

func init() {
	addLex(wordList("function"), lxFunc)
	addLex(wordList("starter"), lxStarter)
	addLex(wordList("month"), lxMonth)
	addLex(wordList("day"), lxDay)
	addLex(wordList("number"), lxNumWord)
	addLex(wordList("scale"), lxScale)
	addLex(wordList("qualifier"), lxQual)
	addLex(wordList("speech"), lxSpeech)
	addLex(wordList("pronoun"), lxPronoun)
	addLex(wordList("group"), lxGroup)
	addLex(wordList("organization-head"), lxOrgHead)
	addLex(wordList("place-head"), lxPlaceHead)
	addLex(wordList("time-unit"), lxTimeUnit)
	addLex(wordList("distance-unit"), lxDistUnit)
	addLex(wordList("person-noun"), lxPersonNoun)
	addLex(wordList("debris-word"), lxDebrisWord)

	for _, a := range wordList("abbreviations") {
		abbrevs[a] = true
	}

	loadCountries()
	eachLine("data/demonyms.txt", func(f []string) {
		if len(f) >= 2 {
			demonymOf[f[0]] = f[1]
			if len(f) >= 3 && f[2] == "person" {
				personDemonyms[f[0]] = true
			}
			if _, country := countryOf[f[0]+"s"]; !strings.HasSuffix(f[0], "s") && !country {
				demonymOf[f[0]+"s"] = f[1] // Israelis, Syrians, Iraqis; not "Philippines"
			}
		}
	})
	eachLine("data/cities.txt", func(f []string) {
		if len(f) >= 2 {
			countryOf[f[0]] = f[1]
		} else {
			countryOf[f[0]] = ""
		}
	})
	eachLine("data/gazetteer.txt", func(f []string) {
		if _, known := countryOf[f[0]]; known || len(f) < 2 {
			return
		}
		if c, ok := countryNames[f[1]]; ok || f[1] == "" {
			townCountry[f[0]] = c // "" for a name towns of two countries share ("Salem")
		} else {
			townCountry[f[0]] = f[1]
		}
		if len(f) >= 3 && f[2] != "" && townCountry[f[0]] != "" {
			townProvince[f[0]] = f[2]
		}
	})
	eachLine("data/organizations.txt", func(f []string) {
		name := f[0]
		orgAlias[name] = name
		if len(f) >= 2 {
			for _, a := range strings.Split(f[1], "|") {
				if a = strings.TrimSpace(a); a != "" {
					orgAlias[a] = name
				}
			}
		}
		if len(f) >= 3 && f[2] != "" {
			orgCountry[name] = f[2]
		}
	})
	eachLine("data/firstnames.txt", func(f []string) {
		firstNames[f[0]] = true
		if len(f) >= 2 && (f[1] == "F" || f[1] == "M") {
			nameGender[f[0]] = f[1][0]
		}
	})
	eachLine("data/leaders.txt", func(f []string) {
		if len(f) >= 2 {
			leaderOf[f[0]] = f[1]
		}
	})
	eachLine("data/titles.txt", func(f []string) {
		role := ""
		if len(f) >= 2 {
			role = f[1]
		}
		titleRole[f[0]] = role
		addPluralTitle(f[0], role) // listtitles.go
		if n := len(strings.Fields(f[0])); n > maxTitleLen {
			maxTitleLen = n
		}
		if strings.HasSuffix(f[0], ".") {
			addLex(f[:1], lxHonor)
		}
	})
	eachLine("data/roles.txt", func(f []string) {
		roleNouns[f[0]] = true
		if n := len(strings.Fields(f[0])); n > maxRoleLen {
			maxRoleLen = n
		}
		wordClasses[roleLead(f[0])] |= wcRoleLead                    // firstRole's filter
		ws := strings.Fields(strings.TrimSuffix(f[0], " in charge")) // the head of "special agent in charge" is "agent", not "charge"
		addLex(ws[len(ws)-1:], lxRole)
	})
	addLex(wordList("national-role"), lxNationalRole)

	// The lexicon is whole: each entry carries its word classes, so that annotate asks
	// wordClasses only of words the lexicon does not know. wordClasses, a package
	// variable, is built before any init runs.
	for _, e := range lexicon {
		e.cls, e.id = wordClasses[e.low], wordIDOf[e.low]
	}
	wordEntries = make(map[string]*lexEntry, len(lexicon)+len(wordClasses))
	for k, e := range lexicon {
		wordEntries[k] = e
	}
	for k, c := range wordClasses {
		if wordEntries[k] == nil {
			wordEntries[k] = &lexEntry{low: k, cls: c, id: wordIDOf[k]}
		}
	}
	for k, id := range wordIDOf {
		if wordEntries[k] == nil {
			wordEntries[k] = &lexEntry{low: k, id: id} // no lexicon entry and no classes
		}
	}
	buildWordTable()
}

func loadCountries() {
	for _, c := range countries.All() {
		name := c.String()
		if name == "" || name == "Unknown" {
			continue
		}
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i]
		}
		countryNames[name] = name
		countryOf[name] = name
		if cap := c.Capital().String(); cap != "" && cap != "None" && cap != "Unknown" {
			if _, ok := countryOf[cap]; !ok {
				countryOf[cap] = name
			}
		}
	}
	eachLine("data/countries.txt", func(f []string) {
		name := f[0]
		countryNames[name] = name
		countryOf[name] = name
		if len(f) >= 2 {
			for _, a := range strings.Split(f[1], "|") {
				if a = strings.TrimSpace(a); a != "" {
					if old, ok := countryNames[a]; ok && old != name {
						for p, c := range countryOf {
							if c == old {
								countryOf[p] = name
							}
						}
					}
					countryNames[a] = name
					countryOf[a] = name
				}
			}
		}
	})
	// a capital whose country was renamed above follows it
	for p, c := range countryOf {
		if n, ok := countryNames[c]; ok && n != c {
			countryOf[p] = n
		}
	}
	delete(countryNames, "Congo")
	countryNames["Congo"] = "Congo"
	countryOf["Washington"] = "United States"
}

// knownTown reports whether the gazetteer holds the name as a town (townCountry), whether
// or not it says the town's country.
func knownTown(name string) bool {
	_, ok := townCountry[name]
	return ok
}

func eachLine(path string, fn func(fields []string)) {
	f, err := dataFS.Open(path)
	if err != nil {
		panic("extraction: missing embedded word list " + path)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if fields[0] == "" {
			continue
		}
		fn(fields)
	}
}
