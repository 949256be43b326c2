package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestNameRuns: where a name begins and ends (names.go, entities_works.go): a
// name spelt with a lower-case initial, an ordinal that numbers a unit, a nickname in
// quotation marks inside a person's name, a case's two parties, a battle and a war with
// its numeral, a title in quotation marks, a channel with its number. All invented text.
func TestNameRuns(t *testing.T) {
	a := kg.Article{Title: "Valdora council hears from the garrison",
		Body: "Soldiers of the 418th Air Wing and the 75th Ranger Regiment reached Brisk on Monday, and a judge of the 9th Circuit " +
			"heard the case, Harlan v. Moss, on Tuesday. Sales of the qPhone and the eTill fell at Norvale Apple, and Brisk qPhone owners complained. " +
			"The mayor, Teodor \"Tug\" Lindqvist, spoke on \"Meet the Harbour\" and on \"This Evening\" about the Battle of the Quay, " +
			"fought after World War I in the east. It aired on Channel 9 in Brisk. Historians of the 19th Century disagreed. " +
			"A note signed \"Tomasz Wrzal\" was found; Wrzal's family spoke. The banner read \"A QUIET HARBOUR DAY\". " +
			"Marchers of the \"Harbour Lives Count\" movement joined other Harbour Lives Count marchers.",
		Published: time.Date(2016, 3, 2, 0, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	want := map[string]kg.EntityType{
		"418th Air Wing":       kg.Organization,
		"75th Ranger Regiment": kg.Organization,
		"9th Circuit":          kg.Organization,
		"Harlan v. Moss":       kg.Other,
		"qPhone":               kg.Other,
		"eTill":                kg.Other,
		"Norvale Apple":        "",
		"Teodor Lindqvist":     kg.Person,
		"Meet the Harbour":     kg.Other,
		"This Evening":         kg.Other,
		"Battle of the Quay":   kg.Other,
		"World War I":          kg.Other,
		"Channel 9":            kg.Other,
		"Tomasz Wrzal":         kg.Person,
	}
	for name, typ := range want {
		e := entityNamed(x, name)
		if e == nil || typ != "" && e.Type != typ {
			t.Errorf("want %q (%s); entities: %+v", name, typ, x.Entities)
		}
	}
	for _, name := range []string{"Air Wing", "Ranger Regiment", "Circuit", "Harlan", "Moss", "Harbour", "Evening",
		"Battle", "Quay", "World War", "Channel", "Teodor", "Lindqvist", "Tug", "Brisk qPhone", "Norvale Apple qPhone",
		"19th Century", "Century", "A QUIET HARBOUR DAY"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is no name of its own: %+v", name, *e)
		}
	}
	if e := entityNamed(x, "Harbour Lives Count"); e != nil && e.Type == kg.Other {
		t.Errorf("a name the article also writes without quotation marks is read as usual: %+v", *e)
	}
	for _, q := range x.Quotes {
		if q.Text == "Meet the Harbour" || q.Text == "This Evening" || q.Text == "Tug" {
			t.Errorf("a title or a nickname is no quote: %+v", q)
		}
	}
}

// TestCamelBrand: the spellings of a name with a lower-case initial, and the mixed-case
// runs of addresses and units that are none.
func TestCamelBrand(t *testing.T) {
	for w, want := range map[string]bool{
		"iPhone": true, "eBay": true, "iOS": true, "iPhones": true, "iHeartRadio": true,
		"qDohV": false, "kWh": false, "hJecVvjyIIeqw": false, "iPhone6": false, "al-Assad": false,
		"iP": false, "ios": false, "IPhone": false, "iAbCdEf": false,
	} {
		if got := camelBrand(w); got != want {
			t.Errorf("camelBrand(%q) = %v, want %v", w, got, want)
		}
	}
}
