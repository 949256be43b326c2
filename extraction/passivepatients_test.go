package extraction

import "testing"

// TestPassivePatients: a passive's patient before an aside ("Northwind Systems, a maker
// of chips, was acquired by") or as a pronoun ("It was acquired by"), a sum of money
// between the participle and "by" ("fined $2 million by", "bought for 2 billion euros
// by"), a sum before a short object's noun ("signed a $2 billion deal with"), a ticker
// between a subject and "agreed to acquire", and an organization described after a place
// as a strict verb's object ("agreed to acquire San Francisco software startup Lumen
// Robotics", "sued Ohio software firm Gantry Labs").
func TestPassivePatients(t *testing.T) {
	x := extract(t, "passive-patients")
	for _, r := range [][3]string{
		{"Acme Corp", "acquires", "Northwind Systems"},
		{"Tom Wade", "endorses", "Katie Marsh"},
		{"European Commission", "fines", "Ostria Holdings"},
		{"Quill Ventures", "acquires", "Dayton Steel"},
		{"Harbor Power", "acquires", "Birch Labs Inc"},
		{"Velmar Airlines", "signDealWith", "Boeing"},
		{"Kestrel Motors Co", "acquires", "Lumen Robotics Inc"},
		{"Harbor Power", "sues", "Gantry Labs"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Ida Lund" {
			t.Errorf("unwanted %+v: the call was rebuffed, not the party after \"from\"", r)
		}
		if r.Subject == "Velmar Airlines" && r.Object == "Norland" {
			t.Errorf("unwanted %+v: a year is no sum of money", r)
		}
	}
}
