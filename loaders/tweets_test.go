package loaders

import (
	"strings"
	"testing"
)

// tweetPage is an invented article with two embedded tweets: one carrying a t.co link
// and a photo link, one by a writer the article also names in its own words.
const tweetPage = `<p>The ferry Marlow Star ran aground off Tessel Point on Sunday, the harbour authority said. Harbour master Ilse Brandt was at the quay within the hour.</p>
<blockquote class="twitter-tweet" lang="en"><p dir="ltr" lang="en">Ferry aground at Tessel Point, 40 passengers taken off by lifeboat <a href="https://t.co/AbC123xyz">https://t.co/AbC123xyz</a> <a href="https://t.co/Pq9">pic.twitter.com/Pq9ZZ</a></p>
<p>— Tessel Coastguard (@TesselCG) <a href="https://twitter.com/TesselCG/status/1">March 6, 2016</a></p></blockquote>
<p>Passengers were taken to the town hall.</p>
<blockquote class="twitter-tweet"><p>All passengers are safe. The "Marlow Star" will be towed at high tide. — Ilse Brandt (@ibrandt) <a href="https://twitter.com/ibrandt/status/2">March 6, 2016</a></p></blockquote>
<p>The operator said it would inspect its fleet.</p>
`

// TestEmbeddedTweets: an embedded tweet is a paragraph of its own in the shape the quote
// reader knows (`Writer tweeted: “…”`), without its t.co and pic.twitter.com
// links and with its inner double quotes made single; the paragraphs around it stay
// whole.
func TestEmbeddedTweets(t *testing.T) {
	want := []string{
		"The ferry Marlow Star ran aground off Tessel Point on Sunday, the harbour authority said. Harbour master Ilse Brandt was at the quay within the hour.",
		"Tessel Coastguard tweeted: “Ferry aground at Tessel Point, 40 passengers taken off by lifeboat”",
		"Passengers were taken to the town hall.",
		"Ilse Brandt tweeted: “All passengers are safe. The 'Marlow Star' will be towed at high tide.”",
		"The operator said it would inspect its fleet.",
	}
	for _, tc := range []struct{ name, path, input string }{
		{"archive markdown", "ferry.md", "---\ntitle: Ferry aground off Tessel Point\n---\n" + tweetPage},
		{"html fragment", "", tweetPage},
		{"html page", "ferry.html", "<!doctype html><html><head><title>Ferry aground off Tessel Point</title></head><body><article>" + tweetPage + "</article></body></html>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			if tc.path == "" {
				got = htmlParagraphs([]byte(tc.input), htmlMode{})
			} else {
				l, err := Default().Lookup(tc.path, []byte(tc.input))
				if err != nil {
					t.Fatal(err)
				}
				res, err := l.Read(tc.path, []byte(tc.input))
				if err != nil || len(res.Articles) != 1 {
					t.Fatalf("read: %v", err)
				}
				got = strings.Split(res.Articles[0].Body, "\n\n")
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestTweetParagraph: a tweet without its byline is left as it came; one that is only a
// photo says nothing and is dropped; a link run on to a hashtag is cut off.
func TestTweetParagraph(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Roads closed tonight", "", false},
		{"pic.twitter.com/xyz — Port Alva Police (@PortAlvaPD) March 6, 2016", "", true},
		{"Stay home #stormpic.twitter.com/xyz — Tom Eklund (@tomeklund) March 6, 2016", "Tom Eklund tweeted: “Stay home #storm”", true},
		{"Stay home — Tom Eklund (@tom eklund) March 6", "", false},
	}
	for _, tc := range tests {
		got, ok := tweetParagraph(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("tweetParagraph(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestCopyrightCredit: the credit that closes a copyright line is kept, the rest of the
// line is not.
func TestCopyrightCredit(t *testing.T) {
	got := cleanParagraphs([]string{"The ferry was towed off.",
		"© 2016 Tessel Broadcasting Inc. All Rights Reserved. This material may not be published. The Harbor Agency contributed to this report.",
		"© 2016 Tessel Broadcasting Inc. All Rights Reserved."})
	want := []string{"The ferry was towed off.", "Copyright 2016 Tessel Broadcasting Inc.", "The Harbor Agency contributed to this report.", "Copyright 2016 Tessel Broadcasting Inc."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("cleanParagraphs = %q, want %q", got, want)
	}
}
