package ledger

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// Bucket is what the store holds for one bucket: every report's row in it.
type Bucket struct {
	IRI     string // short IRI
	Reports []schema.MentionsRecord
}

// FigureSource returns the tracked figures of an article (its eventFigure rows).
type FigureSource func(article string) ([]schema.FigureRecord, error)

// Reuse returns the stored record of an incident when its members — the (article,
// mention) pairs it is made of — are the same as when it was judged: the figures of an
// article cannot change, so neither can its judgement. nil judges every incident.
type Reuse func(event string, members [][2]string) (schema.IncidentRecord, bool)

// Derived is a bucket's derived state.
type Derived struct {
	// Cluster says which reports' mentions make which incident; Incidents are their
	// records (what each is, its tallies, its findings).
	Cluster   schema.ClusterRecord
	Incidents []schema.IncidentRecord
	// Identity takes entities named by a surname or an acronym alone for the one
	// entity other reports name in full.
	Identity schema.IdentityRecord
}

// Derive computes a bucket's derived state from its reports. Figures are read through
// figures, one call per article of an incident judged afresh.
func Derive(b Bucket, figures FigureSource, reuse Reuse) (Derived, error) {
	reports := append([]schema.MentionsRecord(nil), b.Reports...)
	sort.Slice(reports, func(i, j int) bool { return reports[i].Article < reports[j].Article })
	pubs := make([]time.Time, len(reports))
	for i, r := range reports {
		pubs[i] = stamp(r.Published)
	}
	d := Derived{Cluster: schema.ClusterRecord{Bucket: b.IRI}, Identity: identities(b.IRI, reports)}
	cr := &d.Cluster
	if statementBucket(reports) {
		inc, ok := judgeStatements(b.IRI, reports, pubs)
		if ok {
			cr.Incidents = append(cr.Incidents, schema.ClusterMember{Event: inc.Event, Members: statementMembers(reports)})
			d.Incidents = []schema.IncidentRecord{inc}
		}
		return d, nil
	}
	ms := distinctMentions(reports, pubs)
	var clusters []cluster
	if len(ms) > 0 && ms[0].rec.Type == schema.TopicType {
		clusters = clusterTopics(ms)
	} else {
		clusters = clusterEvents(ms)
	}
	var out []schema.IncidentRecord
	used := map[string]int{}
	for _, c := range clusters {
		inc := describe(b.IRI, ms, c, reports)
		// Two incidents of a bucket may look alike (two shootings in one country on
		// one day, neither with a city): number the later ones.
		// (Counted by the name they share: a third is -3, not a second -2.)
		base := inc.Event
		if n := used[base]; n > 0 {
			inc.Event = fmt.Sprintf("%s-%d", base, n+1)
		}
		used[base]++
		members := map[int]map[string]bool{} // report → its mentions in this incident
		var cm schema.ClusterMember
		cm.Event = inc.Event
		for _, mi := range c.mentions {
			for _, ri := range ms[mi].reports {
				if members[ri] == nil {
					members[ri] = map[string]bool{}
				}
				members[ri][ms[mi].rec.Mention] = true
				cm.Members = append(cm.Members, [2]string{reports[ri].Article, ms[mi].rec.Mention})
			}
		}
		sort.Slice(cm.Members, func(i, j int) bool {
			if cm.Members[i][0] != cm.Members[j][0] {
				return cm.Members[i][0] < cm.Members[j][0]
			}
			return cm.Members[i][1] < cm.Members[j][1]
		})
		cr.Incidents = append(cr.Incidents, cm)
		if reuse != nil {
			if rec, ok := reuse(inc.Event, cm.Members); ok {
				out = append(out, rec)
				continue
			}
		}
		own := map[int]bool{}
		var about, recalled []string
		for ri, ms := range members {
			for m := range ms {
				if mainMention(reports[ri], m) {
					own[ri] = true
				}
			}
			if own[ri] {
				about = append(about, reports[ri].Article)
			} else {
				recalled = append(recalled, reports[ri].Article)
			}
		}
		sort.Strings(about)
		sort.Strings(recalled)
		inc.Articles, inc.Recalled = append([]string{}, about...), recalled
		if err := judge(&inc, reports, pubs, members, own, figures); err != nil {
			return d, err
		}
		out = append(out, inc)
	}
	d.Incidents = out
	return d, nil
}

