package ledger

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// How far apart reports may date one incident, and how far back an undated mention
// may refer.
const (
	// DayWindow is how many days apart two reports may date one incident (time
	// zones, "Saturday" read on Sunday).
	DayWindow = 1
	// TopicWindow is how many days apart two reports of one subject may be published
	// and still follow one story (a jackpot that grows over a week of reports).
	TopicWindow = 2
	// UndatedReach is how many days before its report an undated mention ("the
	// attacks in Brussels") may refer to.
	UndatedReach = 30
	// NewsReach is how many days before its report an undated mention may refer to
	// when it is the report's own news told with its toll in the lead ("At least 64
	// people were killed when a bomb went off at a market in Baghdad"): such a report
	// tells of a new act, and a follow-up that leads with the toll ("the death toll
	// rose to 70") comes within days. A report that recalls the earlier act's date
	// makes a dated mention of it, which joins it as any other.
	NewsReach = 3
)

// mention is one distinct mention of a bucket (reports that give the same type,
// place and date share it) with the reports that make it.
type mention struct {
	rec      schema.MentionRecord
	key      string // the IRI, and for an undated mention its report's article
	reports  []int  // indexes into the bucket's reports
	span     kg.DateSpan
	dated    bool
	precise  bool      // names a place more precise than the country
	regional bool      // an event type that strikes a region (an earthquake)
	firstPub time.Time // the earliest publication of its reports
}

// cluster is one incident's mentions.
type cluster struct {
	mentions []int // indexes into the distinct mentions
}

