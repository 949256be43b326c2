package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Documents that speak: a report quotes or cites a statement, an advisory, a letter or
// court documents as if they spoke ("the statement said", "the advisory said", "court
// documents showed", "according to court documents"). Who speaks is the document's
// author when the article names one: in the phrase itself ("a statement from her
// office", "the FBI alert", "a letter signed by X"), or where the article brought the
// document in ("fire officials said in a statement" … "the statement said"; "X said in
// a confidential advisory" … "the advisory said"). A figure's source with no author
// named is the documents themselves when a modifier says which ("court documents").

// documentNouns are the heads of documents a report lets speak.
var documentNouns = newTokSet(map[string]bool{"statement": true, "statements": true, "advisory": true,
	"alert": true, "report": true, "reports": true, "letter": true, "disclosure": true, "disclosures": true, "release": true, "filing": true, "filings": true,
	"document": true, "documents": true, "records": true, "memo": true, "email": true,
	"notice": true, "bulletin": true, "complaint": true, "indictment": true, "affidavit": true,
	"study": true, "survey": true, "audit": true, "communique": true, "transcript": true,
	"lawsuit": true, "warning": true, "suit": true, "petition": true, "motion": true,
	// publications speak for their publishers: "the paper said", "the ministry website
	// said" (brought in as "the Global Times newspaper", "a website run by the ministry")
	"newspaper": true, "paper": true, "website": true, "editorial": true})

// authorMarks follow a document's noun and lead to its author: "a statement from X",
// "a letter signed by X".
var authorMarks = newTokSet(map[string]bool{"from": true, "by": true})

// bringingVerbs bring a document into a report with its author as their subject: "X
// issued a statement", "X said in a statement", "X filed a lawsuit".
var bringingVerbs = newTokSet(map[string]bool{"issued": true, "released": true, "sent": true,
	"published": true, "posted": true, "filed": true, "wrote": true, "distributed": true, "circulated": true,
	"conducted": true}) // "the institute, which conducted the study": its authors

// documentHead returns the token of the document noun that heads the phrase a..b-1 (a
// determiner and a few modifiers, the noun, and nothing after it but what names its
// author: "the statement", "a U.S. Department of Justice statement", "a statement from
// her office", "court documents"); or -1.
func (rd *reader) documentHead(a, b int) int {
	for k := a; k < b && k-a <= 6; k++ {
		if rd.toks[k].kind != tWord && rd.toks[k].kind != tNum && !rd.is(k, wAposS, wRsquoS, wApos, wRsquo) {
			return -1
		}
		if rd.entityOf(k) >= 0 {
			continue
		}
		if !rd.in(k, documentNouns) {
			if rd.toks[k].feat&lxFunc != 0 && !rd.is(k, wThe, wA, wAn, wIts, wHis, wHer, wTheir, wThis, wThat) {
				return -1 // "Reuters calculations based on Google filings": not a document's phrase
			}
			continue
		}
		if k+1 == b || rd.in(k+1, authorMarks) || rd.authorParticiple(k+1) || rd.punct(k+1, ',') && rd.authorParticiple(k+2) {
			return k // "the memo, signed by X"
		}
		return -1
	}
	return -1
}

// authorParticiple reports whether token k opens "signed by", "issued by", "released
// by", "written by" or "sent by": the author follows.
func (rd *reader) authorParticiple(k int) bool {
	return rd.is(k, wSigned, wIssued, wReleased, wWritten, wSent, wFiled, wBrought) && rd.is(k+1, wBy)
}