// identities takes the entities a bucket's reports name by a surname or an acronym
// alone for the one entity other reports name in full with it; where two or more
// entities have the name in full, the short name stays its own entity.
func identities(bucket string, reports []schema.MentionsRecord) schema.IdentityRecord {
	rec := schema.IdentityRecord{Bucket: bucket, Merges: []schema.MergeRecord{}}
	full := map[string]bool{}
	type short struct {
		alias string
		arts  map[string]bool
	}
	shorts := map[string]*short{}
	for _, r := range reports {
		for _, n := range r.Names {
			if n.Full {
				full[n.Entity] = true
				continue
			}
			x := shorts[n.Entity]
			if x == nil {
				x = &short{alias: n.Name, arts: map[string]bool{}}
				shorts[n.Entity] = x
			}
			if n.Name < x.alias {
				x.alias = n.Name
			}
			x.arts[r.Article] = true
		}
	}
	for e := range shorts {
		delete(full, e)
	}
	if len(full) != 1 {
		return rec
	}
	var into string
	for e := range full {
		into = e
	}
	method := "surname of a person named in full in another report"
	if strings.Contains(bucket, "/acronym/") {
		method = "acronym another report gives for this organization"
	}
	for _, from := range schema.SortedKeys(keySet(shorts)) {
		x := shorts[from]
		rec.Merges = append(rec.Merges, schema.MergeRecord{From: from, Into: into, Alias: x.alias, Method: method, Articles: schema.SortedKeys(x.arts)})
	}
	return rec
}

