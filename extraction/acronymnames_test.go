package extraction

import "testing"

// TestAcronymNames: digits after an acronym end a name ("told KVRO 6", "The NKX 300
// index"), no count; a spelled number after one ("told the BBC two car bombs") is.
func TestAcronymNames(t *testing.T) {
	x := extract(t, "acronym-names")
	for _, f := range x.Figures {
		if f.Value == 6 || f.Value == 300 {
			t.Errorf("a name's number read as a figure: %+v", f)
		}
	}
	if findFigure(x, "car bombs", 2) == nil {
		t.Errorf("want 2 car bombs; figures: %+v", x.Figures)
	}
}
