package extraction

import "testing"

// TestMeetingDayOrManner: a day or a word of manner between "met" and "with" is no
// object; the titled person after "with" is whom they met. A day before "in" is no
// one met.
func TestMeetingDayOrManner(t *testing.T) {
	for _, body := range []string{
		"Governor Anton Varga met Thursday with Norland President Lena Ostby to discuss the port.",
		"Governor Anton Varga met privately with Attorney General Lena Ostby last month.",
	} {
		if x := extractBody(t, body); !hasRelation(x, "Anton Varga", "meets", "Lena Ostby") {
			t.Errorf("%q: no Anton Varga meets Lena Ostby: %+v", body, x.Relations)
		}
	}
	x := extractBody(t, "Governor Anton Varga met Thursday in Velland, where Lena Ostby spoke.")
	if hasRelation(x, "Anton Varga", "meets", "Lena Ostby") {
		t.Errorf("a meeting's place is no one met: %+v", x.Relations)
	}
}

// TestMeetingDescribedPerson: a body's or a place's name and a lower-case description
// between the meeting verb and a person's name place the description; the person is
// whom they met. A body met with no person named after it is met itself.
func TestMeetingDescribedPerson(t *testing.T) {
	x := extractBody(t, "Anton Varga met Norland's trade tsar Lena Ostby in Velland on Saturday.")
	if !hasRelation(x, "Anton Varga", "meets", "Lena Ostby") || hasRelation(x, "Anton Varga", "meets", "Norland") {
		t.Errorf("want Anton Varga meets Lena Ostby, not Norland: %+v", x.Relations)
	}
	for _, body := range []string{
		"Anton Varga will meet EU trade chief Lena Ostby before returning home.",
		"Anton Varga will meet U.N. envoy to Syria Lena Ostby before returning home.",
	} {
		if x := extractBody(t, body); !hasRelation(x, "Anton Varga", "meets", "Lena Ostby") {
			t.Errorf("%q: no Anton Varga meets Lena Ostby: %+v", body, x.Relations)
		}
	}
}

// TestWarningClause: the one warned follows the verb ("warned Ostby that"); a name in
// the clause of what was warned ("warned that Norland would", "warned he would … unless
// Ostby", "warned against blaming Norlanders") is no one warned.
func TestWarningClause(t *testing.T) {
	x := extractBody(t, "Governor Anton Varga warned Lena Ostby that the port would close.")
	if !hasRelation(x, "Anton Varga", "warns", "Lena Ostby") {
		t.Errorf("want Anton Varga warns Lena Ostby: %+v", x.Relations)
	}
	for _, body := range []string{
		"Governor Anton Varga warned that Lena Ostby and her allies were planning new tariffs.",
		"Governor Anton Varga warned he would skip the talks unless Lena Ostby resigned.",
		"Governor Anton Varga warned of riots if Lena Ostby won the vote.",
	} {
		if x := extractBody(t, body); hasRelation(x, "Anton Varga", "warns", "Lena Ostby") {
			t.Errorf("%q: Lena Ostby is in the clause, not warned: %+v", body, x.Relations)
		}
	}
}

// TestMeetingAppositivePerson: a description of a role set off by a comma before the
// name ("met his counterpart, Governor Lena Ostby") names whom they met; a name that
// opens a clause after the comma ("met the trade minister, Lena Ostby said") does not.
func TestMeetingAppositivePerson(t *testing.T) {
	x := extractBody(t, "Anton Varga will meet with a frequent critic, Governor Lena Ostby, on Tuesday.")
	if !hasRelation(x, "Anton Varga", "meets", "Lena Ostby") {
		t.Errorf("want Anton Varga meets Lena Ostby: %+v", x.Relations)
	}
	x = extractBody(t, "Anton Varga met the trade minister, Lena Ostby said on Tuesday.")
	if hasRelation(x, "Anton Varga", "meets", "Lena Ostby") {
		t.Errorf("Lena Ostby opens a clause, not met: %+v", x.Relations)
	}
}
