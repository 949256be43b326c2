package extraction

import "testing"

// TestTailSaidSpeakers: a quote whose words run on past the closing mark is spoken by the
// name after the verb that opens the next clause (`"…" and leave the cranes idle, said
// Ann Vale`), not by the speaker before; "said one board member" leaves it unnamed; and
// "told Lena Ortiz" after a subject in lower case ("members of the union, angry at the board, told Lena Ortiz") never
// makes the object its speaker.
func TestTailSaidSpeakers(t *testing.T) {
	got := quoteSpeakers(t, "tail-said-speakers")
	want := map[string]string{
		"The board has had two years to make this offer": "Mara Quist",
		"They are not going to walk away":                "Ann Vale",
		"There is no quick fix":                          "Tomas Reyel",
		"The contract holds until the spring":            "",
	}
	wantSpeakers(t, got, want)
	if sp := got["We will file again"]; sp == "Lena Ortiz" {
		t.Errorf(`speaker of "We will file again" = %q: the object of "told"`, sp)
	}
}
