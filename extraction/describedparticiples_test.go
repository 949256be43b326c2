package extraction

import "testing"

// TestDescribedParticiples: a participle and its agent after a name's description ("Dorn
// Freight, a carrier founded by Mara Lind") act on the name; not after a noun that sums
// up the clause ("Norvik, a move condemned by"), and not the owner of an unnamed agent
// ("by the ruling Tarn Party's newspaper"). "run", "made" and "headed" are read there too.
func TestDescribedParticiples(t *testing.T) {
	x := extract(t, "described-participles")
	for _, r := range [][3]string{
		{"Mara Lind", "founderOf", "Dorn Freight"},
		{"Tomas Quill", "owns", "Harbor Fund"},
		{"Anders Berg", "leads", "Ostra Party"},
		{"Velland Media", "acquires", "Pell Radio"},
		{"Oren Capital", "supports", "Peller Motors"},
		{"Tomas Quill", "run", "Corvid Bank"},
		{"Anders Berg", "head", "Marl Council"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Tarn Party", "publish", "Kestrel Post"},
		{"Ida Sorn", "condemns", "Norvik"},
		{"Tom Wade", "make", "Velland"}, // "made famous by": no "by" right after
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}
