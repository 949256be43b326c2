package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestDemonymBeforeCompany: in "Shares of Japanese messaging app operator Tovi Corp
// rose N percent" the move is the company's: a demonym that opens the subject phrase
// describes the company and names no subject while a name follows it.
func TestDemonymBeforeCompany(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Debut", Body: "Shares of Japanese messaging app operator Tovi Corp (TVI.N) soared as much as 36 percent in their U.S. market debut on Thursday, valuing the startup at $9.34 billion. Tovi's shares were priced at $32."})
	found := false
	for _, f := range x.Figures {
		if f.Value != 36 {
			continue
		}
		found = true
		if f.Subject == "" || f.Subject == "Japan" {
			t.Errorf("36 percent rise: subject %q, want the company", f.Subject)
		}
	}
	if !found {
		t.Errorf("no 36 percent rise in %+v", x.Figures)
	}
}