// distinctMentions gathers a bucket's mentions by IRI, in IRI order. An undated
// mention is one report's: "the attacks in Brussels" refers back from the day its own
// report was published, and two reports a month apart may refer to two incidents. So
// is a mention that names no place at all (see nowhere).
func distinctMentions(reports []schema.MentionsRecord, pubs []time.Time) []*mention {
	by := map[string]*mention{}
	for ri, r := range reports {
		for _, m := range r.Mentions {
			key := m.Mention
			if (m.Date == "" || m.Place == "" && m.Country == "") && m.Type != schema.TopicType {
				key += "\x00" + r.Article
			}
			x := by[key]
			if x == nil {
				x = &mention{rec: m, key: key}
				x.span, x.dated = kg.ParseDateSpan(m.Date)
				x.precise = m.Place != "" && !strings.EqualFold(m.Place, m.Country)
				x.regional = kg.Regional(m.Type)
				by[key] = x
			}
			if len(x.reports) == 0 || x.reports[len(x.reports)-1] != ri {
				x.reports = append(x.reports, ri)
			}
			if p := pubs[ri]; !p.IsZero() && (x.firstPub.IsZero() || p.Before(x.firstPub)) {
				x.firstPub = p
			}
		}
	}
	out := make([]*mention, 0, len(by))
	for _, x := range by {
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// close reports whether two dated mentions could date one incident: full dates within
// DayWindow days, partial dates (a month) overlapping.
func close(a, b *mention) bool {
	window := 0.0
	if a.span.Days && b.span.Days {
		window = DayWindow
	}
	return a.span.Gap(b.span) <= window
}

// clusterEvents groups the distinct mentions of an event bucket into incidents. It is
// a function of the set of mentions:
//
//  1. Dated mentions that name one city (or, for an earthquake or its tsunami, any
//     place of the country) and dates within a day are one incident, and so is every
//     chain of such pairs. Regional events of other hazards join when they name one
//     place (a flood in West Virginia and a storm in Texas on one day are two); acts
//     named by different weapons (a shooting, a bombing) only on one day (actsMeet).
//     A mention dated only to a month joins the one such incident of its month, and
//     bridges none (joinMonths).
//  2. A dated mention that names only the country joins the one incident of step 1
//     it could be; where there is none, it joins the other such mentions it is close
//     to; where there are several, it stays apart.
//  3. An undated mention joins the incident that lies within UndatedReach days
//     (NewsReach for the report's news told with its toll in the lead) before its report (at any time, when the report is not dated) and names its
//     place (any place, for a mention of the country alone): the only one, or, for a
//     mention that names a place, the one at least twice as many reports tell of as any
//     other; otherwise it stays apart.
func clusterEvents(ms []*mention) []cluster {
	uf := newUnionFind(len(ms))
	// Step 1, by start date so that a mention meets only those that could be close.
	order := make([]int, 0, len(ms))
	for i, m := range ms {
		if m.dated {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return ms[order[a]].span.From.Before(ms[order[b]].span.From) })
	joinAnchored(ms, order, uf)
	joinMonths(ms, order, uf)
	joinCountryAlone(ms, order, uf)
	undatedJoins := joinUndated(ms, order, uf)
	joinLoose(ms, undatedJoins, uf)
	return uf.groups()
}

// nowhere reports whether a mention names neither a place nor a country: "a shooting"
// on one day, "a fire" could be any in the world (a grand jury's charges over a
// motorist's shooting, NASA's fire in a cargo bay), so it joins no other mention.
func nowhere(m *mention) bool {
	return m.rec.Place == "" && m.rec.Country == "" && m.rec.Type != schema.TopicType
}

// anchored reports whether a mention is anchored by a place more precise than its
// country, or is an earthquake's, which reports place anywhere in the country.
func anchored(m *mention) bool {
	return !nowhere(m) && (m.precise || m.regional && hazard(m.rec.Type) == "quake")
}

// joinAnchored is step 1: anchored mentions of one place (or one region, for
// earthquakes) close in time are one incident. order holds the dated mentions by start.
func joinAnchored(ms []*mention, order []int, uf *unionFind) {
	for x, i := range order {
		a := ms[i]
		if !anchored(a) {
			continue
		}
		for _, j := range order[x+1:] {
			b := ms[j]
			if b.span.From.After(a.span.To.AddDate(0, 0, DayWindow)) {
				break
			}
			if !anchored(b) || !close(a, b) || a.span.Days != b.span.Days {
				continue // a month joins in joinMonths
			}
			if sameAnchor(a, b) {
				uf.union(i, j)
			}
		}
	}
}

// joinMonths is step 1 for anchored mentions dated only to a month ("the attacks in
// Brussels this month"): such a mention joins the incidents of step 1 of its place in
// that month (an incident and its follow-ups, which reports date to their own day),
// but it bridges no two acts named by different weapons: of a raid's shooting on 15
// March and the bombings of 22 March, it joins those of the act far more reports tell
// of (see dominant), or none. Where there is no such incident, it joins the other
// such mentions of its place and month.
func joinMonths(ms []*mention, order []int, uf *unionFind) {
	weight, weapons := map[int]int{}, map[int]map[string]bool{}
	for _, j := range order {
		if b := ms[j]; anchored(b) && b.span.Days {
			r := uf.find(j)
			weight[r] += len(b.reports)
			if kg.ByWeapon(b.rec.Type) {
				if weapons[r] == nil {
					weapons[r] = map[string]bool{}
				}
				weapons[r][b.rec.Type] = true
			}
		}
	}
	var open []int
	joins := map[int][]int{}
	for _, i := range order {
		a := ms[i]
		if !anchored(a) || a.span.Days {
			continue
		}
		roots := map[int]bool{}
		for _, j := range order {
			if b := ms[j]; anchored(b) && b.span.Days && close(a, b) && sameAnchor(a, b) {
				roots[uf.find(j)] = true
			}
		}
		if len(roots) == 0 {
			open = append(open, i)
			continue
		}
		if acts := weaponsOf(roots, weapons); len(acts) > 1 {
			best, ok := dominant(roots, weight)
			if !ok {
				continue
			}
			for r := range roots {
				if !weaponsDiffer(weapons[r], weapons[best]) {
					joins[i] = append(joins[i], r)
				}
			}
			continue
		}
		for r := range roots {
			joins[i] = append(joins[i], r)
		}
	}
	for _, i := range sortedKeys(joins) {
		for _, r := range joins[i] {
			uf.union(i, r)
		}
	}
	for x, i := range open {
		for _, j := range open[x+1:] {
			if close(ms[i], ms[j]) && sameAnchor(ms[i], ms[j]) {
				uf.union(i, j)
			}
		}
	}
}

// weaponsOf is the weapons of acts (a shooting, a bombing) the incidents name.
func weaponsOf(roots map[int]bool, weapons map[int]map[string]bool) map[string]bool {
	out := map[string]bool{}
	for r := range roots {
		for w := range weapons[r] {
			out[w] = true
		}
	}
	return out
}

// weaponsDiffer reports whether two incidents name acts of different weapons: one a
// shooting, the other a bombing. Incidents that share a weapon do not differ: an
// attack of gunmen and suicide bombers that reports name both a shooting and a
// bombing is one act, not two, and does not differ from itself.
func weaponsDiffer(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for w := range a {
		if b[w] {
			return false
		}
	}
	return true
}

// sameAnchor reports whether two anchored mentions close in time are of one incident
// by place and kind (step 1's test).
func sameAnchor(a, b *mention) bool {
	return regionalJoin(a, b) || (a.precise && b.precise && strings.EqualFold(a.rec.Place, b.rec.Place) && kindsMeet(a, b) && actsMeet(a, b))
}

// joinCountryAlone is step 2: a mention of a country alone joins the one incident of
// step 1 it could be of; those that could be of none join each other.
func joinCountryAlone(ms []*mention, order []int, uf *unionFind) {
	var open []int
	joins := map[int]int{}
	for _, i := range order {
		a := ms[i]
		if anchored(a) || nowhere(a) {
			continue
		}
		roots := map[int]bool{}
		for _, j := range order {
			if b := ms[j]; anchored(b) && close(a, b) && kindsMeet(a, b) && actsMeet(a, b) {
				roots[uf.find(j)] = true
			}
		}
		switch len(roots) {
		case 0:
			open = append(open, i)
		case 1:
			for r := range roots {
				joins[i] = r
			}
		}
	}
	for _, i := range sortedKeys(joins) {
		uf.union(i, joins[i])
	}
	for x, i := range open {
		for _, j := range open[x+1:] {
			if close(ms[i], ms[j]) && kindsMeet(ms[i], ms[j]) && actsMeet(ms[i], ms[j]) {
				uf.union(i, j)
			}
		}
	}
}

// joinUndated is step 3: an undated mention joins the dated incident it refers to (see
// dominant). It returns the joins it made, mention → a mention of the incident.
func joinUndated(ms []*mention, order []int, uf *unionFind) map[int]int {
	spans := map[int]kg.DateSpan{}
	for _, i := range order {
		r := uf.find(i)
		if sp, ok := spans[r]; ok {
			spans[r] = sp.Union(ms[i].span)
		} else {
			spans[r] = ms[i].span
		}
	}
	// How many reports tell of each dated incident: an undated mention that could be
	// of several refers to the one far more reports tell of.
	weight := map[int]int{}
	// When each dated incident was first reported: an undated mention refers back only
	// to one reported by the end of its own report's day (a singer shot dead after an
	// Orlando concert is no report of the nightclub shooting there the next night).
	firstReport := map[int]time.Time{}
	for _, i := range order {
		r := uf.find(i)
		weight[r] += len(ms[i].reports)
		if p := ms[i].firstPub; !p.IsZero() && (firstReport[r].IsZero() || p.Before(firstReport[r])) {
			firstReport[r] = p
		}
	}
	undatedJoins := map[int]int{}
	for i, u := range ms {
		if u.dated || nowhere(u) {
			continue
		}
		pub := kg.DaySpan(u.firstPub)
		reach := kg.DateSpan{From: pub.From.AddDate(0, 0, -undatedReach(ms, u)), To: pub.To, Days: true}
		roots := map[int]bool{}
		for _, j := range order {
			b := ms[j]
			if !u.firstPub.IsZero() && (b.span.Gap(reach) > 0 || spans[uf.find(j)].From.After(pub.To)) {
				continue
			}
			if !kindsMeet(u, b) || nowhere(b) || !u.firstPub.IsZero() && !firstReport[uf.find(j)].Before(pub.To.AddDate(0, 0, 1)) {
				continue
			}
			if !u.precise || (b.precise && strings.EqualFold(u.rec.Place, b.rec.Place)) || regionalJoin(u, b) {
				roots[uf.find(j)] = true
			}
		}
		if len(roots) == 1 || u.precise {
			// A mention of a country alone ("U.S. protests") could be of anything in it:
			// it joins only the one incident there is.
			if r, ok := dominant(roots, weight); ok {
				undatedJoins[i] = r
			}
		}
	}
	for _, i := range sortedKeys(undatedJoins) {
		uf.union(i, undatedJoins[i])
	}
	return undatedJoins
}

// undatedReach is how many days back an undated mention may refer: NewsReach for the
// report's own news told with its toll in its lead, unless the report dates an earlier
// event of its kind at its place (an "economic losses from the January storm" report
// that leads with the storm's toll); UndatedReach otherwise.
func undatedReach(ms []*mention, u *mention) int {
	if !u.rec.Main || !u.rec.LeadToll || u.firstPub.IsZero() {
		return UndatedReach
	}
	before := kg.DaySpan(u.firstPub).From.AddDate(0, 0, -NewsReach)
	for _, m := range ms {
		if m.dated && m.span.To.Before(before) && kindsMeet(u, m) && strings.EqualFold(m.rec.Place, u.rec.Place) && shareReport(u, m) {
			return UndatedReach
		}
	}
	return NewsReach
}

// shareReport reports whether some report makes both mentions.
func shareReport(a, b *mention) bool {
	for _, x := range a.reports {
		if slices.Contains(b.reports, x) {
			return true
		}
	}
	return false
}

// joinLoose is step 4: undated mentions of one kind and place that join no dated
// incident, in reports published within TopicWindow days of each other, refer to one
// incident ("a mass shooting in Michigan" recalled by three reports of one day).
func joinLoose(ms []*mention, undatedJoins map[int]int, uf *unionFind) {
	var loose []int
	for i, u := range ms {
		if _, joined := undatedJoins[i]; !u.dated && !joined && !nowhere(u) {
			loose = append(loose, i)
		}
	}
	sort.SliceStable(loose, func(a, b int) bool {
		x, y := ms[loose[a]], ms[loose[b]]
		if x.rec.Mention != y.rec.Mention {
			return x.rec.Mention < y.rec.Mention
		}
		return earlierTime(x.firstPub, y.firstPub)
	})
	for x := 1; x < len(loose); x++ {
		a, b := ms[loose[x-1]], ms[loose[x]]
		if a.rec.Mention == b.rec.Mention && (a.firstPub.IsZero() || b.firstPub.IsZero() ||
			b.firstPub.Sub(a.firstPub) <= TopicWindow*24*time.Hour) {
			uf.union(loose[x-1], loose[x])
		}
	}
}

// dominant picks, of the incidents an undated mention could refer to, the one: the
// only one, or the one at least twice as many reports tell of as any other ("the
// shooting in Dallas" a week after the police were ambushed there, not the arrest of a
// man with a rifle in Dallas the day after).
func dominant(roots map[int]bool, weight map[int]int) (int, bool) {
	best, second := -1, 0
	for r := range roots {
		switch {
		case best < 0 || weight[r] > weight[best] || weight[r] == weight[best] && r < best:
			if best >= 0 {
				second = max(second, weight[best])
			}
			best = r
		default:
			second = max(second, weight[r])
		}
	}
	if best < 0 {
		return 0, false
	}
	return best, len(roots) == 1 || weight[best] >= 2*second && weight[best] > second
}

// regionalJoin reports whether two regional mentions are of one event wherever in
// their country they place it: an earthquake and its tsunami or landslides are felt
// across a country, and reports name different towns; the weather (a storm, its floods
// and tornadoes) and fires strike many places of a large country on one day, so they
// join only at one place. Hazards of different kinds (a wildfire, an eruption) never
// join.
func regionalJoin(a, b *mention) bool {
	if !a.regional || !b.regional {
		return false
	}
	ha, hb := hazard(a.rec.Type), hazard(b.rec.Type)
	if ha != hb {
		return false
	}
	if ha == "quake" {
		return true
	}
	return a.precise && b.precise && strings.EqualFold(a.rec.Place, b.rec.Place)
}

// actsMeet reports whether two dated mentions' acts could be one: two acts named by
// different weapons ("a police shooting" in Baltimore one day, "a bomb threat
// suspect" shot there the next) are one only when reports date them to one day.
func actsMeet(a, b *mention) bool {
	if !kg.ByWeapon(a.rec.Type) || !kg.ByWeapon(b.rec.Type) || a.rec.Type == b.rec.Type {
		return true
	}
	return a.span.Gap(b.span) <= 0
}

// kindsMeet reports whether two mentions' types could tell of one happening: any two
// of a family (a bombing reported as an attack), but of regional types only those of
// one hazard.
func kindsMeet(a, b *mention) bool {
	return !a.regional || !b.regional || hazard(a.rec.Type) == hazard(b.rec.Type)
}

// hazard groups the regional event types that reports use for one happening.
func hazard(typ string) string {
	switch typ {
	case "earthquake", "tsunami", "landslide":
		return "quake"
	case "hurricane", "typhoon", "cyclone", "tornado", "storm", "flood", "blizzard", "avalanche":
		return "weather"
	case "wildfire", "heatwave", "drought":
		return "heat"
	}
	return typ
}

// clusterTopics groups the mentions of a subject into stories: reports published
// within TopicWindow days of each other follow one story.
func clusterTopics(ms []*mention) []cluster {
	uf := newUnionFind(len(ms))
	order := make([]int, 0, len(ms))
	for i, m := range ms {
		if m.dated {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return ms[order[a]].span.From.Before(ms[order[b]].span.From) })
	for x := 1; x < len(order); x++ {
		a, b := ms[order[x-1]], ms[order[x]]
		if a.span.Gap(b.span) <= TopicWindow {
			uf.union(order[x-1], order[x])
		}
	}
	return uf.groups()
}

// unionFind groups indexes; the root of a group is its smallest index, so that the
// groups do not depend on the order of the unions.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	switch {
	case ra < rb:
		u.parent[rb] = ra
	case rb < ra:
		u.parent[ra] = rb
	}
}

// groups lists the groups, each in index order, by their smallest index.
func (u *unionFind) groups() []cluster {
	by := map[int]*cluster{}
	var roots []int
	for i := range u.parent {
		r := u.find(i)
		c := by[r]
		if c == nil {
			c = &cluster{}
			by[r] = c
			roots = append(roots, r)
		}
		c.mentions = append(c.mentions, i)
	}
	sort.Ints(roots)
	out := make([]cluster, len(roots))
	for k, r := range roots {
		out[k] = *by[r]
	}
	return out
}

func sortedKeys[V any](m map[int]V) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}
