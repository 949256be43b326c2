package extraction

import "testing"

// TestNumberedMedia: a medium whose name opens with a number ("24 heures reported",
// "told 24 heures.", "told 702 Talk Radio") is no count; a count after "told" that is
// no name still reads ("told 300 firefighters to stand by") and so does a count the medium
// reports ("12 members had resigned").
func TestNumberedMedia(t *testing.T) {
	x := extract(t, "numbered-media")
	got := map[float64]bool{}
	for _, f := range x.Figures {
		got[f.Value] = true
		if f.Value == 24 || f.Value == 702 {
			t.Errorf("a medium's name read as a count: %+v", f)
		}
	}
	for _, v := range []float64{300, 12} {
		if !got[v] {
			t.Errorf("missing figure %v; figures %+v", v, x.Figures)
		}
	}
}
