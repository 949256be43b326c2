package loaders

import (
	_ "embed"
	"html"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/factgraph/kg"
)

//go:embed publishers.txt
var publishersTxt string

// outletTable is publishers.txt, indexed.
type outletTable struct {
	byHost map[string]string // "reuters.com" → "Reuters"
	byName map[string]string // normName("NBCNews.com") → "NBC News"
}

var outlets = sync.OnceValue(func() *outletTable {
	t := &outletTable{byHost: map[string]string{}, byName: map[string]string{}}
	for _, line := range strings.Split(publishersTxt, "\n") {
		if line = strings.TrimRight(line, "\r"); line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		name := strings.TrimSpace(f[0])
		t.byName[normName(name)] = name
		if len(f) > 1 {
			for _, h := range strings.Fields(f[1]) {
				t.byHost[strings.ToLower(h)] = name
			}
		}
		if len(f) > 2 {
			for _, alias := range strings.Split(f[2], ";") {
				if n := normName(alias); n != "" {
					t.byName[n] = name
				}
			}
		}
	}
	return t
})

// normName folds an outlet's name for comparison: case, spaces, punctuation, a
// leading "The" and a trailing ".com" do not count ("The Washington Post",
// "washingtonpost.com" and "Washington Post" are one).
func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	for _, tld := range []string{".com", ".org", ".net", ".co.uk"} {
		s = strings.TrimSuffix(s, tld)
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// PublisherFromURL names the outlet behind an article's address from the table of
// known outlets ("http://feeds.reuters.com/…" → "Reuters", "www.nytimes.com" → "The
// New York Times"), looking through Google News redirect links. It returns "" for an
// address it does not know.
func PublisherFromURL(u string) string {
	host := hostOf(unwrapRedirect(u))
	t := outlets()
	for host != "" {
		if name, ok := t.byHost[host]; ok {
			return name
		}
		i := strings.IndexByte(host, '.')
		if i < 0 || strings.IndexByte(host[i+1:], '.') < 0 {
			break // never match a bare top-level domain
		}
		host = host[i+1:]
	}
	return ""
}

// knownOutlet returns the table's name for an outlet's name or alias.
func knownOutlet(name string) (string, bool) {
	n, ok := outlets().byName[normName(name)]
	return n, ok
}

// canonicalPublisher returns the table's name for a known outlet, else name tidied.
func canonicalPublisher(name string) string {
	name = collapseSpace(html.UnescapeString(name))
	if n, ok := knownOutlet(name); ok {
		return n
	}
	return name
}

// hostOf returns the lower-case host of an address, without port.
func hostOf(u string) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	if !strings.Contains(u, "://") {
		if strings.HasPrefix(u, "//") {
			u = "http:" + u
		} else {
			u = "http://" + u
		}
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(strings.ToLower(p.Hostname()), ".")
}

// unwrapRedirect returns the real address inside an aggregator's redirect link
// ("http://news.google.com/news/url?…&url=http://www.latimes.com/…"), or u as it is.
// Entities such as "&#038;" are decoded first.
func unwrapRedirect(u string) string {
	u = strings.TrimSpace(u)
	if strings.IndexByte(u, '&') >= 0 {
		u = html.UnescapeString(u)
	}
	if !isRedirect(u) {
		return u
	}
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	q := p.Query()
	for _, k := range []string{"url", "q", "u"} {
		if v := q.Get(k); strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
			return v
		}
	}
	return u
}

// isRedirect reports whether u is an aggregator's redirect link, whose headlines end in
// the outlet's name ("… - Los Angeles Times").
func isRedirect(u string) bool {
	h := hostOf(u)
	if h != "news.google.com" && h != "www.google.com" && h != "google.com" {
		return false
	}
	return strings.Contains(u, "/url?")
}

// titleSeparators divide a headline from the outlet's name that signs it.
var titleSeparators = []string{" - ", " – ", " — ", " | ", " :: ", " · ", " « ", " » "}

// splitTitleSuffix splits "Headline - Outlet" into its parts; suffix is "" when the
// headline is not signed.
func splitTitleSuffix(title string) (head, suffix string) {
	cut := -1
	sepLen := 0
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > cut {
			cut, sepLen = i, len(sep)
		}
	}
	if cut < 10 {
		return title, ""
	}
	suffix = strings.TrimSpace(title[cut+sepLen:])
	if suffix == "" || len(suffix) > 60 || len(strings.Fields(suffix)) > 7 {
		return title, ""
	}
	return strings.TrimSpace(title[:cut]), suffix
}

// moreOn finds site furniture that names the outlet: "More on GlobalPost: …",
// "More from The Guardian: …".
var moreOn = regexp.MustCompile(`^More (?:on|from|at) ((?:The )?[A-Z0-9][\w.&'!-]*(?: [A-Z0-9][\w.&'!-]*){0,3}):\s+\S`)

// publisherFromFurniture returns the outlet named by every "More on X:" line of the
// body, or "" when there is none or they disagree.
func publisherFromFurniture(paras []string) string {
	found := ""
	for _, p := range paras {
		if !strings.HasPrefix(p, "More ") {
			continue
		}
		m := moreOn.FindStringSubmatch(p)
		if m == nil {
			continue
		}
		if found != "" && normName(found) != normName(m[1]) {
			return ""
		}
		found = m[1]
	}
	return found
}

// provenance is what a loader knows about an article's origin besides its text.
type provenance struct {
	publisher string // from the file's metadata
	// redirect is true when the article's link came through an aggregator (Google
	// News), whose headlines always end with the outlet's name.
	redirect bool
}

// settlePublisher gives the article its Publisher: from the metadata, else the URL's
// domain, else the outlet that signs the headline, else the "More on X:" lines of
// the body. It removes the outlet's name from the end of the title when it names the
// publisher.
func settlePublisher(a *kg.Article, pv provenance, paras []string) {
	head, suffix := splitTitleSuffix(a.Title)
	host := hostOf(a.URL)
	switch {
	case pv.publisher != "":
		a.Publisher = canonicalPublisher(pv.publisher)
	case a.URL != "" && PublisherFromURL(a.URL) != "":
		a.Publisher = PublisherFromURL(a.URL)
	case suffix != "":
		if name, ok := knownOutlet(suffix); ok {
			a.Publisher = name
		} else if pv.redirect || nameMatchesHost(suffix, host) {
			a.Publisher = suffix
		}
	}
	if a.Publisher == "" {
		if name := publisherFromFurniture(paras); name != "" {
			a.Publisher = canonicalPublisher(name)
		}
	}
	if suffix != "" && (pv.redirect || sameOutlet(suffix, a.Publisher) || nameMatchesHost(suffix, host)) {
		a.Title = head
		// "Headline | The Weather Channel - The Weather Channel": signed twice.
		if h, s := splitTitleSuffix(head); s != "" && (sameOutlet(s, a.Publisher) || nameMatchesHost(s, host)) {
			a.Title = h
		}
	}
}

// sameOutlet reports whether two names name the same outlet.
func sameOutlet(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if normName(a) == normName(b) {
		return true
	}
	ka, oka := knownOutlet(a)
	kb, okb := knownOutlet(b)
	return oka && okb && ka == kb
}

// nameMatchesHost reports whether an outlet's name is its web address
// ("seattlepi.com" for www.seattlepi.com, "OregonLive.com" for www.oregonlive.com).
func nameMatchesHost(name, host string) bool {
	n := normName(name)
	if n == "" || host == "" {
		return false
	}
	for _, label := range strings.Split(host, ".") {
		if label == n {
			return true
		}
	}
	return false
}
