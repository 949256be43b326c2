package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Roles served for a person named before them as a bare modifier: "Clinton spokesman
// Brian Fallon", "Putin spokesman Dmitry Peskov", "Trump campaign manager Corey
// Lewandowski", "Kasich senior strategist John Weaver". The appositive ("Brian Fallon, a
// Clinton spokesman") and the possessive ("Trump's spokeswoman Hope Hicks") were read
// already; preRoles took no person before the role words, so the title gave nothing.

// servingModifiers are the lower-case words that may stand between the served person's
// name and the role noun: they qualify the role, never name another body.
var servingModifiers = newTokSet(map[string]bool{
	"campaign": true, "senior": true, "chief": true, "top": true, "longtime": true,
	"long-time": true, "former": true, "deputy": true, "personal": true, "national": true,
	"press": true, "communications": true, "policy": true, "political": true, "legal": true,
	"lead": true, "principal": true, "foreign": true, "economic": true, "defense": true,
	"criminal": true, "then-campaign": true,
})

// employedRoles are the roles only a firm or body employs: a name typed Person before them is
// an employer the entities took for a person ("Drexel Hamilton analyst Brian White").
var employedRoles = newTokSet(map[string]bool{"analyst": true, "economist": true})

// fieldModifiers are the lower-case words of an analyst's or economist's field that may
// stand between the employer and the role noun ("Pacific Crest auto analyst X").
var fieldModifiers = newTokSet(map[string]bool{"research": true, "equity": true, "industry": true,
	"market": true, "markets": true, "auto": true, "credit": true, "oil": true, "energy": true,
	"technology": true, "tech": true, "retail": true, "bank": true, "banking": true,
	"investment": true, "financial": true, "currency": true, "securities": true, "sector": true})

// campaignRoles are the roles that serve a person only as their campaign's: "Trump
// campaign manager X", "Clinton campaign chairman X" (not "Sox manager X").
var campaignRoles = newTokSet(map[string]bool{"manager": true, "chairman": true, "chairwoman": true,
	"director": true, "spokesman": true, "spokeswoman": true, "spokesperson": true})

// servedBefore returns the full name of the person whose name stands right before the role
// words a..end-1 (the role noun opening at ra) of person entity self, or "": the role is
// one held for a person (personServingRoles; a campaign's officer after "campaign"), the
// words between the name and the role noun only qualify the role (servingModifiers), and
// the name is a person's full name or its surname as the article gives it ("Clinton" for
// Hillary Clinton; not a body the entities typed Person, whose last word is no surname:
// "Lyft CTO", nor a possessive, read by preRoles itself).
func (rf *relationFinder) servedBefore(a, ra, end int, role string, self int) string {
	if a <= 0 || ra >= end {
		return ""
	}
	campaign := false
	for k := a; k < ra; k++ {
		w := rf.low(k)
		if !servingModifiers.has(w) && !(employedRoles.has(role) && fieldModifiers.has(w)) {
			return ""
		}
		campaign = campaign || w == "campaign" || w == "then-campaign"
	}
	if !personServingRoles.has(role) && !(campaign && campaignRoles.has(role)) && !employedRoles.has(role) {
		return ""
	}
	mi := int(rf.entAt[a-1])
	if mi < 0 {
		return ""
	}
	pm := &rf.mentions[mi]
	e := pm.ent
	if e < 0 || e == self || pm.b != a || rf.ents[e].typ != kg.Person {
		return ""
	}
	name := rf.entName(e)
	if employedRoles.has(role) {
		// "Recon Analytics analyst Roger Entner", "Kelley Blue Book senior analyst Karl
		// Brauer": nobody keeps an analyst of their own; the name is the firm's, which
		// the entities took for a person's
		return name
	}
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	if said := rf.span(pm.a, pm.b); said != name && said != f[len(f)-1] && said != surname(f[len(f)-1]) {
		return ""
	}
	return name
}

// surname is a name's last word without an Arabic article glued to it by a hyphen:
// "al-Assad" is written "Assad" alone.
func surname(last string) string {
	for _, p := range []string{"al-", "el-", "Al-", "El-"} {
		if rest, ok := strings.CutPrefix(last, p); ok && rest != "" {
			return rest
		}
	}
	return last
}
