package extraction

import "testing"

// TestNamedStoryBusinessBased: a "the PLACE-based KIND" description whose sentence names
// the story's business and another body before it stands for the story's business when
// it opens its clause as the subject ("… as the Oslo-based company reported a loss").
func TestNamedStoryBusinessBased(t *testing.T) {
	x := extractBody(t, "Kestrel Drones Inc makes delivery drones. Kestrel said sales fell in March. "+
		"Analysts at Varga Bank doubt Kestrel can recover, as the Oslo-based company reported a loss.")
	if !hasRelation(x, "Kestrel Drones Inc", "locatedIn", "Oslo") {
		t.Errorf("no Kestrel Drones Inc locatedIn Oslo: %+v", x.Relations)
	}
}

// TestNamedStoryBusinessBasedObject: a description that is a verb's object after the
// story's business ("Kestrel bought the Oslo-based firm") is another body, and gives the
// story's business no seat.
func TestNamedStoryBusinessBasedObject(t *testing.T) {
	x := extractBody(t, "Kestrel Drones Inc makes delivery drones. Kestrel said sales fell in March. "+
		"Analysts at Varga Bank said Kestrel bought the Oslo-based firm last year.")
	for _, r := range x.Relations {
		if r.Predicate == "locatedIn" && r.Object == "Oslo" {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestNamedStoryBusinessBasedApposed: a description set beside another name after a
// comma ("Tarn Holdings, the Oslo-based firm founded in 1990") is that name's, never the
// story's business.
func TestNamedStoryBusinessBasedApposed(t *testing.T) {
	x := extractBody(t, "Kestrel Drones Inc makes delivery drones. Kestrel said sales fell in March. "+
		"Kestrel has drawn interest from Tarn Holdings, the Oslo-based firm founded in 1990, people said.")
	if hasRelation(x, "Kestrel Drones Inc", "locatedIn", "Oslo") {
		t.Errorf("unwanted Kestrel Drones Inc locatedIn Oslo: %+v", x.Relations)
	}
}
