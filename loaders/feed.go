package loaders

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/factgraph/kg"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

// FeedLoader reads RSS (0.9x, 1.0, 2.0) and Atom feeds with gofeed: one article per
// item, with its date (published, else updated), its link, and the fullest text it
// carries (content:encoded or Atom content, else the description or summary), markup
// stripped. The publisher is the item's or feed's link's outlet when kg knows the
// domain, else the feed's title up to its first separator ("Reuters: World News" →
// "Reuters").
//
// Items are numbered from 1 and their Path is "path#N". An item without text is an
// error for that item (ErrNotArticle) and the other items still load; a feed that
// cannot be parsed is one ErrSyntax, and one that nests elements deeper than
// MaxFeedDepth is refused with ErrTooDeep before gofeed sees it (gofeed reads nested
// extension elements recursively: 2.5 million of them overflow the stack, which ends
// the process).
type FeedLoader struct{}

var _ Loader = FeedLoader{}

// Name is "feed".
func (FeedLoader) Name() string { return "feed" }

// Extensions are .rss, .atom, .feed.
func (FeedLoader) Extensions() []string { return []string{".rss", ".atom", ".feed"} }

// Sniff claims XML (a .xml or any other file) whose root element is <rss>, <feed> or
// <rdf:RDF>.
func (FeedLoader) Sniff(head []byte) bool {
	h := skipXMLProlog(head)
	// Skip a doctype, then look at the root element.
	if bytes.HasPrefix(h, []byte("<!DOCTYPE")) || bytes.HasPrefix(h, []byte("<!doctype")) {
		if i := bytes.IndexByte(h, '>'); i > 0 {
			h = skipXMLProlog(h[i+1:])
		}
	}
	for _, root := range []string{"<rss", "<feed", "<rdf:RDF", "<RDF"} {
		if bytes.HasPrefix(h, []byte(root)) && len(h) > len(root) {
			c := h[len(root)]
			if c == ' ' || c == '>' || c == '\n' || c == '\r' || c == '\t' {
				return true
			}
		}
	}
	return false
}

// MaxFeedDepth is how deeply a feed's XML elements may nest; real feeds nest a few
// levels, XHTML content a few dozen.
const MaxFeedDepth = 1000

// Read returns one article per item; see FeedLoader for bad items.
func (FeedLoader) Read(path string, data []byte) (Result, error) {
	if err := checkXMLDepth(data, MaxFeedDepth); err != nil {
		return Result{}, err
	}
	feed, err := parseFeed(data)
	if err != nil {
		return Result{}, fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	feedPublisher := ""
	if feed.Link != "" {
		feedPublisher = PublisherFromURL(feed.Link)
	}
	if feedPublisher == "" {
		feedPublisher = outletFromFeedTitle(feed.Title)
	}
	var res Result
	var errs recordErrors
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		a, err := feedArticle(fmt.Sprintf("%s#%d", path, i+1), it, feedPublisher)
		if err != nil {
			errs.add(fmt.Errorf("item %d: %w", i+1, err))
			continue
		}
		res.Articles = append(res.Articles, a)
	}
	if len(feed.Items) == 0 {
		return res, fmt.Errorf("%w: the feed has no items", ErrNotArticle)
	}
	return res, errs.err()
}

// checkXMLDepth reads data's XML elements with the decoder settings gofeed uses (not
// strict, charsets converted), without building anything, and fails with ErrTooDeep
// when they nest more than max deep. XML the decoder cannot read is left to gofeed to
// report.
func checkXMLDepth(data []byte, max int) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	depth := 0
	for {
		tok, err := d.RawToken()
		if err != nil {
			return nil
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
			if depth > max {
				return fmt.Errorf("%w: the feed nests XML elements more than %d deep", ErrTooDeep, max)
			}
		case xml.EndElement:
			depth--
		}
	}
}

// parseFeed runs gofeed, turning a panic of the parser into an error.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

func feedArticle(path string, it *gofeed.Item, feedPublisher string) (kg.Article, error) {
	text := it.Content
	if strings.TrimSpace(text) == "" {
		text = it.Description
	}
	paras := articleParagraphs(text)
	if len(paras) == 0 {
		return kg.Article{}, fmt.Errorf("%w: no text", ErrNotArticle)
	}
	a := kg.Article{Path: path, Format: "feed", Body: joinBody(paras), Title: cleanTitle(it.Title)}
	if a.Title == "" {
		a.Title = headlineFrom(paras[0])
	}
	link := it.Link
	if link == "" && len(it.Links) > 0 {
		link = it.Links[0]
	}
	var pv provenance
	if link != "" {
		pv.redirect = isRedirect(unescapeURL(link))
		a.URL = unwrapRedirect(link)
	}
	a.Published = feedDate(it)
	// The item's own outlet (its link's domain) before the feed's; an aggregator's
	// items are signed in their headlines.
	if PublisherFromURL(a.URL) == "" && !pv.redirect {
		pv.publisher = feedPublisher
	}
	settlePublisher(&a, pv, paras)
	a.Identify()
	return a, nil
}

// outletFromFeedTitle takes the outlet's name from a feed's title: "Reuters: World
// News" → "Reuters", "BBC News - World" → "BBC".
func outletFromFeedTitle(title string) string {
	title = collapseSpace(title)
	for _, sep := range []string{": ", " - ", " – ", " — ", " | ", " > ", " » "} {
		if i := strings.Index(title, sep); i > 0 {
			title = title[:i]
		}
	}
	if title == "" {
		return ""
	}
	return canonicalPublisher(title)
}

// feedDate is the item's publication date (else its update date) in the zone the feed
// wrote it in: gofeed's parsed times are UTC, which can move a report to the day
// before.
func feedDate(it *gofeed.Item) time.Time {
	for _, s := range []string{it.Published, it.Updated} {
		if t, ok := parseDate(s); ok {
			return t
		}
	}
	switch {
	case it.PublishedParsed != nil:
		return *it.PublishedParsed
	case it.UpdatedParsed != nil:
		return *it.UpdatedParsed
	case it.DublinCoreExt != nil && len(it.DublinCoreExt.Date) > 0:
		t, _ := parseDate(it.DublinCoreExt.Date[0])
		return t
	}
	return time.Time{}
}