// documentAuthor returns who the phrase a..b-1, headed by the document noun at h, says
// wrote the document: a person or organization named before the noun ("the FBI alert",
// "Glide's statement") or after "from"/"by" ("a statement from her office", "a letter
// signed by X", "a filing by Google parent company Alphabet Inc": the name that heads
// the phrase); with joint, every author of "by X and Y" ("X and Y"), else the first.
// marked reports whether the phrase says whose the document is ("from"/"by"), named or
// not ("a statement from Broberg's family").
func (rd *reader) documentAuthor(h, a, b int, joint bool) (author string, marked bool) {
	for k := h + 1; k < b && k <= h+3; k++ {
		if !rd.in(k, authorMarks) {
			continue
		}
		var authors []string
		last, rejected := "", false
		for j := k + 1; j < b && j <= k+12; j++ {
			if rd.punct(j, ',') && rejected && last == "" && rd.entityOf(j+1) >= 0 && rd.ents[rd.entityOf(j+1)].typ == kg.Person {
				last, rejected = rd.entName(rd.entityOf(j+1)), false // "from his wife, Joanna"
				break
			}
			if rd.punct(j, ',') || rd.toks[j].kind != tWord && !rd.is(j, wAposS, wRsquoS, wApos, wRsquo) || rd.is(j, wWhich, wThat, wWho, wSaid, wSays, wOn, wIn, wAbout, wTo, wFor, wAt) {
				break
			}
			if rd.is(j, wAnd) {
				if last != "" {
					authors = append(authors, last)
				}
				last = ""
				continue
			}
			if au := rd.authorAt(j, true); au != "" {
				last = au // the last name heads the phrase: "Google parent company Alphabet Inc"
			} else if rd.entityOf(j) >= 0 && rd.ents[rd.entityOf(j)].typ != kg.Place || rd.is(j, wHis, wHer) {
				rejected = true // "from Broberg's family"
			}
			if mi := rd.entAt[j]; mi >= 0 {
				j = max(j, rd.mentions[mi].b-1)
			}
		}
		if last != "" {
			authors = append(authors, last)
		}
		if len(authors) == 0 {
			return "", rejected // "from the governor's office": a description, read as before
		}
		if !joint {
			return authors[0], true
		}
		return strings.Join(authors, " and "), true
	}
	for k := h - 1; k >= a; k-- {
		if au := rd.authorAt(k, false); au != "" {
			return au, false
		}
	}
	return "", false
}

// describedAuthor reports whether a word before the document noun at h (from a) says
// whose the document is without a name: "a family statement", "a police report".
func (rd *reader) describedAuthor(h, a int) bool {
	for k := h - 1; k >= a; k-- {
		if rd.entityOf(k) < 0 && (rd.in(k, speakerHeads) || rd.is(k, wFamily, wFamilies) || rd.isPersonNoun(k)) {
			return true
		}
	}
	return false
}

// authorAt returns the person or organization named at token k, or the person a
// possessive pronoun there stands for; or "". A possessive speaks for its owner only
// through an office ("her office", "the mayor's office"), not through a family or a
// lawyer ("Broberg's family").
func (rd *reader) authorAt(k int, owned bool) string {
	end := k + 1
	if mi := rd.entAt[k]; mi >= 0 {
		end = rd.mentions[mi].b
	}
	if owned && (rd.is(end, wAposS, wRsquoS, wApos, wRsquo) && !rd.is(end+1, wOffice) || rd.is(k, wHis, wHer) && !rd.is(k+1, wOffice)) {
		return ""
	}
	if e := rd.entityOf(k); e >= 0 {
		if t := rd.ents[e].typ; (t == kg.Person || t == kg.Organization || t == kg.Group) && !rd.mentions[rd.entAt[k]].demonym {
			return rd.entName(e)
		}
		return ""
	}
	if rd.is(k, wHis, wHer) {
		return rd.pronoun(k)
	}
	return ""
}

