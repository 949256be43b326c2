package extraction

import "testing"

// TestOutletReports: a paper or network known by its name reports the subject of the
// clause it is cited for: "…, according to the Springfield Herald", "According to
// Coastal News, Harlow Shipping …", "The Daily Tribune reported on Monday that Acme
// Holdings …"; the person a title names ("Port Authority spokesman Jon Pike"), not the
// body before it; and no one of a list of subjects. "…, the Daily Tribune reported on
// Sunday.", "according to a report by …", "according to a Daily Tribune report" and "As
// reported by Coastal News, …" report the clause's subject too. A paper cited for a clause
// that names a place does not report the place; a weather service does. A name after a
// word of an outlet ("Newspaper Correio Marinho", "weekly Jornal da Costa") is an outlet's.
func TestOutletReports(t *testing.T) {
	x := extract(t, "outlet-reports")
	for _, r := range [][3]string{
		{"Springfield Herald", "reports", "Marta Quell"},
		{"Coastal News", "reports", "Harlow Shipping"},
		{"Daily Tribune", "reports", "Acme Holdings"},
		{"Daily Tribune", "reports", "Jon Pike"},
		{"Daily Tribune", "reports", "Harlow Shipping"},
		{"Springfield Herald", "reports", "Nora Vance"},
		{"Coastal News", "reports", "Quill Corp"},
		{"Daily Tribune", "reports", "Dana Ruiz"},
		{"National Weather Service", "reports", "Ohio"},
		{"Correio Marinho", "reports", "Harlow Shipping"},
		{"Jornal da Costa", "reports", "Quill Corp"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("no relation %v in %+v", r, x.Relations)
		}
	}
	for _, o := range []string{"Victor Lund", "Nora Hale", "Tom Quist", "Authority", "Texas", "Bay Freight"} {
		for _, r := range x.Relations {
			if r.Predicate == "reports" && r.Object == o {
				t.Errorf("unwanted relation %+v", r)
			}
		}
	}
}
