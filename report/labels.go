package report

import "math"

// The numbers of a chart's findings are written beside their rings, where they cover
// no other number and no point: two labels side by side read as one number ("3" and
// "7" as "37"). A label that finds no free place is left out; the table under the
// chart still numbers every finding of each claim.

// Sizes of a ring's label, in SVG units: its font is 10 px bold.
const (
	labelCharW  = 6.2 // the width of one character, a little over a digit's
	labelAscent = 8.0 // above the baseline
	labelDrop   = 2.0 // below it
	labelGap    = 3.0 // the space kept around a label
)

// box is a rectangle: X0 ≤ X1, Y0 ≤ Y1.
type box struct{ X0, Y0, X1, Y1 float64 }

func (b box) overlaps(o box) bool {
	return b.X0 < o.X1+labelGap && o.X0 < b.X1+labelGap && b.Y0 < o.Y1+labelGap && o.Y0 < b.Y1+labelGap
}

// labelBox is the box of label text starting at (x, y), y its baseline.
func labelBox(text string, x, y float64) box {
	return box{x, y - labelAscent, x + labelCharW*float64(len(text)), y + labelDrop}
}

// labelSpots are the places tried for a ring's label, in order, as the offset of its
// start and baseline from the point, for a ring of radius r and a label w wide: above
// right, below right, above left, below left, right, left, above, below, then the same
// farther out.
func labelSpots(r, w float64) [][2]float64 {
	var out [][2]float64
	for _, far := range []float64{1, 1.8} {
		d := r * 0.75 * far
		out = append(out,
			[2]float64{d + 1, -d}, [2]float64{d + 1, d + labelAscent},
			[2]float64{-d - 1 - w, -d}, [2]float64{-d - 1 - w, d + labelAscent},
			[2]float64{r*far + 2, labelAscent / 2}, [2]float64{-r*far - 2 - w, labelAscent / 2},
			[2]float64{-w / 2, -r*far - labelDrop - 1}, [2]float64{-w / 2, r*far + labelAscent + 1})
	}
	return out
}

// placeLabels gives each labelled ring of marks a place (LX, LY) inside a chart of
// w×h where its label overlaps no label placed before it and no other point, or takes
// its label away. Rings are placed in the order of the marks.
func placeLabels(marks []mark, w, h float64) {
	dots := make([]box, len(marks))
	for i, m := range marks {
		dots[i] = box{m.X - dotR, m.Y - dotR, m.X + dotR, m.Y + dotR}
	}
	var taken []box // the labels placed
	for i := range marks {
		m := &marks[i]
		others := append(append([]box(nil), dots[:i]...), dots[i+1:]...)
		for k := range m.Rings {
			r := &m.Rings[k]
			if r.Label == "" {
				continue
			}
			lw := labelCharW * float64(len(r.Label))
			placed := false
			for _, s := range labelSpots(r.R, lw) {
				x, y := m.X+s[0], m.Y+s[1]
				b := labelBox(r.Label, x, y)
				if b.X0 < 0 || b.Y0 < 0 || b.X1 > w || b.Y1 > h || overlapsAny(b, taken) || overlapsAny(b, others) {
					continue
				}
				r.LX, r.LY = round1(x), round1(y)
				taken = append(taken, b)
				placed = true
				break
			}
			if !placed {
				r.Label = ""
			}
		}
	}
}

func overlapsAny(b box, taken []box) bool {
	for _, t := range taken {
		if b.overlaps(t) {
			return true
		}
	}
	return false
}

// round1 rounds to one decimal, as coordinates are written.
func round1(v float64) float64 { return math.Round(v*10) / 10 }