// documentSpeaker returns who speaks when the phrase a..b-1 before (or after) a verb of
// saying is a document: its author named in the phrase, else, for "the statement" or
// "its report", the author named where the article brought it in (joint: as
// documentAuthor). settled reports
// whether the phrase is a document whose author that is, or whose author the report
// leaves unnamed ("a statement from Pell's family": no name of the article speaks);
// when it is false, the phrase is no document or nothing says whose it is.
func (rd *reader) documentSpeaker(a, b int, joint bool) (author string, settled bool) {
	h := rd.documentHead(a, b)
	if h < 0 {
		return "", false
	}
	if rd.describedAuthor(h, a) {
		if rd.is(a, wThe) && documentStem(rd.low(h)) == "website" {
			// "the ministry website said": the website brought in before ("a website
			// run by the Interior Ministry")
			au, _ := rd.documentIntroduction(h, joint)
			return au, au != ""
		}
		return "", false // "a family statement released by X": the family's, read as before
	}
	au, marked := rd.documentAuthor(h, a, b, joint)
	if au != "" || marked {
		return au, true
	}
	if rd.is(a, wThe, wThis, wThat, wIts) {
		au, settled := rd.documentIntroduction(h, joint)
		return au, au != "" || settled
	}
	return "", false
}

// documentIntroduction finds the author of the document noun at h where the article
// brought that document in: the nearest earlier use of the same noun whose phrase names
// an author ("a statement from the mayor's office") or whose clause does ("fire
// officials said in a statement", "the group issued a statement"). Returns to the same
// document ("the statement said" again) are passed over. unnamed reports that the
// nearest introduction brings the document in with "a" and names no author ("A
// statement posted on the university website"): no one, not an older statement's author.
func (rd *reader) documentIntroduction(h int, joint bool) (author string, unnamed bool) {
	head := documentStem(rd.low(h))
	label := rd.documentLabel(h)
	for j := h - 1; j >= 0 && h-j < 1500; j-- {
		if rd.toks[j].kind != tWord || rd.quoteOf[j] != 0 {
			continue
		}
		if rd.sentOf(j) < len(rd.sents) {
			if au, ok := rd.suedFiler(j, rd.sents[rd.sentOf(j)].start, head); ok {
				return au, false // "X sued Y" … "the suit claims"
			}
		}
		if !rd.sameDocument(j, head) || rd.reportingVerb(j) {
			continue
		}
		kin := documentStem(rd.low(j)) != head // "filed a lawsuit" … "the complaint said"
		if label >= 0 && !rd.labelled(j, label, h) {
			continue // "the VAT memo said": not the memo the article brought in before
		}
		si := rd.sentOf(j)
		if si >= len(rd.sents) {
			continue
		}
		s := &rd.sents[si]
		a := j
		for a > s.start && j-a < 6 && rd.toks[a-1].kind == tWord && !rd.isSpeech(a-1) && !rd.in(a-1, bringingVerbs) && !rd.is(a-1, wIn) && !rd.in(a-1, aboutDocument) {
			a--
		}
		end := j + 1
		for end < s.b && end-j <= 6 && !rd.punct(end, ',') && rd.toks[end].kind != tStop {
			end++
		}
		if rd.describedAuthor(j, a) {
			if kin {
				continue // "a BDA court filing" … "the lawsuit": perhaps another paper of the case
			}
			return "", false // "according to a family statement released by X"
		}
		if au, marked := rd.documentAuthor(j, a, end, joint); au != "" || marked && !kin {
			return au, false // named, or brought in by whom the report does not name
		}
		if v := rd.bringingVerb(j, s.start); v >= 0 {
			if rd.modifiedFiler(v) {
				return "", false // "A Facebook Inc (FB.O) shareholder filed a lawsuit": not the company's
			}
			if rd.is(v-1, wWhich, wWho) && rd.punct(v-2, ',') {
				// "Researchers at the Tallis Institute, which conducted the study": the
				// name the relative clause hangs on
				if e := rd.entityOf(v - 3); e >= 0 && rd.ents[e].typ != kg.Place {
					return rd.entName(e), false
				}
				return "", false
			}
			if p := rd.phraseStart(v, s.start); p < v {
				if sp := rd.speakerNP(p, v); sp != "" {
					return sp, false // "…, police said in a statement": not a name earlier in the sentence
				}
			}
			return rd.subjectBefore(v, s.start), false
		}
		if !kin && rd.indefiniteDocument(a, j) {
			return "", true // "A statement posted on the university website confirmed …": brought in with no author, not an older statement's
		}
	}
	return "", false
}

