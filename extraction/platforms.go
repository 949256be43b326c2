package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A speaker and the platform they posted on: "Zarif said on Twitter", "the embassy wrote
// on its Facebook page", "Lind announced via Instagram", "Vale tweeted", "Lind said in
// a post on Facebook", "In a Facebook post, Lind wrote", "Trump, in a posting on
// Twitter, said". The clause's subject postsOn the platform the article names as an
// entity (a social network of platformNames); "tweeted" needs the article to name
// Twitter. The subject is a person or a body (never a place), found as for any verb
// (actionSubject: "he"/"she" only where one person is in reach). Not read: a platform
// that is what the clause is about ("said on Twitter's earnings call" is no post,
// "Facebook said on Tuesday" is the body speaking), "told Twitter" (spokeTo).

// platformNames are the social networks one posts on, by their lower-case name.
var platformNames = newTokSet(map[string]bool{"twitter": true, "facebook": true, "instagram": true,
	"youtube": true, "weibo": true, "snapchat": true, "telegram": true, "linkedin": true,
	"reddit": true, "wechat": true, "tumblr": true, "periscope": true, "vkontakte": true})

// postVerbs are the verbs whose subject posts when "on PLATFORM" follows: the verbs of
// saying and writing, and those of putting up.
var postVerbs = newTokSet(map[string]bool{"said": true, "says": true, "wrote": true, "writes": true,
	"posted": true, "posts": true, "announced": true, "announces": true, "added": true,
	"commented": true, "responded": true, "replied": true, "shared": true, "shares": true,
	"confirmed": true, "confirms": true, "declared": true, "revealed": true, "reveals": true,
	"tweeted": true, "tweets": true, "published": true, "apologized": true, "explained": true,
	"noted": true, "lamented": true, "joked": true, "urged": true, "thanked": true})

// postNouns are the nouns of a post: "in a post on Facebook", "in a Facebook post".
var postNouns = newTokSet(map[string]bool{"post": true, "posting": true, "tweet": true, "tweets": true,
	"message": true, "messages": true, "video": true, "statement": true, "note": true,
	"update": true, "comment": true, "comments": true, "entry": true, "livestream": true,
	"page": true, "account": true, "feed": true, "posts": true})

// postGapWords are the adverbs of time a post verb may have between it and "on
// PLATFORM" ("wrote late on Facebook"); a weekday may stand there too (postGap).
var postGapWords = newTokSet(map[string]bool{"late": true, "early": true, "earlier": true, "later": true,
	"also": true, "then": true, "again": true, "separately": true, "today": true,
	"yesterday": true, "tonight": true, "afterward": true})

// postGap reports whether lower-case word w may stand between a post verb and "on
// PLATFORM": an adverb of time or a weekday ("said Sunday on Twitter").
func postGap(w string) bool {
	_, day := weekdays[w]
	return day || postGapWords.has(w)
}

// platformAt returns the platform entity whose mention starts at token k, across a
// determiner or possessive and one modifier ("his verified Twitter account"), with the
// token after its mention; -1 for none.
func (rf *relationFinder) platformAt(k, end int) (e, after int) {
	if rf.is(k, wHis, wHer, wIts, wTheir, wThe, wA, wAn) {
		k++
	}
	if rf.is(k, wOfficial, wVerified, wPersonal, wOwn, wPublic) {
		k++
	}
	if k >= end {
		return -1, k
	}
	e = rf.entityOf(k)
	if e < 0 || rf.entAt[k] < 0 || rf.mentions[rf.entAt[k]].a != k || !platformNames.hasLower(rf.entName(e)) {
		return -1, k
	}
	m := &rf.mentions[rf.entAt[k]]
	if rf.owner(m.b) {
		return -1, k // "on Twitter's earnings call": about the firm, not a post
	}
	return e, m.b
}