func keySet[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// describe names an incident from its mentions: the type, city, country and date most
// of its reports give (ties: the more specific type, the earlier date, the first name).
func describe(bucket string, ms []*mention, c cluster, reports []schema.MentionsRecord) schema.IncidentRecord {
	types, places, countries, days, partial, subjects := counter{}, counter{}, counter{}, counter{}, counter{}, counter{}
	inc := schema.IncidentRecord{Bucket: bucket}
	arts := map[string]bool{}
	seenMention := map[string]bool{}
	for _, mi := range c.mentions {
		m := ms[mi]
		if !seenMention[m.rec.Mention] {
			seenMention[m.rec.Mention] = true
			inc.Mentions = append(inc.Mentions, m.rec.Mention)
		}
		n := len(m.reports)
		types.add(m.rec.Type, n)
		if m.precise {
			places.add(m.rec.Place, n)
		}
		countries.add(m.rec.Country, n)
		subjects.add(m.rec.Subject, n)
		if m.dated && m.span.Days {
			days.add(m.rec.Date, n)
		} else if m.dated {
			partial.add(m.rec.Date, n)
		}
		for _, ri := range m.reports {
			arts[reports[ri].Article] = true
		}
	}
	inc.Type = types.specific()
	inc.Place = places.top()
	inc.Country = countries.top()
	inc.Subject = subjects.top()
	inc.Date = days.top()
	if inc.Date == "" {
		inc.Date = partial.top()
	}
	inc.Articles = schema.SortedKeys(arts)
	if inc.Type == schema.TopicType {
		inc.Label = inc.Subject
		if inc.Date != "" {
			inc.Label += " · " + inc.Date
		}
		inc.Event = schema.Short(string(schema.IncidentIRI(inc.Type, "", inc.Subject, inc.Date)))
	} else {
		inc.Label = kg.Event{Type: inc.Type, Place: inc.Place, Country: inc.Country, Date: inc.Date}.Label()
		inc.Event = schema.Short(string(schema.IncidentIRI(inc.Type, inc.Place, inc.Country, inc.Date)))
	}
	return inc
}

// counter counts how many reports give each value.
type counter map[string]int

func (c counter) add(v string, n int) {
	if v != "" {
		c[v] += n
	}
}

// top is the value most reports give; ties go to the first in order.
func (c counter) top() string {
	best, bestN := "", 0
	for v, n := range c {
		if better(v, n, best, bestN) {
			best, bestN = v, n
		}
	}
	return best
}

// specific is the most specific event type (kg.MoreSpecific) among those at least a
// quarter as many reports give as the most common one: reports that call a bombing "an
// attack" do not make it less of a bombing, but one odd report does not make it a
// shooting.
func (c counter) specific() string {
	most := 0
	for _, n := range c {
		most = max(most, n)
	}
	best := ""
	for v, n := range c {
		if 4*n < most {
			continue
		}
		if best == "" || moreSpecific(v, best) || !moreSpecific(best, v) && better(v, n, best, c[best]) {
			best = v
		}
	}
	return best
}

// moreSpecific is kg.MoreSpecific, except that two acts named by different weapons (a
// shooting, a bombing) are equally specific: neither is a kind of the other, and an
// incident is named by the one more of its reports give (the Brussels bombings, which
// some reports of police raids call a shooting).
func moreSpecific(a, b string) bool {
	if kg.ByWeapon(a) && kg.ByWeapon(b) {
		return false
	}
	return kg.MoreSpecific(a, b)
}

func better(v string, n int, best string, bestN int) bool {
	if n != bestN {
		return n > bestN
	}
	return v < best
}

func stamp(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

func statementBucket(reports []schema.MentionsRecord) bool {
	for _, r := range reports {
		if len(r.Statements) > 0 {
			return true
		}
	}
	return false
}

func statementMembers(reports []schema.MentionsRecord) [][2]string {
	var out [][2]string
	for _, r := range reports {
		for _, s := range r.Statements {
			out = append(out, [2]string{r.Article, s.Claim})
		}
	}
	return out
}

// judgeStatements finds the statements of a bucket that contradict each other (X
// accepts Y, X rejects Y): one finding for each pair of opposite predicates, between
// the first report of each side, saying how many reports stand on each. ok is false
// when there is none.
func judgeStatements(bucket string, reports []schema.MentionsRecord, pubs []time.Time) (schema.IncidentRecord, bool) {
	type said struct {
		r   int
		st  schema.StatementRecord
		pub time.Time
	}
	by := map[string][]said{}
	for ri, r := range reports {
		for _, st := range r.Statements {
			by[st.Predicate] = append(by[st.Predicate], said{ri, st, pubs[ri]})
		}
	}
	for _, list := range by {
		sort.Slice(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if !a.pub.Equal(b.pub) {
				return earlierTime(a.pub, b.pub)
			}
			if reports[a.r].Article != reports[b.r].Article {
				return reports[a.r].Article < reports[b.r].Article
			}
			return a.st.Offset < b.st.Offset
		})
	}
	inc := schema.IncidentRecord{Bucket: bucket, Type: schema.StatementType, Mentions: []string{}}
	preds := make([]string, 0, len(by))
	for p := range by {
		preds = append(preds, p)
	}
	sort.Strings(preds)
	arts := map[string]bool{}
	for _, p := range preds {
		q, ok := kg.Opposites[p]
		if !ok || by[q] == nil || p > q && kg.Opposites[q] == p {
			continue // no opposite said, or the pair is judged from its other side
		}
		a, b := by[p][0], by[q][0]
		if b.pub.Before(a.pub) {
			a, b = b, a
		}
		ca, cb := statementClaim(reports[a.r], a.st), statementClaim(reports[b.r], b.st)
		why := fmt.Sprintf("%s says %s; %s says %s.", outlet(reports[a.r].Publisher), a.st.Says, outlet(reports[b.r].Publisher), b.st.Says)
		if n, m := len(by[a.st.Predicate]), len(by[b.st.Predicate]); n+m > 2 {
			why += fmt.Sprintf(" (%d report%s say %s, %d %s.)", n, plural(n), kg.PredicatePhrase(a.st.Predicate), m, kg.PredicatePhrase(b.st.Predicate))
		}
		inc.Findings = append(inc.Findings, schema.ConflictRecord{Conflict: schema.Short(string(schema.ConflictIRI(ca.Claim, cb.Claim))),
			Measure: a.st.Predicate + "/" + b.st.Predicate, Verdict: string(kg.Conflict), Why: why, Claims: []schema.ClaimRecord{ca, cb}})
		for _, s := range append(by[p], by[q]...) {
			arts[reports[s.r].Article] = true
		}
		if inc.Label == "" {
			inc.Label = a.st.Says
		}
	}
	if len(inc.Findings) == 0 {
		return inc, false
	}
	inc.Event = schema.Short(string(schema.HashIRI(schema.KindEvent+"/statement", bucket)))
	inc.Articles = schema.SortedKeys(arts)
	for i := range inc.Findings {
		inc.Findings[i].Event = inc.Event
	}
	inc.Reports = len(inc.Articles)
	return inc, true
}

func statementClaim(r schema.MentionsRecord, st schema.StatementRecord) schema.ClaimRecord {
	return schema.ClaimRecord{Claim: st.Claim, Says: st.Says, Source: st.Source, Text: st.Text, Offset: st.Offset,
		ArticleRecord: schema.ArticleRecord{Article: r.Article, Published: r.Published, Publisher: r.Publisher}}
}

func outlet(p string) string {
	if p == "" {
		return "One report"
	}
	return p
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// earlierTime orders times with the unknown (zero) last.
func earlierTime(a, b time.Time) bool {
	if a.IsZero() != b.IsZero() {
		return b.IsZero()
	}
	return a.Before(b)
}