// indefiniteDocument reports whether the phrase a..j opens with "a" or "an" before the
// document noun at j, and nothing after the noun says whose it is: where the report
// first brings in a document of no one it names. A publication ("a reformist newspaper")
// speaks for itself, and "a statement from the government" is the government's, as the
// speaker readers read it.
func (rd *reader) indefiniteDocument(a, j int) bool {
	if rd.in(j, publicationNouns) || rd.in(j+1, authorMarks) || rd.authorParticiple(j+1) {
		return false
	}
	for k := a; k < j; k++ {
		if rd.is(k, wA, wAn) {
			return true
		}
	}
	return false
}

// modifiedFiler reports whether the words right before the bringing verb at v are a
// name used as a modifier of an unnamed head ("A Facebook Inc shareholder filed", "a
// Talos Inc (TLS.O) investor filed"): the head filed the document, not the name.
func (rd *reader) modifiedFiler(v int) bool {
	n := v - 1
	if n < 0 || rd.entityOf(n) >= 0 || !(rd.in(n, speakerHeads) || rd.isPersonNoun(n) || rd.in(n, filerHeads)) {
		return false
	}
	m := n - 1
	if rd.punct(m, ')') {
		for k := m - 1; k >= 0 && m-k <= 5; k-- {
			if rd.punct(k, '(') {
				m = k - 1 // a ticker: "Talos Inc (TLS.O) shareholder"
				break
			}
		}
	}
	return rd.entityOf(m) >= 0
}

// filerHeads are the unnamed heads a firm's name modifies when they file a document
// against it ("a Talos Inc shareholder filed a lawsuit").
var filerHeads = newTokSet(map[string]bool{"shareholder": true, "shareholders": true, "investor": true,
	"investors": true, "customer": true, "customers": true, "employee": true, "employees": true,
	"client": true, "clients": true, "user": true, "users": true, "worker": true, "workers": true})

// documentLabel returns the word right before the document noun at h that says which
// of several such documents it is ("the VAT memo", "the pension report"), or -1 when
// nothing before it does (a determiner, a name, a word that says whose it is such as
// "ministry", or a generic word such as "new").
func (rd *reader) documentLabel(h int) int {
	k := h - 1
	if k < 0 || rd.toks[k].kind != tWord || rd.entityOf(k) >= 0 || rd.toks[k].feat&lxFunc != 0 || rd.in(k, genericDocWords) {
		return -1
	}
	if rd.in(k, speakerHeads) || rd.isPersonNoun(k) || rd.toks[k].feat&(lxOrgHead|lxRole|lxGroup) != 0 {
		return -1 // "the ministry website": whose it is, as describedAuthor reads it
	}
	if !rd.is(k-1, wThe, wThis, wThat) {
		return -1
	}
	return k
}

// labelled reports whether the document noun at j has the label word at l (as
// documentLabel finds it for the noun at h) among the few words before it.
func (rd *reader) labelled(j, l, h int) bool {
	if j == h {
		return true
	}
	for k := j - 1; k >= 0 && j-k <= 4; k-- {
		if rd.low(k) == rd.low(l) {
			return true
		}
	}
	return false
}

// genericDocWords are the words before a document noun that do not tell one document
// from another: "the new report" may be the report the article brought in before.
var genericDocWords = newTokSet(map[string]bool{"new": true, "latest": true, "same": true,
	"original": true, "full": true, "earlier": true, "internal": true, "confidential": true,
	"final": true, "draft": true, "written": true, "brief": true, "short": true, "joint": true,
	"official": true, "annual": true, "first": true, "second": true, "previous": true,
	"recent": true, "detailed": true, "lengthy": true, "separate": true, "initial": true,
	"leaked": true, "secret": true, "unpublished": true, "private": true, "public": true})

