package extraction

import "strings"

// Present-tense stances right after their subject's name: "Mara Lind slams Tom Vance",
// "Halden Bank beats Birch Labs in court", "Norland hails Ostmark". finiteVerbBase
// refuses a word in -s between two names unless a determiner follows it, because such a
// word is far more often a plural noun a name modifies ("California firms Cylance",
// "Chinese rivals Huawei", "Fox hosts Megyn Kelly"). presentStances are the verbs of
// stance, contest and encounter whose form in -s is no noun for a kind of person or
// body, so that the name before it is their subject and the name after their object.
// Left out on purpose: verbs whose -s form names people or things before a name (host,
// champion, back, fund, court, question, face, leads, supports: the last two are read as
// controlled verbs elsewhere).
var presentStances = newTokSet(map[string]bool{
	"target": true, "confront": true, "challenge": true, "contest": true, "defeat": true,
	"beat": true, "trail": true, "invite": true, "thank": true, "snub": true, "mock": true,
	"slam": true, "blast": true, "dismiss": true, "defend": true, "welcome": true,
	"hail": true, "rebuff": true, "rebuke": true, "defy": true, "undermine": true,
	"dispute": true, "deride": true, "ridicule": true, "lambast": true, "bash": true,
	"fault": true, "commend": true, "laud": true, "outpace": true, "outsell": true,
	"overtake": true, "scold": true, "berate": true, "chide": true, "snipe": true,
	"taunt": true, "insult": true, "spurn": true, "shun": true, "decry": true, "doubt": true,
})

// presentStance returns the base of the word w at token v when it is the form in -s of
// one of presentStances ("slams", "bashes", "defies") standing between its subject — a
// name, across auxiliaries and adverbs ("often targets") — and a name that opens right
// after it (across "the"); "" otherwise.
func (rf *relationFinder) presentStance(si, v int, w string) string {
	if len(w) < 5 || !strings.HasSuffix(w, "s") || rf.toks[v].feat&(lxRole|lxPersonNoun|lxGroup) != 0 {
		return ""
	}
	n := len(w)
	base := ""
	switch {
	case strings.HasSuffix(w, "ies") && presentStances.has(w[:n-3]+"y"):
		base = w[:n-3] + "y"
	case presentStances.has(w[:n-1]):
		base = w[:n-1]
	case strings.HasSuffix(w, "es") && presentStances.has(w[:n-2]):
		base = w[:n-2]
	}
	if base == "" || !rf.verbAfterSubject(si, v) || !rf.entityStartsAt(v+1) {
		return ""
	}
	return base
}
