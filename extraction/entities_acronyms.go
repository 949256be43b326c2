package extraction

// Acronyms of common nouns. An upper-case word such as "SUV", "IPO" or "GIF" is a common
// noun's initialism, no organization, when the article uses it as a noun: in the plural
// ("two SUVs") or as the head after "a"/"an" ("bought an SUV.", "a GIF that …"), where an
// organization's acronym only ever modifies the noun after it ("a NATO summit", "a CNN
// report"). The initialisms that never take an article ("DNA", "GDP") are in names.txt
// `not-names`. An acronym the word lists know stays a name.

// nounAcronyms returns the upper-case words the article d uses as common nouns.
func nounAcronyms(d *doc) map[string]bool {
	var out map[string]bool
	add := func(w string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[w] = true
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord {
			continue
		}
		w := d.tok(i)
		if pluralAcronym(w) {
			add(w[:len(w)-1])
			continue
		}
		if t.has(fUpper) && len(w) <= 6 && lettersOnly(w) && (d.articleHead(i) || d.techNounAfter(i) || d.spelledOutAcronym(i) || d.superAcronym(i) || d.sizedAcronym(i)) {
			add(w)
		}
	}
	return out
}

// acronymTechNouns are the lower-case nouns of a device's part, a format or a signal
// that follow a technology's initialism ("a SIM card", "the HDMI port", "an OLED
// display", "PGP encryption", "QR codes", "SMS text fees", "CGI effects"): the initialism
// is a common noun's, no body's. Nouns a body's acronym modifies as often are left out
// ("rules", "video", "content", "software", "network", "messages", "keys", "clients",
// "cable", "requests", "panel": "FCC rules", "CNN video", "SWIFT messages", "FX cable",
// "an NFL panel").
var acronymTechNouns = newTokSet(map[string]bool{"card": true, "cards": true, "port": true, "ports": true,
	"display": true, "displays": true, "screen": true, "screens": true,
	"viewfinder": true, "sensor": true, "sensors": true, "chip": true, "chips": true, "processor": true,
	"processors": true, "flash": true, "slot": true, "slots": true, "tray": true, "trays": true,
	"headset": true, "headsets": true, "encryption": true, "codes": true, "values": true, "text": true,
	"signal": true, "connectivity": true, "connection": true, "connections": true, "traffic": true,
	"format": true, "formats": true, "file": true, "files": true, "catchers": true, "mirroring": true,
	"effects": true, "range": true})

// techNounAfter reports whether the upper-case word at token i is followed by one of
// acronymTechNouns, in lower case and not itself the start of a compound ("the SIM
// card-maker"): "put his own SIM card inside it", "an ISO range of 100-25,600".
func (d *doc) techNounAfter(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].kind != tWord || d.toks[i+1].has(fCap) || !d.in(i+1, acronymTechNouns) {
		return false
	}
	if d.punct(i+2, '-') {
		return false
	}
	if d.isWord(i+1, "file", "files") {
		// a verb as often: "ACLU files lawsuit", "the IRS files a claim"; a format's files
		// come after a word of their own ("lossless WAV files", "a double DSD file")
		prev := i - 1
		return prev >= 0 && d.toks[prev].kind == tWord && !d.toks[prev].has(fCap) && !d.is(prev, wThe) &&
			!d.isWord(i+2, "a", "an", "the", "suit", "lawsuit", "for", "charges")
	}
	return true
}

// sizedAcronym reports whether the upper-case word at token i comes after a size in
// bytes, perhaps with "of" between ("4GB RAM", "16GB of RAM", "a 512 GB SSD"): a
// device's part, a common noun, no body.
func (d *doc) sizedAcronym(i int) bool {
	k := i - 1
	if k >= 1 && d.is(k, wOf) {
		k--
	}
	if k < 0 {
		return false
	}
	w := d.tok(k)
	if len(w) >= 2 && (w[len(w)-2:] == "GB" || w[len(w)-2:] == "TB" || w[len(w)-2:] == "MB") {
		if len(w) == 2 {
			return k >= 1 && d.toks[k-1].kind == tNum // "4 GB RAM"
		}
		return w[0] >= '0' && w[0] <= '9' // "4GB RAM"
	}
	return false
}

// superAcronym reports whether the upper-case word at token i follows a lower-case
// "super" ("a pro-Clinton super PAC", "the “super PAC” backing him"): a kind of body, a
// common noun, not one body's name.
func (d *doc) superAcronym(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].kind != tWord && (d.punct(k, '"') || d.tok(k) == "“") {
		k--
	}
	return k >= 0 && d.toks[k].kind == tWord && d.isWord(k, "super")
}

// spelledOutAcronym reports whether the upper-case word at token i is the initials of
// the lower-case words it glosses in brackets, either way round: "the optical low-pass
// filter (OLPF)", "organic light-emitting diode (OLED)", "HDR (high dynamic range)". A
// body's name is capitalised ("the Federal Aviation Administration (FAA)"); a phrase in
// lower case spelled out is a common noun's, unless its head is a body's noun ("the
// counter-terrorism service (CTS)").
func (d *doc) spelledOutAcronym(i int) bool {
	w := d.tok(i)
	if len(w) < 2 {
		return false
	}
	if d.punct(i-1, '(') && d.punct(i+1, ')') {
		for a := i - 2; a >= 0 && a >= i-2-len(w)-2 && d.toks[a].kind == tWord && !d.toks[a].has(fCap); a-- {
			if lowerInitials(d, a, i-1) == w {
				return !d.in(i-2, expansionBodyHeads)
			}
		}
		return false
	}
	if !d.punct(i+1, '(') {
		return false
	}
	b := i + 2
	for b < len(d.toks) && b <= i+2+len(w)+2 && d.toks[b].kind == tWord && !d.toks[b].has(fCap) {
		b++
	}
	return b > i+2 && d.punct(b, ')') && lowerInitials(d, i+2, b) == w && !d.in(b-1, expansionBodyHeads)
}

