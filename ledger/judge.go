package ledger

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// How close in time reports must be for their figures to be held against each other.
const (
	// SameTime is how far apart two reports count as written at the same moment: a
	// difference between them is a disagreement whatever the measure.
	SameTime = 2 * time.Hour
	// OwnRevision is how far apart an outlet's two reports may be for a lower exact
	// count in the later one to revise its own earlier count.
	OwnRevision = 48 * time.Hour
)

// figure is one figure of an incident, with what judging needs of it.
type figure struct {
	rec    schema.FigureRecord
	report int // index into the bucket's reports
	group  int // its story group: copies of one story share one
	pub    time.Time
	iv     kg.Interval
	scope  kg.Scope
	class  string
	// recalled is a figure a report gives of an earlier incident than its own: it
	// corroborates, but is held against nothing.
	recalled bool
	// day is the day the figure's own clause dates it to, for a figure of a topic
	// (dayOfTopic); the zero span when it has none or is an event's.
	day kg.DateSpan
}

// dayOfTopic is the day a figure of a topic speaks of, by its own clause ("five states
// vote on Saturday"), or the zero span. An event is one incident of one day, so its
// figures' dates are those of the act or of what was said about it; a topic (a
// company, a candidate, a lottery) gathers reports of several days, and a count its
// clause dates to one day is that day's quantity.
func dayOfTopic(inc *schema.IncidentRecord, r schema.FigureRecord) kg.DateSpan {
	if inc.Type != schema.TopicType {
		return kg.DateSpan{}
	}
	if sp, ok := kg.ParseDateSpan(r.Date); ok && sp.Days {
		return sp
	}
	return kg.DateSpan{}
}

// otherDays reports whether two figures are of a topic's different days: both dated
// to days by their clauses, more than DayWindow apart ("five states" voting on 5 March
// and "five states" voting on 15 March are two quantities, not one value two reports
// give).
func otherDays(a, b *figure) bool {
	return a.day.Days && b.day.Days && a.day.Gap(b.day) > DayWindow
}

func (f *figure) dated() bool { return !f.pub.IsZero() }

// before orders figures by report time (undated last), article and place in it.
func before(a, b *figure) bool {
	if !a.pub.Equal(b.pub) {
		return earlierTime(a.pub, b.pub)
	}
	if a.rec.Article != b.rec.Article {
		return a.rec.Article < b.rec.Article
	}
	if a.rec.Offset != b.rec.Offset {
		return a.rec.Offset < b.rec.Offset
	}
	return a.rec.Claim < b.rec.Claim
}

