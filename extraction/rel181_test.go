package extraction

import "testing"

// TestListedFirmPossessive: a company's possessive before another company's bare name
// makes the second part of the first when the article shows the first as a listed
// company — a ticker after one of its mentions, or after the possessed name, where a
// wire story puts the parent's — though the lexicon does not know it.
func TestListedFirmPossessive(t *testing.T) {
	x := extractBody(t, "Shares of Dovrel (DVRL.O) rose 3 percent on Monday. Analysts said Dovrel's Kestrix was gaining ground on rivals in Asia.")
	if !hasRelation(x, "Kestrix", "partOf", "Dovrel") {
		t.Errorf("no Kestrix partOf Dovrel: %+v", x.Relations)
	}
	x = extractBody(t, "Analysts said Marlen's Brisavo (MRLN_p.DE) was gaining ground on rivals in Asia.")
	if !hasRelation(x, "Brisavo", "partOf", "Marlen") {
		t.Errorf("no Brisavo partOf Marlen: %+v", x.Relations)
	}
	x = extractBody(t, "Readers in Oslo said Marlen's Brisavo was gaining ground on rivals in Asia.")
	if hasRelation(x, "Brisavo", "partOf", "Marlen") {
		t.Errorf("no ticker, no legal form: Marlen is not shown to be a company: %+v", x.Relations)
	}
}

// TestTickerShareClass: a share class joined to a ticker's symbol by an underscore
// ("(MRLN_p.DE)") is part of the ticker.
func TestTickerShareClass(t *testing.T) {
	d := &doc{text: "Marlen (MRLN_p.DE) rose"}
	d.toks = tokenize(d.text, nil)
	if got := d.tickerEnd(1); got != 8 {
		t.Errorf("tickerEnd of (MRLN_p.DE) = %d, want 8", got)
	}
	d = &doc{text: "Marlen (MRLN_ab.DE) rose"}
	d.toks = tokenize(d.text, nil)
	if got := d.tickerEnd(1); got != -1 {
		t.Errorf("tickerEnd of (MRLN_ab.DE) = %d, want -1", got)
	}
}

// TestPossessedBodyBeforePast: an irregular past after a body's possessed name is its
// verb, not a noun the name qualifies: the unit is still part of the possessor.
func TestPossessedBodyBeforePast(t *testing.T) {
	x := extractBody(t, "Permits approved by the Vestrian Navy's Harbor Safety Agency rose 12 percent last year, officials said.")
	if !hasRelation(x, "Harbor Safety Agency", "partOf", "Vestrian Navy") {
		t.Errorf("no Harbor Safety Agency partOf Vestrian Navy: %+v", x.Relations)
	}
}