// expansionBodyHeads end a lower-case gloss that names a body all the same ("the
// counter-terrorism service (CTS)", "the state news agency (SANA)").
var expansionBodyHeads = newTokSet(map[string]bool{"service": true, "agency": true, "office": true,
	"committee": true, "department": true, "force": true, "forces": true, "unit": true, "units": true,
	"council": true, "commission": true, "bureau": true, "authority": true, "group": true, "party": true,
	"court": true, "center": true, "centre": true, "administration": true, "organization": true,
	"association": true, "institute": true, "board": true, "fund": true, "bank": true, "ministry": true,
	"corps": true, "army": true, "network": true, "company": true, "alliance": true, "front": true})

// lowerInitials returns the upper-cased initials of the lower-case words a..b-1, each
// hyphened part counting ("low-pass" gives "LP"), function words skipped ("of", "and");
// "" when a word opens on no ASCII letter or there are more than eight initials.
func lowerInitials(d *doc, a, b int) string {
	var buf [8]byte
	n := 0
	for k := a; k < b; k++ {
		if d.toks[k].kind != tWord {
			return ""
		}
		if d.is(k, wOf, wAnd, wThe, wFor, wTo, wA, wAn, wIn, wOn) {
			continue
		}
		w := d.tok(k)
		start := true
		for j := 0; j < len(w); j++ {
			c := w[j]
			if c == '-' {
				start = true
				continue
			}
			if !start {
				continue
			}
			start = false
			if c < 'a' || c > 'z' {
				return ""
			}
			if n == len(buf) {
				return ""
			}
			buf[n] = c - 32
			n++
		}
	}
	return string(buf[:n])
}

// articleHead reports whether the upper-case word at token i heads a noun phrase opened
// by "a" or "an", with at most one lower-case word between ("a new SUV"): what follows it
// is a stop or a comma, or a function word other than a relative pronoun ("an SUV in";
// not "an FCC that has …").
func (d *doc) articleHead(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].kind == tWord && !d.toks[k].has(fCap) && !d.is(k, wA, wAn) {
		k-- // "a new SUV"
	}
	if k < 0 || d.toks[k].kind != tWord || !d.isWord(k, "a", "an", "A", "An") {
		return false
	}
	if i+1 >= len(d.toks) {
		return true
	}
	next := &d.toks[i+1]
	if next.kind == tStop || next.kind == tPunct {
		return d.text[next.s] != '-' && d.text[next.s] != '/' // not "a DOCSIS-based modem"
	}
	return next.kind == tWord && !next.has(fCap) && next.feat&lxFunc != 0 && !d.is(i+1, wThat, wWhich, wWho)
}

// nounAcronym reports whether the word at token i is an upper-case word the article uses
// as a common noun (nounAcronyms) and the word lists do not know, alone rather than the
// start of a longer name.
func (ef *entityFinder) nounAcronym(i int) bool {
	w := ef.tok(i)
	if !ef.nounAcr[w] || ef.known(w) {
		return false
	}
	return i+1 >= len(ef.toks) || !ef.isNameWord(i+1)
}

// lettersOnly reports whether w is all ASCII letters (not "EU-U" of "EU-U.S.").
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// loneFunctionWord reports whether the word at token i is a capitalised function word
// ("It", "We", "In", "But") that no name word follows: a pronoun or a conjunction that
// opens a clause after an ellipsis, a quotation mark or a dash ("...He dared"), no name;
// not "May" nor a given name, which can be a person's name alone.
func (ef *entityFinder) loneFunctionWord(si, i int) bool {
	t := &ef.toks[i]
	if t.feat&lxFunc == 0 || !t.has(fCap) || t.has(fUpper) {
		return false
	}
	if w := ef.tok(i); w == "May" || firstNames[w] || ef.known(w) {
		return false // Theresa May, Will Smith: a surname or a given name alone
	}
	return i+1 >= ef.sents[si].b || !ef.isNameWord(i+1)
}

// techAcronymName reports whether the name of tokens a..b-1, of two or three words,
// opens on an initialism the article uses as a common noun (nounAcronyms: "an LTE
// signal", "a SIM card") that the word lists do not know: a version or a make of the
// technology ("LTE Advanced", "HDR OLED TVs"), a thing, no body and no one; not when a
// given name follows ("DJ Jimmy Savile").
func (ef *entityFinder) techAcronymName(a, b, words int) bool {
	if words < 2 || words > 3 || !ef.toks[a].has(fUpper) || ef.superAcronym(a) {
		return false // "a super PAC Right to Rise": the kind of body before its name
	}
	w := ef.tok(a)
	if !ef.nounAcr[w] || ef.known(w) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if firstNames[ef.tok(k)] {
			return false // "DJ Jimmy Savile": a trade before a person's name
		}
	}
	return true
}
