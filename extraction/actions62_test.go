package extraction

import "testing"

// TestLettersTo: a writer speaks to each one named after "wrote to" or "wrote a letter
// to" (spokeTo), a body as well as a person, across a title ("President Jan Kord"); a
// letter only planned or denied says nothing.
func TestLettersTo(t *testing.T) {
	x := extract(t, "letters-to")
	for _, r := range [][3]string{
		{"Mara Lind", "spokeTo", "Jan Kord"},
		{"Halden Group", "spokeTo", "Tomas Brandt"},
		{"Halden Group", "spokeTo", "Hanna Ek"},
		{"Mara Lind", "spokeTo", "Tarn Commission"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Ola Sund" || r.Subject == "Petra Vik" {
			t.Errorf("unwanted %+v: a letter planned or denied", r)
		}
	}
}

// TestStanceAdjectives: an adjective of stance after a copula ("has been highly
// critical of", "is staunchly opposed to", "remained loyal to") ties its subject to the
// one named, or to the owner of what it is toward ("supportive of Kord's budget"). Not
// a negated or hedged copula, "critical to" (what matters), or a participle after its
// noun ("Voters opposed to Kord").
func TestStanceAdjectives(t *testing.T) {
	x := extract(t, "stance-adjectives")
	for _, r := range [][3]string{
		{"Mara Lind", "criticizes", "Jan Kord"},
		{"Tarn Party", "opposes", "Jan Kord"},
		{"Rolf Berg", "supports", "Jan Kord"},
		{"Ola Sund", "supports", "Jan Kord"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Petra Vik" || r.Subject == "Jens Holm" || r.Subject == "Lars Dahl" {
			t.Errorf("unwanted %+v: a negated or hedged stance, or \"critical to\"", r)
		}
	}
}

// TestAmountPurposes: what an amount is "in" ("in back taxes", "in new funding")
// stands between the amount and the preposition that names the other party, as the
// amount alone does ("paid 90 million euros to"); a participle there ("coins sent
// from") is another verb's phrase.
func TestAmountPurposes(t *testing.T) {
	x := extract(t, "amount-purposes")
	for _, r := range [][3]string{
		{"Brisk Co", "payTo", "Ostmark"},
		{"Tarn Labs", "raiseFrom", "Halden Capital"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Object == "Karst Bank" {
			t.Errorf("unwanted %+v: the coins were sent from the bank", r)
		}
	}
}

// TestTalkNouns: "in discussions with", "has held negotiations with" — the subject
// negotiates with the one named, as "in talks with" reads.
func TestTalkNouns(t *testing.T) {
	x := extract(t, "talk-nouns")
	for _, r := range [][3]string{
		{"Brisk Co", "negotiatesWith", "Halden Group"},
		{"Tarn Labs", "negotiatesWith", "Karst Bank"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}