// judge fills an incident's reports, outlets, series, tallies and findings from the
// figures its reports give for its mentions. Reports and outlets count the reports
// about it (own); the figures of reports that recall it count in its tallies.
func judge(inc *schema.IncidentRecord, reports []schema.MentionsRecord, pubs []time.Time,
	members map[int]map[string]bool, own map[int]bool, figures FigureSource) error {
	ris := sortedKeys(members)
	group := storyGroups(reports, pubs, ris)
	groups, outlets := map[int]bool{}, map[string]bool{}
	for _, ri := range ris {
		if !own[ri] {
			continue // a report that recalls it is no report of it
		}
		groups[group[ri]] = true
		if p := reports[ri].Publisher; p != "" {
			outlets[p] = true
		}
	}
	inc.Reports = len(groups)
	inc.Outlets = schema.SortedKeys(outlets)

	bySeries := map[string][]*figure{}
	for _, ri := range ris {
		recs, err := figures(reports[ri].Article)
		if err != nil {
			return fmt.Errorf("figures of %s: %w", reports[ri].Article, err)
		}
		for _, r := range recs {
			if !members[ri][r.Mention] {
				continue
			}
			f := &figure{rec: r, report: ri, group: group[ri], pub: pubs[ri], scope: kg.ParseScope(r.Scope),
				class: kg.AmountClass(r.Measure, r.Unit), day: dayOfTopic(inc, r)}
			if f.scope.Kind == kg.Background && f.scope.Of == "" && r.Superseded {
				// A value the report says was replaced is of an earlier time, which is
				// what makes it background; it is judged beside the value that replaced it.
				f.scope = kg.Scope{}
				f.rec.Scope = ""
			} else if f.scope.Kind == kg.Background && f.scope.Of == "" && !mainMention(reports[ri], r.Mention) {
				// A past incident a report recalls ("a bombing in Ankara last month killed
				// 29") is background to the report's own event, but the figure is a report
				// of that incident's whole toll: it counts in the incident's tallies, and,
				// stale and rounded as it may be, is held against no other (recalled).
				f.scope = kg.Scope{}
				f.rec.Scope = ""
				f.recalled = true
			}
			f.iv = compatible(r.Value, kg.Qualifier(r.Qualifier))
			key := f.class + "\x00" + f.scope.Key() + "\x00" + r.Unit
			bySeries[key] = append(bySeries[key], f)
		}
	}
	keys := make([]string, 0, len(bySeries))
	for k := range bySeries {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	seen := map[string]bool{}
	for _, key := range keys {
		s := bySeries[key]
		sort.Slice(s, func(i, j int) bool { return before(s[i], s[j]) })
		first := s[0]
		sr := schema.SeriesRecord{Measure: first.class, Scope: first.rec.Scope, Unit: first.rec.Unit, Figures: len(s), Latest: s[len(s)-1].rec.Value}
		sg := map[int]bool{}
		for _, f := range s {
			sg[f.group] = true
		}
		sr.Reports = len(sg)
		inc.Series = append(inc.Series, sr)
		if !first.scope.Comparable() {
			continue // background and estimates are context, never a report to hold against another
		}
		inc.Tallies = append(inc.Tallies, tallies(inc.Event, key, "", s, reports)...)
		j := &judgement{inc: inc, series: sr, s: s, reports: reports, seen: seen}
		j.withinReports()
		j.earlierCounts(kg.TraitsOf(first.class)) // earlier counts against other outlets' of their time (earlier.go)
		if kg.TraitsOf(first.class).Static {
			j.static()
		} else {
			j.moving(kg.TraitsOf(first.class))
		}
	}
	familyTallies(inc, bySeries, keys, reports)
	sort.SliceStable(inc.Findings, func(i, j int) bool { return inc.Findings[i].Conflict < inc.Findings[j].Conflict })
	return nil
}

// storyGroups gives each report of an incident its story group: reports whose texts
// are near copies (a wire story carried by several outlets, an outlet's story posted
// again) within two days of each other are one story, and count as one report. A
// group is named by its first report (in bucket order).
func storyGroups(reports []schema.MentionsRecord, pubs []time.Time, ris []int) map[int]int {
	uf := newUnionFind(len(ris))
	for x := range ris {
		a := reports[ris[x]]
		if a.Fingerprint == "" {
			continue
		}
		for y := x + 1; y < len(ris); y++ {
			b := reports[ris[y]]
			if b.Fingerprint == "" {
				continue
			}
			if pa, pb := pubs[ris[x]], pubs[ris[y]]; !pa.IsZero() && !pb.IsZero() && math.Abs(pa.Sub(pb).Hours()) > 48 {
				continue
			}
			if a.Fingerprint.Similarity(b.Fingerprint) >= CopySimilarity {
				uf.union(x, y)
			}
		}
	}
	out := make(map[int]int, len(ris))
	for x, ri := range ris {
		out[ri] = ris[uf.find(x)]
	}
	return out
}

// CopySimilarity is how alike two texts must be (the share of their five-word
// sequences in common) to be copies of one story. On the 2016 corpus, reports of one
// event by different outlets share almost none (below 0.1), an outlet's rewritten
// update 0.2 to 0.7, and copies 0.9 and more.
const CopySimilarity = 0.8

// tallies counts, for each value of a series, the independent reports that give it,
// and keeps the values two or more give. A value a topic's figures give for several
// days is one tally a day (quantityDays). measure names the tallies; "" names each by
// its figures' class.
func tallies(event, series, measure string, s []*figure, reports []schema.MentionsRecord) []schema.TallyRecord {
	type acc struct {
		rec     schema.TallyRecord
		groups  map[int]bool
		outlets map[string]bool
		sources map[string]bool
		arts    map[string]bool
		figs    []*figure
	}
	by := map[string]*acc{}
	var order []string
	days := quantityDays(s)
	for _, f := range s {
		if f.rec.Superseded {
			continue // a value its report says was replaced is no report of it
		}
		k := kg.FormatValue(f.rec.Value) + "\x00" + f.rec.Qualifier + "\x00" + days[f]
		a := by[k]
		if a == nil {
			m := measure
			if m == "" {
				m = f.class
			}
			a = &acc{rec: schema.TallyRecord{Measure: m, Scope: f.rec.Scope, Unit: f.rec.Unit, Value: f.rec.Value, Qualifier: f.rec.Qualifier},
				groups: map[int]bool{}, outlets: map[string]bool{}, sources: map[string]bool{}, arts: map[string]bool{}}
			quantity := series
			if days[f] != "" {
				quantity += "\x00" + days[f] // one value of two days: two tallies
			}
			a.rec.Tally = schema.Short(string(schema.TallyIRI(event, quantity, f.rec.Value, f.rec.Qualifier)))
			by[k] = a
			order = append(order, k)
		}
		a.groups[f.group] = true
		a.figs = append(a.figs, f)
		if p := reports[f.report].Publisher; p != "" {
			a.outlets[p] = true
		}
		if f.rec.Source != "" {
			a.sources[f.rec.Source] = true
		}
		if !a.arts[f.rec.Article] {
			a.arts[f.rec.Article] = true
			a.rec.Articles = append(a.rec.Articles, f.rec.Article)
		}
		a.rec.Claims = append(a.rec.Claims, f.rec.Claim)
		if f.dated() {
			if a.rec.First == "" {
				a.rec.First = f.rec.Published
			}
			a.rec.Last = f.rec.Published
		}
	}
	var out []schema.TallyRecord
	for _, k := range order {
		a := by[k]
		if len(a.groups) < 2 {
			continue
		}
		a.rec.Reports = reusedOnce(a.figs, reports)
		if a.rec.Reports < 2 {
			continue
		}
		a.rec.Outlets = schema.SortedKeys(a.outlets)
		a.rec.Sources = schema.SortedKeys(a.sources)
		out = append(out, a.rec)
	}
	return out
}

// quantityDays tells, for the figures of each value of a topic's series, which day's
// quantity each reports, where they are of several: figures whose clauses date them to
// days DayWindow or less apart (in a chain) are one day's, named by its first day; a
// figure its clause dates to no day is of none ("undated") when the value's dated
// figures are of several days, and of the one day when they are of one. A figure of
// a value whose figures are all of one day (or of none), and every figure of an event,
// is of "": one quantity.
func quantityDays(s []*figure) map[*figure]string {
	byValue := map[string][]*figure{}
	var values []string
	for _, f := range s {
		if !f.day.Days || f.rec.Superseded {
			continue
		}
		k := kg.FormatValue(f.rec.Value) + "\x00" + f.rec.Qualifier
		if byValue[k] == nil {
			values = append(values, k)
		}
		byValue[k] = append(byValue[k], f)
	}
	var out map[*figure]string
	for _, k := range values {
		dated := append([]*figure(nil), byValue[k]...)
		sort.SliceStable(dated, func(i, j int) bool { return dated[i].day.From.Before(dated[j].day.From) })
		label := map[*figure]string{}
		first := dated[0]
		for x, f := range dated {
			if x > 0 && dated[x-1].day.Gap(f.day) > DayWindow {
				first = f
			}
			label[f] = first.day.From.Format("2006-01-02")
		}
		if label[dated[0]] == label[dated[len(dated)-1]] {
			continue // one day's quantity
		}
		if out == nil {
			out = map[*figure]string{}
		}
		for _, f := range s {
			if f.rec.Superseded || kg.FormatValue(f.rec.Value)+"\x00"+f.rec.Qualifier != k {
				continue
			}
			if l, ok := label[f]; ok {
				out[f] = l
			} else {
				out[f] = "undated"
			}
		}
	}
	return out
}

// nearby is how many of a report's earlier figures of a series one figure is compared
// with.
const nearby = 48

// judgement finds the findings of one series of an incident. Each figure is held
// against a few others at most (the first it contradicts), so that the findings grow
// with the number of reports, not with its square, and each pair is listed once.
type judgement struct {
	inc     *schema.IncidentRecord
	series  schema.SeriesRecord
	s       []*figure
	reports []schema.MentionsRecord
	seen    map[string]bool
}

// withinReports compares the figures one report gives. A value the report says was
// replaced ("raised its target to $800 from $720") is revised by the value that
// replaced it in the same sentence. Two sources a report sets against each other
// conflict only on a toll or a measure of the event itself (counts of jobs or vehicles
// two sources give in one report are seldom one quantity), only when both name a
// source, different ones, and only when each states the whole of it: a report's
// figures are mostly parts of each other (one hospital's patients, one county's dead,
// "two of the officers"), and a report seldom leaves a disagreement between its
// sources unremarked. Where the report itself says two counts differ ("the figures
// differed from ones issued earlier by the police"), that sentence's count conflicts
// with the count before it whatever their intervals.
func (j *judgement) withinReports() {
	byArticle := map[string][]*figure{}
	var arts []string
	for _, f := range j.s {
		if byArticle[f.rec.Article] == nil {
			arts = append(arts, f.rec.Article)
		}
		byArticle[f.rec.Article] = append(byArticle[f.rec.Article], f)
	}
	for _, a := range arts {
		fs := byArticle[a]
		for gi, g := range fs {
			if g.rec.Superseded {
				// One revision told by two versions of a story is one finding.
				h := replacement(fs, g)
				if h != nil && scaleLost(g, h) {
					continue // "from $8.0 billon": a value read without its scale word replaces nothing
				}
				if h != nil && !otherPeriod(g.rec.Text) && !j.paired(g.rec.Value, h.rec.Value) {
					j.add(kg.Revision, g, h, fmt.Sprintf("%s gives %s as a replaced value, now %s: %s",
						outletOf(j.reports, g), figureText(g), figureText(h), quoted(h.rec.Text)))
				} else if h == nil {
					j.reviseEarlier(fs, g) // an earlier count its report replaces in another sentence (earlier.go)
				}
				continue
			}
			t := kg.TraitsOf(g.class)
			if !t.Toll && !t.Static || g.recalled {
				continue // two counts of jobs or vehicles in one report are seldom one quantity
			}
			if differs(g.rec.Text) && highestOfSentence(fs, g) {
				// The report says its sources differ: the nearest earlier count of another
				// source, in another sentence.
				for fi := gi - 1; fi >= max(0, gi-nearby); fi-- {
					f := fs[fi]
					if f.rec.Superseded || f.recalled || f.rec.Text == g.rec.Text || strings.EqualFold(f.rec.Source, g.rec.Source) || f.rec.Value == g.rec.Value {
						continue
					}
					j.add(kg.Conflict, f, g, fmt.Sprintf("In the same report (%s), %s while %s; the report says they differ: %s",
						outletOf(j.reports, g), says(j.reports, f), says(j.reports, g), quoted(g.rec.Text)))
					break
				}
				continue
			}
			if g.rec.Source == "" || (t.Toll && !j.wholeToll(g)) {
				continue
			}
			// Two sources a report sets against each other stand near each other in it:
			// a few dozen figures back at most, so that a report of thousands of figures
			// costs a few dozen comparisons a figure.
			for _, f := range fs[max(0, gi-nearby):gi] {
				if f.rec.Superseded || f.recalled || f.rec.Source == "" || sameSource(f.rec.Source, g.rec.Source) || f.rec.Text == g.rec.Text ||
					f.iv.Overlaps(g.iv) || !sameQuantity(f, g) || !sameTime(f, g) {
					continue
				}
				if t.Toll && !j.wholeToll(f) {
					continue
				}
				j.add(kg.Conflict, f, g, fmt.Sprintf("In the same report (%s), %s while %s.", outletOf(j.reports, g), says(j.reports, f), says(j.reports, g)))
				break
			}
		}
	}
}

// replacement is the value that replaces a superseded figure g: the nearest figure of
// the same sentence, not itself replaced, of another value ("to $800 from $720").
func replacement(fs []*figure, g *figure) *figure {
	var best *figure
	for _, h := range fs {
		if h == g || h.rec.Superseded || h.rec.Value == g.rec.Value || h.rec.Text != g.rec.Text {
			continue
		}
		if best == nil || abs(h.rec.Offset-g.rec.Offset) < abs(best.rec.Offset-g.rec.Offset) {
			best = h
		}
	}
	return best
}

// scaleLost reports whether replaced value g and the value h that replaced it in one
// sentence are a thousand times apart or more: one of them was read without its scale
// word ("to $8.08 billion, from $8.0 billon"), and a change stated in one sentence is
// never of that size.
func scaleLost(g, h *figure) bool {
	a, b := math.Abs(g.rec.Value), math.Abs(h.rec.Value)
	if a > b {
		a, b = b, a
	}
	return a > 0 && b/a >= 1000
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// highestOfSentence reports whether f has the highest count of its sentence's figures
// of the series ("three civilians and a police officer": three).
func highestOfSentence(fs []*figure, f *figure) bool {
	for _, x := range fs {
		if x.rec.Text == f.rec.Text && !x.rec.Superseded && x.iv.Lo > f.iv.Lo {
			return false
		}
	}
	return true
}

// static judges a measure of the event itself (a magnitude, a depth), which does not
// move: every value that reports give against the value most independent reports
// give, whenever they were written. A value only one report gives is held against it
// only when both name their sources, different ones (USGS against the Central Weather
// Bureau): an unsourced magnitude in another story is as often another quake's, or a
// threshold ("quakes above magnitude 5").
func (j *judgement) static() {
	type value struct {
		first  *figure
		groups map[int]bool
	}
	var values []*value
	for _, f := range j.s {
		if f.recalled {
			continue
		}
		var v *value
		for _, x := range values {
			if x.first.rec.Value == f.rec.Value && x.first.rec.Qualifier == f.rec.Qualifier {
				v = x
				break
			}
		}
		if v == nil {
			v = &value{first: f, groups: map[int]bool{}}
			values = append(values, v)
		}
		v.groups[f.group] = true
	}
	if len(values) == 0 {
		return
	}
	top := values[0]
	for _, v := range values[1:] {
		if len(v.groups) > len(top.groups) {
			top = v
		}
	}
	for _, v := range values {
		if v == top || v.first.iv.Overlaps(top.first.iv) || v.first.rec.Article == top.first.rec.Article ||
			j.paired(v.first.rec.Value, top.first.rec.Value) {
			continue // the same disagreement, already found within one report
		}
		a, b := top.first, v.first
		if len(v.groups) < 2 && (a.rec.Source == "" || b.rec.Source == "" || sameSource(a.rec.Source, b.rec.Source)) {
			continue // one report's unsourced value: as often another quake's, or a threshold
		}
		if before(b, a) {
			a, b = b, a
		}
		j.add(kg.Conflict, a, b, fmt.Sprintf("%s, but %s.", capital(says(j.reports, a)+" "+when(j.reports, a)), says(j.reports, b)+" "+when(j.reports, b)))
	}
}

// moving judges a measure that moves as news comes in. A report that corrects an
// earlier figure ("revised the toll down to 31") revises the latest higher one; an
// update of an outlet's story whose exact count of a toll lies below the count the
// story gave before revises it; and, for a toll, a report whose whole count cannot hold
// together with another outlet's at the same time (SameTime) conflicts with the nearest
// such report. A lower count some hours after a higher one is no finding: reports lag
// behind each other, and on the 2016 corpus none such was a disagreement. For a toll,
// a report is held to the highest count it gives: the lower ones it gives beside it
// are parts ("three of the dead were Americans") that it need not say are parts.
// Figures of a topic that their clauses date to different days are never held against
// each other (otherDays).
func (j *judgement) moving(t kg.MeasureTraits) {
	rising := !t.Falls
	if rising {
		j.s = highestOfEach(j.s)
	}
	for gi, g := range j.s {
		if !g.dated() || g.rec.Superseded || g.recalled {
			continue
		}
		if g.rec.Correction {
			for fi := gi - 1; fi >= 0; fi-- {
				if f := j.s[fi]; f.rec.Article != g.rec.Article && !f.recalled && f.iv.Above(g.iv) {
					j.add(kg.Revision, f, g, fmt.Sprintf("%s gives %s, correcting %s %s: %s", outletOf(j.reports, g), figureText(g),
						figureText(f), when(j.reports, f), quoted(g.rec.Text)))
					break
				}
			}
			continue
		}
		if rising && g.iv.Exact() {
			if f := j.ownEarlier(gi); f != nil {
				j.add(kg.Revision, f, g, fmt.Sprintf("%s, then %s: the outlet revises its own count down.",
					capital(says(j.reports, f)+" "+when(j.reports, f)), says(j.reports, g)+" "+when(j.reports, g)))
				continue
			}
		}
		if !t.Toll || !j.wholeToll(g) {
			continue
		}
		// The nearest report at the same time that g cannot agree with: one finding a
		// report at most.
		for fi := gi - 1; fi >= 0; fi-- {
			f := j.s[fi]
			if !f.dated() || g.pub.Sub(f.pub) > SameTime {
				break
			}
			if f.rec.Superseded || f.recalled || f.group == g.group || samePublisher(j.reports, f, g) || f.iv.Overlaps(g.iv) ||
				!sameQuantity(f, g) || !j.wholeToll(f) || !j.samePlace(f, g) || !sameTime(f, g) || otherDays(f, g) {
				continue
			}
			j.add(kg.Conflict, f, g, fmt.Sprintf("At the same time, %s and %s.",
				says(j.reports, f)+" "+when(j.reports, f), says(j.reports, g)+" "+when(j.reports, g)))
			break
		}
	}
}

// ownEarlier returns the latest earlier exact count, within OwnRevision, that an
// earlier version of figure gi's story gave above it, or nil. A later version of a
// story is the same outlet's report that keeps some of its words (a fifth of its
// five-word sequences, where other reports of an event share almost none). A topic's
// count that its clause dates to another day than the earlier one's is that day's
// quantity, not a revision (otherDays).
func (j *judgement) ownEarlier(gi int) *figure {
	g := j.s[gi]
	for fi := gi - 1; fi >= 0; fi-- {
		f := j.s[fi]
		if !f.dated() || g.pub.Sub(f.pub) > OwnRevision {
			return nil
		}
		if f.rec.Article != g.rec.Article && samePublisher(j.reports, f, g) && f.iv.Exact() && f.rec.Value > g.rec.Value &&
			!partOf(f) && !partOf(g) && !otherDays(f, g) &&
			!f.rec.Superseded && j.reports[f.report].Fingerprint.Similarity(j.reports[g.report].Fingerprint) >= UpdateSimilarity {
			return f
		}
	}
	return nil
}

// UpdateSimilarity is how alike an outlet's two reports must be to be versions of one
// story (see CopySimilarity).
const UpdateSimilarity = 0.2

// sameQuantity reports whether two disjoint values could be counts of the same thing:
// the lower is at least half the higher. Reports that disagree on a toll or an amount
// are seldom further apart; a figure a tenth of another is nearly always a part of it
// or another quantity ("two of the bombers", the cash option of a jackpot).
func sameQuantity(a, b *figure) bool {
	lo, hi := math.Abs(a.rec.Value), math.Abs(b.rec.Value)
	if lo > hi {
		lo, hi = hi, lo
	}
	return hi > 0 && 2*lo >= hi
}

// highestOfEach keeps, of each report's figures of a series, the one with the highest
// count (the first of equals) that the report does not itself supersede, and those that
// correct an earlier figure, in order.
func highestOfEach(s []*figure) []*figure {
	best := map[string]*figure{}
	for _, f := range s {
		if f.rec.Superseded {
			continue // an earlier count the report replaces is not its count now
		}
		if b := best[f.rec.Article]; b == nil || f.iv.Lo > b.iv.Lo {
			best[f.rec.Article] = f
		}
	}
	out := make([]*figure, 0, len(best))
	for _, f := range s {
		if best[f.rec.Article] == f || f.rec.Correction {
			out = append(out, f)
		}
	}
	return out
}

// paired reports whether a finding of the series already sets value a against b.
func (j *judgement) paired(a, b float64) bool {
	for _, f := range j.inc.Findings {
		if f.Measure != j.series.Measure || f.Scope != j.series.Scope || len(f.Claims) != 2 || f.Claims[0].Value == nil || f.Claims[1].Value == nil {
			continue
		}
		x, y := *f.Claims[0].Value, *f.Claims[1].Value
		if x == a && y == b || x == b && y == a {
			return true
		}
	}
	return false
}

// add records a finding between two figures, earlier first, once.
func (j *judgement) add(v kg.Verdict, a, b *figure, why string) {
	if before(b, a) {
		a, b = b, a
	}
	j.record(v, a, b, why)
}

// record records a finding between two figures, in the order given, once.
func (j *judgement) record(v kg.Verdict, a, b *figure, why string) {
	id := schema.Short(string(schema.ConflictIRI(a.rec.Claim, b.rec.Claim)))
	if j.seen[id] {
		return
	}
	j.seen[id] = true
	j.inc.Findings = append(j.inc.Findings, schema.ConflictRecord{Conflict: id, Event: j.inc.Event, Measure: j.series.Measure,
		Scope: j.series.Scope, Verdict: string(v), Why: why, Claims: []schema.ClaimRecord{claimOf(a), claimOf(b)}})
}

func claimOf(f *figure) schema.ClaimRecord {
	v := f.rec.Value
	return schema.ClaimRecord{Claim: f.rec.Claim, Value: &v, Unit: f.rec.Unit, Qualifier: f.rec.Qualifier, Source: f.rec.Source,
		Text: f.rec.Text, Offset: f.rec.Offset,
		ArticleRecord: schema.ArticleRecord{Article: f.rec.Article, Published: f.rec.Published, Publisher: f.rec.Publisher}}
}

func samePublisher(reports []schema.MentionsRecord, a, b *figure) bool {
	p := reports[a.report].Publisher
	return p != "" && p == reports[b.report].Publisher
}

func outletOf(reports []schema.MentionsRecord, f *figure) string {
	if p := reports[f.report].Publisher; p != "" {
		return p
	}
	return "an unnamed outlet"
}

// says writes "the National Fire Agency says more than 120 missing".
func says(reports []schema.MentionsRecord, f *figure) string {
	who := f.rec.Source
	if who == "" {
		who = outletOf(reports, f)
	}
	return who + " says " + figureText(f)
}

func figureText(f *figure) string {
	s := kg.FormatValue(f.rec.Value)
	if f.rec.Qualifier != "" {
		s = f.rec.Qualifier + " " + s
	}
	if f.rec.Unit != "" {
		s += " " + f.rec.Unit
	}
	s += " " + f.rec.Measure
	if f.rec.Scope != "" {
		s += " (" + f.rec.Scope + ")"
	}
	return s
}

func when(reports []schema.MentionsRecord, f *figure) string {
	if f.pub.IsZero() {
		return "(" + outletOf(reports, f) + ")"
	}
	return "(" + outletOf(reports, f) + ", " + f.pub.UTC().Format("2006-01-02 15:04") + ")"
}

func quoted(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "(no sentence)"
	}
	return "\u201c" + s + "\u201d"
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
