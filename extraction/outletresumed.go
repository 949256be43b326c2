package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Outlets taken up again: "X told the newspaper", "she told the station" after the article
// has named the outlet ("The Seattle Times reported …", "told local broadcaster WPRI").
// The outlet a kind word resumes is the one named last before it within
// resumedOutletReach is how many sentences back an outlet taken up again may be named.
const resumedOutletReach = 12

// outletKinds class the outlet words by the kind of outlet they name: a paper, a
// broadcaster, a magazine, a website or an agency ("told the station" is no paper's).
var outletKinds = map[string]string{
	"newspaper": "paper", "paper": "paper", "daily": "paper", "weekly": "paper", "tabloid": "paper",
	"station": "broadcast", "channel": "broadcast", "network": "broadcast", "broadcaster": "broadcast",
	"television": "broadcast", "radio": "broadcast", "affiliate": "broadcast",
	"magazine": "magazine", "website": "website", "agency": "agency",
}

// outletNameKinds class the outlets of outlet-names by their whole name (the agencies and
// networks) or by their name's last word (the papers: "Seattle Times", "Daily Tribune").
var outletNameKinds = map[string]string{
	"Reuters": "agency", "AP": "agency", "AFP": "agency", "Associated Press": "agency",
	"Agence France-Presse": "agency", "Bloomberg": "agency", "Xinhua": "agency", "Kyodo": "agency",
	"Yonhap": "agency", "Interfax": "agency", "TASS": "agency", "Tass": "agency", "RIA": "agency",
	"CNN": "broadcast", "BBC": "broadcast", "NBC": "broadcast", "CBS": "broadcast", "ABC": "broadcast",
	"NPR": "broadcast", "MSNBC": "broadcast", "CNBC": "broadcast",
	"Network": "broadcast", "Television": "broadcast", "Radio": "broadcast",
	"Times": "paper", "Post": "paper", "Journal": "paper", "Tribune": "paper", "Herald": "paper",
	"Telegraph": "paper", "Gazette": "paper", "Guardian": "paper", "Chronicle": "paper",
	"Globe": "paper", "Inquirer": "paper", "Observer": "paper", "Independent": "paper",
	"Examiner": "paper", "Courier": "paper", "Bulletin": "paper", "Dispatch": "paper",
	"Register": "paper", "Sentinel": "paper", "Star-Ledger": "paper",
}

// toldResumedOutlet reads "told the newspaper" at token v ("told") of sentence si: the
// clause's subject spokeTo the outlet of that kind the article named last. It reports
// whether the frame was there.
func (rf *relationFinder) toldResumedOutlet(si, v int) bool {
	if !rf.is(v, wTold) || !rf.is(v+1, wThe) || outletKinds[rf.low(v+2)] == "" || rf.describedOutletAt(v+1) > 0 {
		return false // "told the television station NY1": spokeTo by describedOutletAt
	}
	if rf.entityOf(v+1) >= 0 || rf.entityOf(v+3) >= 0 && !rf.is(v+3, wAposS, wRsquoS) {
		return false
	}
	o := rf.outletBefore(si, v, outletKinds[rf.low(v+2)])
	if o < 0 {
		return true
	}
	rf.relateEach(si, nameList(rf.actionSubject(si, v)), "spokeTo", rf.entName(o), rf.span(v, min(rf.sents[si].b, v+3)), notPlace)
	return true
}

// outletBefore returns the news outlet of the given kind named last before token v,
// within resumedOutletReach sentences of sentence si: an organization named right after
// an outlet word of that kind ("broadcaster Haberturk", "CNN affiliate KSNT", "Swiss
// newspaper Le Matin"), or one outletNameKinds gives that kind by its name; -1 if none.
func (rd *reader) outletBefore(si, v int, kind string) int {
	for mi := len(rd.mentions) - 1; mi >= 0; mi-- {
		m := &rd.mentions[mi]
		if m.b > v {
			continue
		}
		if m.sent < si-resumedOutletReach {
			break
		}
		if m.ent < 0 || m.demonym || rd.ents[m.ent].typ != kg.Organization {
			continue
		}
		if rd.outletKind(m) == kind {
			return m.ent
		}
	}
	return -1
}

// outletKind returns the kind of outlet mention m names: the kind of the outlet word
// right before it, else the kind its whole name or last word gives; "" for none.
func (rd *reader) outletKind(m *mention) string {
	if m.a > 0 {
		if k := outletKinds[rd.low(m.a-1)]; k != "" {
			return k
		}
	}
	name := rd.ents[m.ent].name
	if k := outletNameKinds[name]; k != "" {
		return k
	}
	if sp := strings.LastIndexByte(name, ' '); sp > 0 {
		return outletNameKinds[name[sp+1:]]
	}
	return ""
}