// postedOn reads token v (word w) as a verb of posting followed by "on|via PLATFORM", or
// as "tweeted", or as the "in" of "in a post on PLATFORM"; it reports whether it read one.
func (rf *relationFinder) postedOn(si, v int, w string) bool {
	s := &rf.sents[si]
	if w == "in" {
		return rf.postedIn(si, v)
	}
	if !rf.mayBe(v, w, wcOutletVerb) || !postVerbs.has(w) || rf.toks[v].has(fCap) {
		return false
	}
	k := v + 1
	if k < s.b && postGap(rf.low(k)) {
		k++
	}
	e := -1
	if rf.is(k, wOn, wVia) {
		e, _ = rf.platformAt(k+1, s.b)
	}
	if e < 0 && (w == "tweeted" || w == "tweets") {
		if rf.is(v+1, wColon) || rf.punct(v+1, ':') {
			return false // an embedded tweet's byline: the writer is only a display name
		}
		e = rf.entIndex("Twitter")
	}
	if e < 0 {
		return false
	}
	if rf.passive(si, v) || rf.is(v-1, wBe, wBeen, wBeing, wTo) {
		return false // "was posted on Facebook": the post is the subject
	}
	if strings.HasSuffix(w, "s") && !rf.verbAfterSubject(si, v) && !rf.is(v+1, wThat) && !rf.is(rf.subjectWordBefore(v), wHe, wShe, wIt, wWho, wWhich) {
		return false // "Twitter's best tweets", "in posts on Facebook": nouns
	}
	subj := rf.actionSubject(si, v)
	if p := rf.subjectWordBefore(v); rf.is(p, wHe, wShe) && !rf.pronounFits(subj, p) {
		return false // "the insults he tweeted": a "he" not sure to be the one named
	}
	rf.addPoster(si, subj, e, v)
	return true
}

// subjectWordBefore returns the token before verb v across one adverb in -ly ("he
// rarely tweets", "she later wrote").
func (rf *relationFinder) subjectWordBefore(v int) int {
	if k := v - 1; k > 0 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && (strings.HasSuffix(rf.low(k), "ly") || postGap(rf.low(k))) {
		return k - 1
	}
	return v - 1
}

// pronounFits reports whether the person subj that "he" or "she" at token p stands for
// is known to be of the pronoun's sex: a post is told of its poster only when the
// pronoun surely names them.
func (rf *relationFinder) pronounFits(subj string, p int) bool {
	e := rf.entIndex(subj)
	if e < 0 || rf.ents[e].typ != kg.Person {
		return false
	}
	want := byte('M')
	if rf.is(p, wShe) {
		want = 'F'
	}
	return rf.ents[e].gender == want
}

// postedIn reads "in a [mod] post on PLATFORM" and "in a [mod] PLATFORM post" at token v
// ("in"): who posted is the subject after the phrase when it opens the sentence ("In a
// post on Facebook, Lind wrote"), the subject before a comma that opens it as an aside
// ("Lind, in a post on Twitter, said"), else the subject of the verb of saying right
// before "in" ("Lind said in a Facebook post").
func (rf *relationFinder) postedIn(si, v int) bool {
	s := &rf.sents[si]
	k := v + 1
	if !rf.is(k, wA, wAn, wThe, wHis, wHer, wIts, wTheir) {
		return false
	}
	k++
	for n := 0; n < 2 && k < s.b && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && !rf.in(k, postNouns); n++ {
		k++ // "in a lengthy post", "in a since-deleted post"
	}
	e, end := -1, -1
	if rf.in(k, postNouns) && rf.is(k+1, wOn, wTo) {
		e, end = rf.platformAt(k+2, s.b)
	} else if p, after := rf.platformAt(k, s.b); p >= 0 && rf.in(after, postNouns) {
		e, end = p, after+1
	}
	if e >= 0 && rf.in(end, postNouns) {
		end++ // "in a post on her Facebook page"
	}
	if e < 0 {
		return false
	}
	subj := ""
	switch {
	case v == rf.frontedStart(si):
		if rf.punct(end, ',') {
			subj = rf.subjectFrom(end+1, s.b)
		}
	case rf.punct(v-1, ',') && rf.punct(end, ',') && rf.isSpeech(end+1):
		subj = rf.actionSubject(si, v-1)
	case rf.in(v-1, postVerbs) && (rf.entAt[v-2] >= 0 || rf.is(v-2, wHe, wShe)):
		subj = rf.actionSubject(si, v-1)
		if rf.is(v-2, wHe, wShe) && !rf.pronounFits(subj, v-2) {
			subj = "" // "she said in a Twitter post" after a man's name
		}
	}
	rf.addPoster(si, subj, e, v)
	return true
}

// addPoster adds subj (a nameList) postsOn platform entity e: persons and
// bodies only, and not the platform itself.
func (rf *relationFinder) addPoster(si int, subj string, e, v int) {
	s := &rf.sents[si]
	rf.relateEach(si, nameList(subj), "postsOn", rf.entName(e), rf.span(max(s.start, v-3), min(s.b, v+6)), personOrBody)
}
