package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Unit measures: a figure whose measure is only a unit of measurement ("7,220 acres",
// "1,360 kg", "200 megawatts") measures the unit's dimension in that unit
// (data/figures.txt, unit-dimensions: "area in acres", "weight in kg", "power capacity in
// megawatts"), and the unit goes to the figure's unit too; an area a fire burned is the
// area burned. The unit stays in the measure so that reports in other units are other
// measures, never compared number for number.
var unitDimensions = wordValues("unit-dimensions")

// burnVerbs say that a fire burned the area after them.
var burnVerbs = newTokSet(map[string]bool{"burned": true, "burnt": true, "scorched": true, "charred": true,
	"consumed": true, "blackened": true, "burning": true, "burns": true, "torched": true})

// unitMeasures renames the measures of figs that are a unit alone; percentage points
// that give a poll's accuracy are its credibility interval (pollintervals.go).
func (ff *figureFinder) unitMeasures(figs []figureCand) {
	for i := range figs {
		f := &figs[i].f
		unit := strings.ToLower(f.Measure)
		if unit == "percentage points" || unit == "percentage point" {
			if m := ff.pollInterval(f.Sentence, figs[i].tok); m != "" {
				f.Measure = m // "a credibility interval of 3 percentage points" (pollintervals.go)
				figs[i].class = kg.MeasureClass(m)
			}
			continue
		}
		dim, ok := unitDimensions[unit]
		if !ok || f.Unit != "" && !strings.EqualFold(f.Unit, unit) {
			continue
		}
		if dim == "area" && ff.burnedBefore(f.Sentence, figs[i].tok) {
			dim = "area burned" // "wildfires that scorched 7,220 acres"
		}
		f.Measure, f.Unit = dim+" in "+unit, unit
		figs[i].class = kg.MeasureClass(f.Measure)
	}
}

// burnedBefore reports whether a verb of burning stands within four words before the
// figure's number at tok in sentence si.
func (ff *figureFinder) burnedBefore(si, tok int) bool {
	for k := tok - 1; k >= ff.sents[si].start && k >= tok-4; k-- {
		if ff.in(k, burnVerbs) {
			return true
		}
	}
	return false
}
