package extraction

import "testing"

// TestPlatformPosts: the subject of a verb of saying or posting followed by "on|via
// PLATFORM" ("said on Twitter", "wrote on its Facebook page", "posted on Twitter
// Wednesday") postsOn the platform; "tweeted" names Twitter when the article does; "In
// a post on Instagram, X wrote", "X, in a posting on Facebook, said", "X said in a
// Facebook post" give the speaker. Not read: a passive ("was posted on YouTube by a
// tourist"), the platform as the body that speaks ("Twitter said on Tuesday"), the noun
// "tweets", a "he" whose person is not sure ("the insults he tweeted").
func TestPlatformPosts(t *testing.T) {
	x := extract(t, "platform-posts")
	for _, r := range [][3]string{
		{"Ada Breen", "postsOn", "Twitter"},
		{"Harlow Port Authority", "postsOn", "Facebook"},
		{"Lars Voss", "postsOn", "Twitter"},
		{"Nils Ekman", "postsOn", "Instagram"},
		{"Mara Kell", "postsOn", "Facebook"},
		{"Ida Lorne", "postsOn", "Facebook"},
		{"Piet Vale", "postsOn", "Twitter"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("no relation %v in %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "postsOn" && (r.Object == "YouTube" || r.Subject == "Twitter" || r.Subject == "Facebook" || r.Subject == "Vera Holt") {
			t.Errorf("unwanted relation %+v", r)
		}
	}
}
