package extraction

// Poll trailers: in a sentence that tells of a poll (pollSentence), a candidate who
// trails others, or stands behind one, is led by them — leadsInPoll, each leader → the
// trailer, as pollleads.go reads the leader's side:
//
//	"Brandt trails Vale in national polls"
//	"Opinion polls show Brandt trailing Senator Ada Vale of Norland"
//	"Holt is already trailing Vale and Kord in state polls"
//	"That poll has Holt only 7 points behind Vale"
//
// The trailer is the name right before the verb (across auxiliaries) or the clause's one
// named subject; a pronoun gives none. No margin is read: the figure readers take "by N
// points" after the leader's side only. Over the open corpus 14 poll sentences put one
// candidate behind another and kg related 3 of their pairs, by the open verb "trail".

// pollTrailVerbs take the leaders as their object: "Holt trails Vale".
var pollTrailVerbs = newTokSet(map[string]bool{"trails": true, "trailed": true, "trailing": true, "trail": true})

// pollTrails returns the trails sentence si states, each as a pollLead whose leader token
// is the trailer's and whose trailers are the leaders (none unless pollSentence).
func (rd *reader) pollTrails(si int) []pollLead {
	if !rd.pollSentence(si) {
		return nil
	}
	s := &rd.sents[si]
	var out []pollLead
	for k := s.start; k < s.b; k++ {
		if rd.toks[k].kind != tWord || rd.quoteOf[k] != 0 || rd.entityOf(k) >= 0 {
			continue
		}
		var trailer, a int
		switch {
		case rd.in(k, pollTrailVerbs):
			if rd.is(k-1, wHim, wHer, wThem) {
				continue // "polls showing him trailing Vale"
			}
			trailer, a = rd.pollLeaderBefore(si, k), k
		case rd.is(k, wBehind):
			a = k
			if rd.is(k-1, wPoints, wPoint) {
				b := k - 1
				if rd.is(b-1, wPercentage) {
					b--
				}
				if n, e := rd.pointsAt(b-1, k); n >= 0 && e == k {
					a = n // "only 7 points behind Vale"
				}
			}
			trailer = rd.aheadLeader(si, a)
		default:
			continue
		}
		if trailer < 0 {
			continue
		}
		leaders, end := rd.pollTrailers(si, k+1)
		if len(leaders) == 0 {
			continue
		}
		out = append(out, pollLead{leader: trailer, trailers: leaders, num: -1, measure: "lead", from: a, to: end})
	}
	return out
}

// pollTrailRelations adds leadsInPoll, each leader → the trailer, for the trails of
// sentence si (addPollLeads).
func (rf *relationFinder) pollTrailRelations(si int) {
	rf.addPollLeads(si, rf.pollTrails(si), true)
}
