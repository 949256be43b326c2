package ledger

import (
	"fmt"
	"strings"
	"time"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// Earlier values a report itself supersedes ("the toll rose from the toll of 59
// reported late Sunday", "initial reports said 35 had been injured"): extraction marks
// them superseded and, when the words say when, dates them (AsOf). Such a value is a
// report of its own time: the report's current count revises it, and, dated, it is
// held against what other outlets said at that time, as any two reports of one moment
// are (a toll, whole counts, the same place and quantity, values that cannot agree).

// currentCount is the count a report gives now of what a superseded toll figure g
// counted before, when no value of g's own sentence replaced it: the highest count of
// the series the report gives as a whole toll, not itself superseded, of another
// value; nil when there is none or the series is no toll.
func (j *judgement) currentCount(fs []*figure, g *figure) *figure {
	if !kg.TraitsOf(g.class).Toll || !j.wholeToll(g) {
		return nil
	}
	var best *figure
	for _, h := range fs {
		if h == g || h.rec.Superseded || h.recalled || h.rec.Value == g.rec.Value || !j.wholeToll(h) {
			continue
		}
		if best == nil || h.iv.Lo > best.iv.Lo {
			best = h
		}
	}
	return best
}

// reviseEarlier records the revision of a superseded figure g by the count its report
// gives now (currentCount), with g's sentence, which says g was replaced, as its why;
// g first, though the report may give it after its count now.
func (j *judgement) reviseEarlier(fs []*figure, g *figure) {
	h := j.currentCount(fs, g)
	if h == nil || j.paired(g.rec.Value, h.rec.Value) {
		return
	}
	j.record(kg.Revision, g, h, fmt.Sprintf("%s gives %s as an earlier count%s, now %s: %s",
		outletOf(j.reports, g), figureText(g), asOfWords(g), figureText(h), quoted(g.rec.Text)))
}

// earlierCounts holds each dated earlier count of a toll against the counts other
// outlets gave at that time: the nearest report of another outlet, published within
// the time the earlier count is dated to (SameTime either side), whose highest whole
// count cannot agree with it. One finding an earlier count at most.
func (j *judgement) earlierCounts(t kg.MeasureTraits) {
	if !t.Toll {
		return
	}
	highest := map[string]*figure{}
	for _, f := range j.s {
		if f.rec.Superseded || f.recalled {
			continue
		}
		if b := highest[f.rec.Article]; b == nil || f.iv.Lo > b.iv.Lo {
			highest[f.rec.Article] = f
		}
	}
	for _, g := range j.s {
		lo, hi, ok := asOfSpan(g.rec.AsOf)
		if !g.rec.Superseded || !ok || g.recalled || !j.wholeToll(g) {
			continue
		}
		var best *figure
		var bestGap time.Duration
		for _, f := range j.s {
			if highest[f.rec.Article] != f || !f.dated() || f.group == g.group || samePublisher(j.reports, f, g) ||
				f.iv.Overlaps(g.iv) || !sameQuantity(f, g) || !j.wholeToll(f) || !j.samePlace(f, g) || !sameTime(f, g) {
				continue
			}
			gap := distance(f.pub, lo, hi)
			if gap > SameTime || best != nil && gap >= bestGap {
				continue
			}
			best, bestGap = f, gap
		}
		if best == nil || j.paired(best.rec.Value, g.rec.Value) {
			continue
		}
		j.add(kg.Conflict, best, g, fmt.Sprintf("At the same time, %s, while %s gave %s%s, as %s reports: %s",
			says(j.reports, best)+" "+when(j.reports, best), sourceOf(j.reports, g), figureText(g), asOfWords(g),
			outletOf(j.reports, g), quoted(g.rec.Text)))
	}
}

// asOfSpan reads a figure's AsOf, an ISO 8601 interval of two RFC 3339 times.
func asOfSpan(s string) (lo, hi time.Time, ok bool) {
	a, b, found := strings.Cut(s, "/")
	if !found {
		return lo, hi, false
	}
	lo, err1 := time.Parse(time.RFC3339, a)
	hi, err2 := time.Parse(time.RFC3339, b)
	return lo, hi, err1 == nil && err2 == nil && !hi.Before(lo)
}

// distance is how far t lies from the span lo to hi (zero within it).
func distance(t, lo, hi time.Time) time.Duration {
	switch {
	case t.Before(lo):
		return lo.Sub(t)
	case t.After(hi):
		return t.Sub(hi)
	}
	return 0
}

// asOfWords writes when an earlier count was given: " (2016-02-28 18:00 to 24:00)".
func asOfWords(f *figure) string {
	lo, hi, ok := asOfSpan(f.rec.AsOf)
	if !ok {
		return ""
	}
	end := hi.UTC().Format("15:04")
	if end == "00:00" {
		end = "24:00"
	}
	return " (" + lo.UTC().Format("2006-01-02 15:04") + " to " + end + ")"
}

// sourceOf names who a report attributes a figure to, or the report's outlet.
func sourceOf(reports []schema.MentionsRecord, f *figure) string {
	if f.rec.Source != "" {
		return f.rec.Source
	}
	return outletOf(reports, f)
}
