package extraction

import "testing"

// TestPeriodHeads: an amount of "NOUN for the … quarter" measures the noun, not the
// period ("Revenue for the third quarter rose 6.2 percent to $4.8 billion": revenue rise,
// revenue).
func TestPeriodHeads(t *testing.T) {
	x := extract(t, "period-heads")
	wantMeasures(t, x, map[float64]string{6.2: "revenue rise", 4.8e9: "revenue", 5.1e9: "revenue guidance"})
}
