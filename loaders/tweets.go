package loaders

import (
	"strings"
	"unicode"
)

// Embedded tweets. A page embeds a tweet as <blockquote class="twitter-tweet"> holding
// the tweet's text, then "— Writer Name (@handle)" and a link to its date. Read as
// prose, its words would be the article's own and its writer a stray line; kg writes
// each tweet as a paragraph of its own in the shape the quote reader knows:
//
//	Writer Name tweeted: “the tweet's text”
//
// so that the writer is the quote's speaker and the source of any figure read inside
// it. The handle is left out: its words ("@kiel_phillips") would be read as names or as
// words the article writes in lower case, and the writer's own name would suffer
// ("Phillips", an organization); kg's data model has no place for a handle. The tweet's
// t.co and pic.twitter.com links are left out too.

// tweetParagraph turns the text of an embedded tweet into its paragraph. ok is false
// when the text does not end with "— Name (@handle) date", and the caller keeps the text
// as it was; a tweet with a writer but no words left (a photo only) is "" and ok.
func tweetParagraph(text string) (para string, ok bool) {
	at := strings.LastIndex(text, "(@")
	if at < 0 {
		return "", false
	}
	dash := strings.LastIndex(text[:at], "—")
	if dash < 0 {
		return "", false
	}
	writer := strings.TrimSpace(text[dash+len("—") : at])
	end := strings.IndexByte(text[at:], ')')
	if end < 0 || strings.ContainsAny(writer, "“”\"") {
		return "", false
	}
	handle := text[at+2 : at+end]
	if handle == "" || strings.ContainsFunc(handle, func(r rune) bool { return !isHandleRune(r) }) {
		return "", false
	}
	if !strings.ContainsFunc(writer, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		writer = handle // a name of emoji only: the handle names the writer
	}
	said := tweetWords(text[:dash])
	if said == "" {
		return "", true
	}
	return writer + " tweeted: “" + said + "”", true
}

// isHandleRune reports whether r may stand in a Twitter handle (letters, digits, '_').
func isHandleRune(r rune) bool {
	return r == '_' || r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// tweetWords is the tweet's text without its links to t.co and pic.twitter.com, in one
// line, its double quotation marks made single so that the quotation around it pairs.
func tweetWords(s string) string {
	words := strings.Fields(s)
	kept := words[:0]
	for _, w := range words {
		// a link may run on from the word before it ("#rebelheartpic.twitter.com/x")
		if i := tweetLinkAt(w); i == 0 {
			continue
		} else if i > 0 {
			w = w[:i]
		}
		kept = append(kept, w)
	}
	return strings.NewReplacer("“", "‘", "”", "’", "\"", "'").Replace(strings.Join(kept, " "))
}

// tweetLinks open the links a tweet carries that are no words of its writer.
var tweetLinks = []string{"pic.twitter.com/", "https://t.co/", "http://t.co/"}

// tweetLinkAt is where a link to t.co or pic.twitter.com starts in the word w, or -1.
func tweetLinkAt(w string) int {
	lw := strings.ToLower(w)
	if strings.HasPrefix(lw, "t.co/") {
		return 0
	}
	at := -1
	for _, l := range tweetLinks {
		if i := strings.Index(lw, l); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}