// documentStem is the document noun w as documentIntroduction matches it: singular, and
// "newspaper" the same as "paper" ("the Global Times newspaper" … "the paper said").
func documentStem(w string) string {
	w = strings.TrimSuffix(w, "s")
	if w == "newspaper" {
		return "paper"
	}
	return w
}

// bringingVerb returns the verb that brings in the document noun at j ("said in a
// confidential statement", "issued a statement"): the verb of saying or of issuing
// right before the noun's phrase, with nothing but "in", a determiner, modifiers and
// quotation marks between; or -1.
func (rd *reader) bringingVerb(j, start int) int {
	for v := j - 1; v >= start && j-v <= 8; v-- {
		if rd.toks[v].kind == tOpenQ || rd.toks[v].kind == tCloseQ {
			continue
		}
		if rd.toks[v].kind != tWord {
			return -1
		}
		if rd.in(v, bringingVerbs) || rd.isSpeech(v) && rd.is(v+1, wIn) {
			if rd.is(v-1, wIs, wAre, wWas, wWere, wBeen, wBe, wBeing) {
				return -1 // "was acknowledged in a statement": who acknowledged, it does not say
			}
			return v
		}
	}
	return -1
}

// namedDocuments returns the documents a..b-1 name as a figure's source when no author
// is named: a plural document noun with a modifier and no determiner ("court
// documents", "police records"); or "".
func (rd *reader) namedDocuments(a, b int) string {
	h := rd.documentHead(a, b)
	if h < 0 || h != b-1 || h == a || !plural(rd.low(h)) || rd.is(a, wThe, wA, wAn, wThese, wThose, wIts, wTheir) {
		return ""
	}
	return strings.ToLower(rd.span(a, b))
}

// phraseEnd returns the end of the phrase from token a: the first comma, stop or
// quotation mark before end, or end. A comma before "signed by" (or "issued by" …) goes
// on to the author ("the memo, signed by X"), one before a person's name ends after it
// ("a statement from his wife, Joanna").
func (rd *reader) phraseEnd(a, end int) int {
	for k := a; k < end; k++ {
		if rd.punct(k, ',') && rd.authorParticiple(k+1) {
			continue
		}
		if mi := rd.entAt[min(k+1, len(rd.toks)-1)]; rd.punct(k, ',') && mi >= 0 && rd.mentions[mi].ent >= 0 && rd.ents[rd.mentions[mi].ent].typ == kg.Person {
			return min(rd.mentions[mi].b, end) // "a statement from his wife, Joanna"
		}
		if rd.punct(k, ',') || rd.punct(k, ';') || rd.toks[k].kind == tStop || rd.toks[k].kind == tOpenQ || rd.toks[k].kind == tCloseQ {
			return k
		}
	}
	return end
}

// phraseStart returns the start of the words right before token v: back over up to
// eight words to a comma, a quotation mark or start.
func (rd *reader) phraseStart(v, start int) int {
	a := v
	for a > start && v-a < 8 && rd.toks[a-1].kind == tWord && rd.quoteOf[a-1] == 0 {
		a--
	}
	return a
}

// recordNouns head what a report lets "show" a figure with the plural verb: "court
// records show", "figures from the census bureau show", "data compiled by Initech show".
var recordNouns = newTokSet(map[string]bool{"records": true, "documents": true, "filings": true,
	"data": true, "figures": true, "statistics": true, "numbers": true, "estimates": true,
	"polls": true, "surveys": true, "studies": true, "results": true})

// recordCarriers lead from a record noun to whose records they are: "statistics from
// Acme", "data compiled by Initech" (not "obtained by": who obtained them is no author).
var recordCarriers = newTokSet(map[string]bool{"from": true, "by": true, "compiled": true,
	"released": true, "provided": true, "published": true, "collected": true})

