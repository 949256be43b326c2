package loaders

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

func TestPublisherFromURL(t *testing.T) {
	tests := []struct{ url, want string }{
		{"http://feeds.reuters.com/~r/reuters/topNews/~3/AoP06ppuWoM/story01.htm", "Reuters"},
		{"https://www.nytimes.com/2016/01/14/world/asia/jakarta.html", "New York Times"},
		{"http://in.reuters.com/article/x", "Reuters"},
		{"http://abcnews.go.com/International/x", "ABC News"},
		{"http://espn.go.com/nfl/story", "ESPN"},
		{"http://go.com/", ""},
		{"https://www.bbc.co.uk/news/world-35", "BBC"},
		{"http://baltimore.cbslocal.com/2016/x", "CBS Local"},
		{"http://feeds.wired.com/c/35185/f/661370/story01.htm", "Wired"},
		{"http://news.google.com/news/url?sa=t&#038;fd=R&#038;url=http://www.latimes.com/local/x.html", "Los Angeles Times"},
		{"http://news.google.com/news/url?sa=t&fd=R&url=http://www.huffingtonpost.com/entry/x", "Huffington Post"},
		{"www.washingtonpost.com/world/x", "Washington Post"},
		{"https://WWW.CNN.COM:443/2016/x", "CNN"},
		{"https://www.unknown-outlet.example/x", ""},
		{"not a url at all", ""},
		{"", ""},
		{"com", ""},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			if got := PublisherFromURL(tc.url); got != tc.want {
				t.Errorf("PublisherFromURL(%q) = %q, want %q", tc.url, got, tc.want)
			}
		})
	}
}

