package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// ageTownsReport is invented: people named with their age and town, and the shapes that
// are no home town (an employer, a word, "the", another shape of age).
const ageTownsReport = `Police arrested Dale Norwick, 41, of Brambleton and Kyle Ashby, 18, of Port Vale on Monday.

The suspects - Nora Quill, 35, of Tenmere, and Abe Farrow, 52, of Olsby - were held overnight.

Cal Hartwig, 60, of Carmel heeded the warning and left.

Ivo Strand, 27, of Dunmoor could face up to ten years in prison, prosecutors said.

John Doe, 45, of Acme Corp, was also charged.

Lena Pratt, 38, of Fenwick police said the car was stolen.

Sam Lee, 50, of Counsel, spoke for the firm.

Tim Hale, 31, of the Army, was killed.

A 41-year-old of Wexbury was hurt.

Ben Moss, who lives in Aldwick, was hurt.

Ruth Gale, who lived in Pellham until 2009, was not hurt.

Mike Sand, 20, of England, was charged in Las Vegas, Nevada.`

func TestAgeTowns(t *testing.T) {
	a := kg.Article{Title: "Two arrested in Brambleton", Body: ageTownsReport,
		Published: time.Date(2016, 4, 30, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	for _, p := range []string{"Brambleton", "Port Vale", "Tenmere", "Olsby", "Carmel", "Dunmoor", "Aldwick", "England"} {
		if types[p] != kg.Place {
			t.Errorf("%s typed %q, want Place", p, types[p])
		}
	}
	for _, r := range [][3]string{
		{"Dale Norwick", "residentOf", "Brambleton"},
		{"Kyle Ashby", "residentOf", "Port Vale"},
		{"Nora Quill", "residentOf", "Tenmere"},
		{"Abe Farrow", "residentOf", "Olsby"},
		{"Cal Hartwig", "residentOf", "Carmel"},
		{"Ivo Strand", "residentOf", "Dunmoor"},
		{"Ben Moss", "residentOf", "Aldwick"},
		{"Mike Sand", "residentOf", "England"},
		{"John Doe", "memberOf", "Acme Corp"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	// "of Fenwick police" makes Fenwick a town (townnouns.go, ent177), not Lena Pratt's home (below)
	for _, n := range []string{"Acme Corp", "Counsel", "Army"} {
		if types[n] == kg.Place {
			t.Errorf("%s typed Place: an employer or a word is no home town", n)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "residentOf" && (r.Subject == "John Doe" || r.Subject == "Lena Pratt" || r.Subject == "Sam Lee" || r.Subject == "Tim Hale" || r.Subject == "Ruth Gale"):
			t.Errorf("unwanted %+v: no home town", r)
		case r.Object == "Wexbury" && r.Predicate == "residentOf":
			t.Errorf("unwanted %+v: another shape of age", r)
		case r.Subject == "England" && r.Predicate == "locatedIn" && r.Object == "United States":
			t.Errorf("unwanted %+v: England is in the United Kingdom", r)
		}
	}
}
