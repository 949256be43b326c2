package kg

import "math"

// Interval is the range of values a hedged figure allows: "at least 25" is [25, ∞),
// "more than 500" is (500, ∞), "nearly 650" is [585, 650], "about 20" is [18, 22],
// "up to 40" is [0, 40], "fewer than 10" is [0, 10), and a bare number is exactly itself.
type Interval struct {
	Lo, Hi         float64 // Hi is +Inf when the figure has no upper bound
	LoOpen, HiOpen bool    // whether Lo or Hi itself lies outside the interval
}

// Slack is how far "about" and "nearly" reach from the stated value, as a fraction of it.
const Slack = 0.10

// Interval returns the range of values the figure allows.
func (f Figure) Interval() Interval { return QualifiedInterval(f.Value, f.Qualifier) }

// QualifiedInterval returns the range of values "q v" allows.
func QualifiedInterval(v float64, q Qualifier) Interval {
	d := math.Abs(v) * Slack
	switch q {
	case AtLeast:
		return Interval{Lo: v, Hi: math.Inf(1)}
	case MoreThan:
		return Interval{Lo: v, Hi: math.Inf(1), LoOpen: true}
	case About:
		return Interval{Lo: v - d, Hi: v + d}
	case Nearly:
		return Interval{Lo: v - d, Hi: v}
	case UpTo:
		return Interval{Lo: 0, Hi: v}
	case FewerThan:
		return Interval{Lo: 0, Hi: v, HiOpen: true}
	default:
		return Interval{Lo: v, Hi: v}
	}
}

// Overlaps reports whether some value lies in both intervals.
func (a Interval) Overlaps(b Interval) bool {
	lo, loOpen := a.Lo, a.LoOpen
	if b.Lo > lo || (b.Lo == lo && b.LoOpen) {
		lo, loOpen = b.Lo, b.LoOpen
	}
	hi, hiOpen := a.Hi, a.HiOpen
	if b.Hi < hi || (b.Hi == hi && b.HiOpen) {
		hi, hiOpen = b.Hi, b.HiOpen
	}
	if lo < hi {
		return true
	}
	return lo == hi && !loOpen && !hiOpen
}

// Above reports whether every value of a lies above every value of b.
func (a Interval) Above(b Interval) bool {
	return a.Lo > b.Hi || (a.Lo == b.Hi && (a.LoOpen || b.HiOpen))
}

// Exact reports whether the interval is a single value.
func (a Interval) Exact() bool { return a.Lo == a.Hi && !a.LoOpen && !a.HiOpen }