func TestSettlePublisher(t *testing.T) {
	tests := []struct {
		name, title, url, meta string
		redirect               bool
		body                   []string
		wantTitle, wantPub     string
	}{
		{name: "domain names it, suffix stripped", title: "Quake hits Taiwan - Los Angeles Times",
			url: "http://www.latimes.com/x", wantTitle: "Quake hits Taiwan", wantPub: "Los Angeles Times"},
		{name: "alias in suffix", title: "Obama speaks – NBCNews.com", url: "http://www.nbcnews.com/x",
			wantTitle: "Obama speaks", wantPub: "NBC News"},
		{name: "unknown domain through Google News", title: "Fire downtown - Barre Montpelier Times Argus",
			url: "http://www.timesargus.example/x", redirect: true, wantTitle: "Fire downtown", wantPub: "Barre Montpelier Times Argus"},
		{name: "suffix is a source, not an outlet", title: "Exclusive: Apple plans bond sale – sources",
			url: "http://feeds.reuters.com/x", wantTitle: "Exclusive: Apple plans bond sale – sources", wantPub: "Reuters"},
		{name: "unknown suffix without a link stays", title: "Council meets - residents angry",
			wantTitle: "Council meets - residents angry", wantPub: ""},
		{name: "known outlet signs a text", title: "Storm hits coast - Reuters",
			wantTitle: "Storm hits coast", wantPub: "Reuters"},
		{name: "metadata wins, canonical name", title: "Bridge closes | Washington Post", meta: "washingtonpost.com",
			wantTitle: "Bridge closes", wantPub: "Washington Post"},
		{name: "site furniture names it", title: "Syria: talks rejected",
			body: []string{"Annan spoke.", "More on GlobalPost: Syria: 4 generals defect"}, wantTitle: "Syria: talks rejected", wantPub: "GlobalPost"},
		{name: "furniture that disagrees names nobody", title: "Talks rejected",
			body: []string{"More on GlobalPost: x y", "More on The Daily Planet: y z"}, wantTitle: "Talks rejected", wantPub: ""},
		{name: "reported is a source, not the publisher", title: "Talks rejected",
			body: []string{"Reuters reported that 31 were killed."}, wantTitle: "Talks rejected", wantPub: ""},
		{name: "signed twice", title: "Depression nears coast | The Weather Channel - The Weather Channel",
			url: "http://weather.com/x", redirect: true, wantTitle: "Depression nears coast", wantPub: "The Weather Channel"},
		{name: "suffix matches its own domain", title: "Heat wave grips the city - seattlepi.com", url: "http://www.seattlepi.com/x",
			wantTitle: "Heat wave grips the city", wantPub: "The Seattle Post-Intelligencer"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := kg.Article{Title: tc.title, URL: tc.url}
			settlePublisher(&a, provenance{publisher: tc.meta, redirect: tc.redirect}, tc.body)
			if a.Title != tc.wantTitle || a.Publisher != tc.wantPub {
				t.Errorf("got title %q publisher %q, want %q %q", a.Title, a.Publisher, tc.wantTitle, tc.wantPub)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2016-01-10 18:50:12", "2016-01-10T18:50:12Z"},
		{"2016-02-06", "2016-02-06T00:00:00Z"},
		{"2016-02-06T15:30:21+08:00", "2016-02-06T15:30:21+08:00"},
		{"2016-02-06T15:30:21.123Z", "2016-02-06T15:30:21.123Z"},
		{"Sat, 06 Feb 2016 07:40:00 +0800", "2016-02-06T07:40:00+08:00"},
		{"Sat, 6 Feb 2016 07:40:00 GMT", "2016-02-06T07:40:00Z"},
		{"February 6, 2016", "2016-02-06T00:00:00Z"},
		{"6 February 2016", "2016-02-06T00:00:00Z"},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := parseDate(tc.in)
			if tc.want == "" {
				if ok {
					t.Errorf("parseDate(%q) = %v, want no date", tc.in, got)
				}
				return
			}
			if !ok || got.Format(time.RFC3339Nano) != tc.want {
				t.Errorf("parseDate(%q) = %v %v, want %s", tc.in, got, ok, tc.want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	tests := []struct{ path, head, want string }{
		{"a.txt", "<html><body>x", "text"}, // the extension wins
		{"a.md", "plain words", "markdown"},
		{"a.markdown", "", "markdown"},
		{"a.HTML", "", "html"},
		{"a.jsonl", "", "json"},
		{"a.ndjson", "", "json"},
		{"a.rss", "", "feed"},
		{"a.atom", "", "feed"},
		{"a.nq", "", "nquads"},
		{"feed.xml", `<?xml version="1.0"?><rss version="2.0"><channel>`, "feed"},
		{"feed.xml", "<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", "feed"},
		{"page.xml", "<?xml version=\"1.0\"?><html><body>", "html"},
		{"noext", "<!DOCTYPE html><html>", "html"},
		{"noext", "---\ntitle: x\n---\nbody", "markdown"},
		{"noext", "  {\"title\": \"x\"}", "json"},
		{"noext", "<http://a> <http://b> <http://c> .\n", "nquads"},
		{"noext", "# comment\n_:b <http://b> \"c\" .\n", "nquads"},
		{"noext", "Headline\n\nBody", "text"},
		{"data.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>", "text"},
	}
	reg := Default()
	for _, tc := range tests {
		t.Run(tc.path+" "+tc.want, func(t *testing.T) {
			l, err := reg.Lookup(tc.path, []byte(tc.head))
			if err != nil {
				t.Fatal(err)
			}
			if l.Name() != tc.want {
				t.Errorf("Lookup(%q, %q) = %s, want %s", tc.path, tc.head, l.Name(), tc.want)
			}
		})
	}
	t.Run("six loaders", func(t *testing.T) {
		var names []string
		for _, l := range reg.Loaders() {
			names = append(names, l.Name())
		}
		if got := strings.Join(names, " "); got != "markdown feed html json nquads text" {
			t.Errorf("Default() = %s", got)
		}
	})
	t.Run("claims", func(t *testing.T) {
		for path, want := range map[string]bool{"a.md": true, "b.JSONL": true, "c.xml": true, "d.nq": true, "e.csv": false, "f": false, "g.go": false} {
			if got := reg.Claims(path); got != want {
				t.Errorf("Claims(%q) = %v, want %v", path, got, want)
			}
		}
	})
	t.Run("nothing matches", func(t *testing.T) {
		_, err := NewRegistry(JSONLoader{}).Lookup("a.txt", []byte("words"))
		if !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("err = %v, want ErrUnknownFormat", err)
		}
	})
}

func TestAsText(t *testing.T) {
	tests := []struct {
		name, in, want string
		err            error
	}{
		{"utf-8", "Plain text.", "Plain text.", nil},
		{"byte order mark", "\xef\xbb\xbfText", "Text", nil},
		{"utf-16le", "\xff\xfeT\x00x\x00\xe9\x00", "Tx\u00e9", nil},
		{"utf-16be", "\xfe\xff\x00T\x00x", "Tx", nil},
		{"a bad byte is repaired", "caf\xe9 au lait, said the owner", "caf\uFFFD au lait, said the owner", nil},
		{"declared charset", "<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>",
			"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\u00e9</body></html>", nil},
		{"xml declaration", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>caf\xe9</rss>",
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss>caf\u00e9</rss>", nil},
		{"xml declaration on UTF-8 bytes", "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss>caf\u00e9</rss>",
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss>caf\u00e9</rss>", nil},
		{"NUL", "text\x00more", "", ErrBinary},
		{"mostly invalid", strings.Repeat("\xc3\x28\xa0\xa1", 50), "", ErrBinary},
		{"control characters", strings.Repeat("\x01\x02\x03a", 50), "", ErrBinary},
		{"empty", "", "", ErrEmpty},
		{"blank", "\n \t\r\n", "", ErrEmpty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := asText([]byte(tc.in))
			if !errors.Is(err, tc.err) || (err == nil && string(got) != tc.want) {
				t.Errorf("asText(%q) = %q, %v; want %q, %v", tc.in, got, err, tc.want, tc.err)
			}
		})
	}
}

func TestCleanParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"shortcodes and furniture", []string{"[ad_1]", "Police said three died.", "Continue reading the main story", "Advertisement", "[ad_2]", "Source"},
			[]string{"Police said three died."}},
		// Credits are not news, but they name people: they stay, each a paragraph of its own.
		{"agency credit lines", []string{"Troops withdrew.", "(Additional reporting by Jo Park; Editing by Sam Lee)", "Reporting by A; Writing by B"},
			[]string{"Troops withdrew.", "(Additional reporting by Jo Park; Editing by Sam Lee)", "Reporting by A; Writing by B"}},
		{"credit closing a paragraph", []string{"Troops withdrew on Monday. (Reporting by Jo Park)"}, []string{"Troops withdrew on Monday.", "(Reporting by Jo Park)"}},
		{"news about reporting stays", []string{"Reporting by the Guardian showed that 12 died."}, []string{"Reporting by the Guardian showed that 12 died."}},
		{"newsletters go, photo credits are marked", []string{"Sign up for our daily newsletter", "Photo: Ana Ruiz, AP", "Wally Santana/AP", "Rescuers dug on."},
			[]string{"Credit: Ana Ruiz, AP", "Credit: Wally Santana/AP", "Rescuers dug on."}},
		{"lines without letters", []string{"___", "03", "The toll rose to 26."}, []string{"The toll rose to 26."}},
		{"furniture lines inside a paragraph", []string{"Image caption\nRescuers carry a survivor"}, []string{"Rescuers carry a survivor"}},
		{"entities escaped twice", []string{"Officials&amp;#8217; statement"}, []string{"Officials’ statement"}},
		{"long copies kept once, short ones all", []string{strings.Repeat("The toll rose. ", 8) + "End.", "Yes.", strings.Repeat("The toll rose. ", 8) + "End.", "Yes."},
			[]string{strings.Repeat("The toll rose. ", 8) + "End.", "Yes.", "Yes."}},
		{"paywall ROT47", []string{"kAm!@=:46 D2J E96 ECF4< H2D E2<6? @77 E96 C@25]k^Am"}, []string{"Police say the truck was taken off the road."}},
		{"copyright notice", []string{"It rained.", "Copyright 2016 The Associated Press. All rights reserved. This material may not be published."}, []string{"It rained.", "Copyright 2016 The Associated Press."}},
		{"copyright of a photo", []string{"It rained.", "© Jo Park / Agency, file"}, []string{"It rained."}},
		{"news that starts like furniture stays", []string{"Advertisement revenue fell 12 percent in the quarter, the company said."},
			[]string{"Advertisement revenue fell 12 percent in the quarter, the company said."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanParagraphs(append([]string(nil), tc.in...))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("cleanParagraphs(%q)\n = %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestHTMLParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		mode     htmlMode
		want     []string
	}{
		{"paragraphs and inline", "<p>Police <em>said</em> <a href=x>three</a> died.</p><p>More later.</p>", htmlMode{},
			[]string{"Police said three died.", "More later."}},
		{"dateline span", `<p><span class="articleLocation">DETROIT</span>Tesla said on Sunday.</p>`, htmlMode{},
			[]string{"DETROIT Tesla said on Sunday."}},
		{"title-case dateline takes a dash", `<p><span class="articleLocation">San Marco</span> Velden Corp said on Sunday.</p>`, htmlMode{},
			[]string{"San Marco — Velden Corp said on Sunday."}},
		{"title-case dateline with its own dash or agency", `<p><span class="articleLocation">Harlow, Essex</span> - Velden said.</p><p><span class="articleLocation">Harlow</span> (Wire) - It rained.</p>`, htmlMode{},
			[]string{"Harlow, Essex - Velden said.", "Harlow (Wire) - It rained."}},
		{"title-case dateline across a tag", `<p><span class="articleLocation">Harlow</span> <b>Velden</b> Corp said.</p>`, htmlMode{},
			[]string{"Harlow — Velden Corp said."}},
		{"upper-case town, title-case region takes a dash", `<p><span class="articleLocation">EASTFIELD, Wessex</span> U.K. Coast Guard Chief Ann Lowe said.</p><p><span class="articleLocation">EASTFIELD, Wessex/WESTON</span> Rain fell.</p>`, htmlMode{},
			[]string{"EASTFIELD, Wessex — U.K. Coast Guard Chief Ann Lowe said.", "EASTFIELD, Wessex/WESTON Rain fell."}},
		{"state abbreviation takes a dash", `<p><span class="articleLocation">EASTFIELD, Ala.</span> A storm hit.</p>`, htmlMode{},
			[]string{"EASTFIELD, Ala. — A storm hit."}},
		{"br and br br", "<p>one<br>two<br><br>three</p>", htmlMode{}, []string{"one\ntwo", "three"}},
		{"blank lines in WordPress text", "First paragraph.\n\nSecond <b>one</b>.", htmlMode{blankLines: true},
			[]string{"First paragraph.", "Second one."}},
		{"blank lines ignored in pages", "First.\n\nSecond.", htmlMode{}, []string{"First. Second."}},
		{"scripts, styles, frames, forms", `<p>Kept.</p><script>x="<p>no</p>"</script><style>p{}</style><iframe src="x"/><p>Also kept.</p><form><p>no</p></form>`,
			htmlMode{}, []string{"Kept.", "Also kept."}},
		{"hidden and furniture", `<p>Kept.</p><span class="visually-hidden">no</span><div aria-hidden="true">no</div><div style="display: none">no</div><div class="share-tools">Share</div><p>End.</p>`,
			htmlMode{}, []string{"Kept.", "End."}},
		{"furniture by camel-case class words", `<p>Kept.</p><div class="newsletterSignup">Get it</div><div class="photo_credit">Ana Ruiz</div>`,
			htmlMode{}, []string{"Kept."}},
		{"a card shown on hover goes, its link stays", `<p>Sen. <span class="rollover-people"><a class="rollover-people-link">Ann Vell</a><span class="rollover-people-block"><a>Vell's plan falls flat</a> <a>MORE</a></span></span> (D-Ore.) spoke.</p><p>A <span class="tooltipBox">hint</span>popup-free rollover-people line.</p>`,
			htmlMode{}, []string{"Sen. Ann Vell (D-Ore.) spoke.", "A popup-free rollover-people line."}},
		{"ad only as the first word", `<div class="listicle-item after-ad"><p>Item one.</p></div><div class="ad-slot">Buy</div>`,
			htmlMode{}, []string{"Item one."}},
		{"taxonomy classes are not furniture", `<div class="post tag-share category-social promo_status-promo"><p>The article.</p></div>`,
			htmlMode{}, []string{"The article."}},
		{"furniture wrapper holding the article comes back", `<div class="promo-wrapper"><p>` + strings.Repeat("A long report. ", 20) + `</p></div><p>Short.</p>`,
			htmlMode{}, []string{strings.TrimSpace(strings.Repeat("A long report. ", 20)), "Short."}},
		{"scoped to the article", `<div><p>Menu text.</p></div><article><p>The report.</p></article><div><p>Footer text.</p></div>`,
			htmlMode{scoped: true}, []string{"The report."}},
		{"stray end tags", "</div></span><p>Text.</p></p></p>", htmlMode{}, []string{"Text."}},
		{"pre keeps lines", "<pre>line one\nline two</pre>", htmlMode{}, []string{"line one\nline two"}},
		{"table cells", "<table><tr><td>Deaths</td><td>26</td></tr></table>", htmlMode{}, []string{"Deaths 26"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := htmlParagraphs([]byte(tc.in), tc.mode)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("htmlParagraphs(%q)\n = %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestMarkdownParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"wrapped lines join", "The council\nvoted on Monday.\n\nNext.", []string{"The council voted on Monday.", "Next."}},
		{"links and images", "See [the report](http://x) ![chart](c.png) today.", []string{"See the report today."}},
		{"emphasis and code", "**Three** people *died*, `officials` said; 5 * 3 = 15 and snake_case stays.",
			[]string{"Three people died, officials said; 5 * 3 = 15 and snake_case stays."}},
		{"headings, quotes, lists", "## Update\n> \"We wait,\" she said.\n\n- one\n- two", []string{"Update", "\"We wait,\" she said.", "one", "two"}},
		{"inline html and entities", "Smith &amp; Sons said <b>no</b>.", []string{"Smith & Sons said no."}},
		{"reference definitions", "Text [here][1].\n\n[1]: http://x", []string{"Text here."}},
		{"fenced code", "```\ncode line\n```\nAfter.", []string{"code line", "After."}},
		{"rules", "One.\n\n---\n\nTwo.", []string{"One.", "Two."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := markdownParagraphs(tc.in)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("markdownParagraphs(%q)\n = %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSplitFrontMatter(t *testing.T) {
	tests := []struct {
		name, in, fm, body string
		ok                 bool
	}{
		{"simple", "---\ntitle: x\n---\nbody\n", "title: x\n", "body\n", true},
		{"dots close", "---\ntitle: x\n...\nbody", "title: x\n", "body", true},
		{"crlf", "---\r\ntitle: x\r\n---\r\nbody", "title: x\r\n", "body", true},
		{"no close", "---\ntitle: x\nbody", "", "", false},
		{"not at start", "text\n---\ntitle: x\n---\n", "", "", false},
		{"dashes with words", "--- not front matter\n---\n", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fm, body, ok := splitFrontMatter([]byte(tc.in))
			if ok != tc.ok || (ok && (string(fm) != tc.fm || string(body) != tc.body)) {
				t.Errorf("splitFrontMatter(%q) = %q, %q, %v; want %q, %q, %v", tc.in, fm, body, ok, tc.fm, tc.body, tc.ok)
			}
		})
	}
}
