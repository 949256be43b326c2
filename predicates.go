package kg

import (
	"sort"
	"strings"
	"unicode"
)

// The controlled vocabulary of relations between entities. A relation's predicate is
// either an action (who did what to whom: "rejects", "meets") or a role ("envoyOf",
// "mayorOf"), made from a title of the Roles list by RolePredicate.

// Actions are the news verbs kg reads as relations, by predicate. The value says what
// the predicate means, for people reading the graph.
var Actions = map[string]string{
	"rejects":                 "refuses or turns down",
	"accepts":                 "accepts or agrees to take",
	"callsFor":                "calls for or demands",
	"condemns":                "condemns or denounces",
	"accuses":                 "accuses or blames",
	"denies":                  "denies",
	"confirms":                "confirms",
	"claimsResponsibilityFor": "claims responsibility for",
	"meets":                   "meets or holds talks with",
	"visits":                  "visits",
	"declares":                "declares",
	"agreesTo":                "agrees to",
	"sanctions":               "imposes sanctions on",
	"supports":                "supports or backs",
	"opposes":                 "opposes",
	"warns":                   "warns",
	"attacks":                 "attacks or strikes",
	"threatens":               "threatens",
	"praises":                 "praises",
	"criticizes":              "criticizes",
	"urges":                   "urges",
	"asks":                    "asks",
	"sues":                    "sues or takes to court",
	"arrests":                 "arrests or detains",
	"kills":                   "kills",
	"offersAssistanceTo":      "offers help or assistance to",
	"spokeTo":                 "spoke to, talked with or wrote to (a reporter, an agency)",
	"told":                    "told (a reporter, an agency, a hearer named after the verb)",
	"interviewedBy":           "gave an interview to (a reporter, an outlet: said in an interview with Reuters)",
	"postsOn":                 "posts on or says on (a platform: said on Twitter, tweeted, in a post on Facebook)",
	"acquires":                "buys or acquires",
	"suppliesTo":              "supplies or makes products for",
	"appoints":                "appoints or names",
	"elects":                  "elects",
	"wins":                    "wins",
	"defectsTo":               "defects to",
	"hasFacilityIn":           "has a factory, plant or office in",
	"locatedIn":               "is located in",
	"reports":                 "reports or says",
	"quotes":                  "quotes (relays the words of: a news agency of the person it quoted)",
	"reportsFrom":             "reports from (a city, for the credit line of an agency's story)",
	"fights":                  "fights or battles",
	"partOf":                  "is part of or belongs to",
	"productOf":               "is a product or service made, developed or owned by (a company: Apple's Siri, its Autopilot system)",
	"creatorOf":               "is the author, director, composer or creator of (a book, film, album, show, painting, game: Jemisin's novel The Fifth Season)",
	"capitalOf":               "is the capital of",
	"blames":                  "blames for an attack or a failure",
	"linkedTo":                "is linked, tied or affiliated to",
	"shuts":                   "shuts or closes (an embassy, a border, a plant) in",
	"downgrades":              "lowers its rating or price target of (a stock, a company, a country's debt)",
	"upgrades":                "raises its rating or price target of",
	"bidsFor":                 "bids for or offers to buy",
	"fines":                   "fines or orders to pay a penalty",
	"leads":                   "leads (a coalition, a group, a delegation)",
	"locatedNear":             "lies near, or some distance in a direction from",
	"borders":                 "shares a border with (a country or state with its neighbour)",
	"hires":                   "hires or appoints as an employee",
	"boardMemberOf":           "sits on the board of (a company, a trust, a body's governing board: its board member, a director of it)",
	// business, legal and political acts between named parties
	"endorses":            "endorses (a candidate, a plan)",
	"bans":                "bans or bars",
	"joins":               "joins (an alliance, a party, a company) as a member",
	"leaves":              "leaves (quits, resigns from) an organization",
	"withdrawsFrom":       "withdraws from (pulls out of)",
	"mergesWith":          "merges with",
	"investsIn":           "invests in or takes a stake in",
	"operatesIn":          "operates or does business in (a country, a market)",
	"owns":                "owns or is the parent company of",
	"controls":            "controls (a company, a territory)",
	"charges":             "charges (indicts, prosecutes)",
	"convicts":            "convicts or sentences",
	"funds":               "funds or finances",
	"succeeds":            "succeeds or replaces (in an office)",
	"negotiatesWith":      "negotiates with",
	"recognizes":          "recognizes (a state, a government)",
	"expels":              "expels",
	"annexes":             "annexes",
	"investigates":        "investigates or probes",
	"allyOf":              "is an ally of",
	"friendOf":            "is a friend (a close or longtime friend, a confidant) of",
	"aideTo":              "is an aide to (works on the staff of a politician, an official or a body)",
	"rivalOf":             "is a rival, competitor or enemy of",
	"leadsInPoll":         "is ahead of (a rival candidate, campaign or party) in an opinion poll",
	"restricts":           "restricts or curbs (exports to, trade with, a firm's dealings)",
	"agreesWith":          "has an agreement, accord or deal with",
	"disputesWith":        "is in a dispute, row or standoff with",
	"claims":              "claims (a territory, a sea, islands) as its own",
	"orders":              "orders (someone to act)",
	"pledgesAllegianceTo": "pledges or swears allegiance to (an armed group, a cause, its leader)",
	// kin (extraction/kin.go): the subject is the object's …
	"spouseOf":   "is the spouse (husband, wife, widow) of",
	"partnerOf":  "is the partner (girlfriend, boyfriend, fiancée; a business, police or state partner: alliances.go) of",
	"childOf":    "is the child (son, daughter) of",
	"parentOf":   "is the parent (father, mother) of",
	"siblingOf":  "is the sibling (brother, sister) of",
	"relativeOf": "is a relative (grandchild, grandparent, niece, nephew, cousin) of",
}