// recordsShow reads token k as the plural "show" whose subject is records and returns
// where that subject opens, or -1: the record noun right before it ("court records
// show"), or one that a carrier ("from", "compiled by") joins to a name before it
// ("Statistics from Acme show"), within the clause, with its modifiers back to a
// determiner ("campaign finance records", "the Global Web Index data"). "Shows" and
// "showed" are verbs of saying already (isSourceVerb); the plural alone is also a noun
// ("the show", "TV show") and an infinitive ("to show").
func (ff *figureFinder) recordsShow(k int) int {
	if !ff.is(k, wShow) || ff.toks[k].kind != tWord || ff.toks[k].has(fCap) {
		return -1
	}
	for j := k - 1; j >= 0 && k-j <= 10; j-- {
		if ff.toks[j].kind != tWord || ff.quoteOf[j] != 0 {
			return -1
		}
		if ff.in(j, recordNouns) {
			if j != k-1 && !ff.in(j+1, recordCarriers) {
				return -1
			}
			return ff.recordsModifiers(j)
		}
		if ff.entityOf(j) < 0 && ff.toks[j].feat&lxFunc != 0 && !ff.is(j, wThe, wA, wAn, wBy, wFrom) {
			return -1 // "to show", "will show", "that show"
		}
	}
	return -1
}

// recordsModifiers returns where the phrase headed by the record noun at h opens: back
// over names and content words to a determiner, at most four words, never across a
// function word ("where polls show": "polls" alone) but "and" after another record noun
// ("property records and creditor filings").
func (ff *figureFinder) recordsModifiers(h int) int {
	a := h
	for a > 0 && h-a < 4 && ff.toks[a-1].kind == tWord && ff.quoteOf[a-1] == 0 {
		p := a - 1
		if ff.is(p, wThe, wA, wAn) {
			return p
		}
		if ff.is(p, wAnd) && p > 0 && ff.in(p-1, recordNouns) {
			a = ff.recordsModifiers(p - 1) // "property records and creditor filings"
			break
		}
		if ff.entityOf(p) < 0 && (ff.toks[p].feat&(lxFunc|lxSpeech|lxPronoun) != 0 || strings.HasSuffix(ff.low(p), "ly")) {
			break
		}
		a = p
	}
	return a
}

// publicationNouns are the document nouns that name who publishes them as well ("a
// reformist newspaper said"): a speaker in their own right.
var publicationNouns = newTokSet(map[string]bool{"newspaper": true, "paper": true, "website": true, "editorial": true})

// documentNamed reports whether a quote's speaker, as the speaker readers found it, is a
// document by its words ("statement", "a joint statement", "city statement"): its last
// word a lower-case document noun that is no publication. A name ("Drudge Report") is
// capitalised.
func documentNamed(speaker string) bool {
	w := speaker[strings.LastIndexByte(speaker, ' ')+1:]
	return w != "" && w == strings.ToLower(w) && documentNouns.has(w) && !publicationNouns.has(w)
}

// documentDescriber returns who the words before a document's noun say issued it, for
// a speaker documentNamed finds to be a document: "a city statement" is the city's, "the
// army command statement" the army command's. Determiners and words that only tell one
// document from another ("a joint statement") say no one; nor does a possessive whose
// owner is no name ("the North's statement"): "".
func documentDescriber(speaker string) string {
	words := strings.Fields(speaker)
	words = words[:len(words)-1]
	if len(words) > 0 && (words[0] == "a" || words[0] == "an" || words[0] == "the" || words[0] == "A" || words[0] == "The") {
		words = words[1:]
	}
	for len(words) > 0 && genericDocWords.hasLower(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	for _, w := range words {
		if strings.ContainsAny(w, "'’") || genericDocWords.hasLower(w) {
			return ""
		}
	}
	return strings.Join(words, " ")
}