// Opposites pairs predicates whose claims contradict each other when made about the
// same subject and object (X accepts Y / X rejects Y).
var Opposites = map[string]string{
	"accepts":  "rejects",
	"rejects":  "accepts",
	"confirms": "denies",
	"denies":   "confirms",
	"supports": "opposes",
	"opposes":  "supports",
	"agreesTo": "rejects",
}

// Roles are the titles kg reads as roles ("Tainan City Mayor Lai Ching-Te" is mayorOf
// Tainan). Multi-word titles are listed whole.
var Roles = []string{
	"ambassador", "adviser", "advisor", "analyst", "anchor", "assistant secretary",
	"attorney general", "bishop", "candidate", "captain", "chairman", "chairwoman", "chair",
	"chancellor", "chief", "chief economist", "chief executive", "chief executive officer",
	"chief financial officer", "chief of staff", "chief operating officer", "chief strategist",
	"coach", "colonel", "commander", "commissioner", "congressman", "congresswoman",
	"correspondent", "councilman", "councilwoman", "defense minister", "deputy", "deputy director",
	"director", "economist", "editor", "emir", "envoy", "executive", "executive director",
	"finance minister", "foreign minister", "founder", "general", "general manager", "governor",
	"head", "health minister", "interior minister", "judge", "justice", "king", "leader",
	"lawmaker", "lawyer", "manager", "mayor", "member", "minister", "official", "owner",
	"partner", "police chief", "pope", "premier", "president", "press secretary", "prime minister",
	"prince", "princess", "professor", "prosecutor", "queen", "representative", "researcher",
	"secretary", "secretary general", "secretary of state", "senator", "sheriff", "speaker",
	"special envoy", "spokesman", "spokesperson", "spokeswoman", "strategist", "supreme leader",
	"treasurer", "vice chairman", "vice president", "humanitarian chief", "founder",
	"chief justice", "deputy prime minister", "foreign secretary", "home secretary",
	"defense secretary", "treasury secretary", "inspector", "lieutenant", "major", "sergeant",
	"officer", "trustee", "dean", "rector", "cardinal", "imam", "rabbi", "monarch",
	"news agency", "cabinet secretary", "president-elect", "vice president-elect", "opposition party", "ruling party",
	"attorney", "district attorney", "reporter", "journalist", "photographer", "writer",
	"co-founder", "employee", "worker", "clerk", "lieutenant governor", "coroner",
	"superintendent", "chief technology officer", "managing director", "archbishop",
	"fighter", "administrator", "publisher", "solicitor general", "inspector general",
	"pastor", "nurse", "student", "contractor", "expert",
	"fire marshal", "fire chief", "council member", "undersheriff", // titleglue57
	"first minister", "deputy first minister", // a devolved government's head (Scotland, Wales, Northern Ireland)
	"resident", "native", "citizen", "affiliate",
	"first lady", // a head of state's or a mayor's spouse, of the country or city (roles62)
	"curator",    // a museum's or a gallery's keeper of its collection (roles65)
}

var roleSet = func() map[string]bool {
	m := make(map[string]bool, len(Roles))
	for _, r := range Roles {
		m[r] = true
	}
	return m
}()

// IsRole reports whether title (lower case, single spaces) is in the Roles vocabulary.
func IsRole(title string) bool { return roleSet[title] }

// RolePredicate turns a role title into its predicate: "envoy" → "envoyOf",
// "chief financial officer" → "chiefFinancialOfficerOf".
func RolePredicate(title string) string {
	var b strings.Builder
	up := false
	for _, r := range strings.ToLower(title) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			up = b.Len() > 0
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	b.WriteString("Of")
	return b.String()
}

// IsPredicate reports whether p belongs to the controlled vocabulary.
func IsPredicate(p string) bool {
	if _, ok := Actions[p]; ok {
		return true
	}
	return rolePredicates[p]
}

var rolePredicates = func() map[string]bool {
	m := make(map[string]bool, len(Roles))
	for _, r := range Roles {
		m[RolePredicate(r)] = true
	}
	return m
}()

// Predicates lists the whole vocabulary, sorted.
func Predicates() []string {
	out := make([]string, 0, len(Actions)+len(rolePredicates))
	for p := range Actions {
		out = append(out, p)
	}
	for p := range rolePredicates {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// PredicatePhrase writes a predicate as a verb for a sentence: "rejects" → "refuses",
// "envoyOf" → "envoyOf".
func PredicatePhrase(p string) string {
	if d, ok := Actions[p]; ok {
		if i := strings.Index(d, " or "); i > 0 {
			return d[:i]
		}
		return d
	}
	return p
}
