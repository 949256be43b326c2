package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestSpeakerLines: in a tribute roundup each statement is under a line that names its
// speaker ("Name, Body acting president", "Name" alone, a body alone, a bulleted
// "Rabbi Name" before a line break): the line's name is an entity, its role a relation,
// and the quotation paragraphs under it, up to the next heading line, are its
// speaker's; a quotation under a section head ("What happens next") is nobody's.
func TestSpeakerLines(t *testing.T) {
	x := extract(t, "heading-line-speakers")
	got := map[string]string{}
	for _, q := range x.Quotes {
		got[q.Text] = q.Speaker
	}
	wantSpeakers(t, got, map[string]string{
		"Ruth gave young directors their first break. Half of the people working in our theatres today owe her a job.": "Oren Tamsett",
		"She never missed an opening night.":                                            "Oren Tamsett",
		"I learned everything I know about lighting from her.":                          "Mirela Vosk",
		"The guild mourns a founding member and a fierce advocate for working artists.": "Lyric Stage Guild",
		"Our town is poorer today.":                                                     "Hanne Pruitt",
		"She taught us to listen before we spoke.":                                      "Tomas Reyl",
		"We ask for privacy.":                                                           "",
	})
	for name, typ := range map[string]kg.EntityType{"Oren Tamsett": kg.Person, "Mirela Vosk": kg.Person, "Hanne Pruitt": kg.Person,
		"Tomas Reyl": kg.Person, "Lyric Stage Guild": kg.Organization} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("%s = %+v, want a %s", name, e, typ)
		}
	}
	for _, name := range []string{"What", "Background"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("section head read as entity %+v", e)
		}
	}
	want := map[[3]string]bool{
		{"Oren Tamsett", "presidentOf", "Lyric Stage Guild"}: false,
		{"Hanne Pruitt", "mayorOf", "Dunmore"}:               false,
	}
	for _, r := range x.Relations {
		k := [3]string{r.Subject, r.Predicate, r.Object}
		if _, ok := want[k]; ok {
			want[k] = true
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("no relation %v", k)
		}
	}
}

// TestNoSpeakerLines: title-case section heads over a quotation ("Supply Disruption",
// "Three Waves"), a name over prose, a byline, a credit over quotations that name their
// own speaker ("Harbour Press Office" over `"…," Brandt said.`), and a lone name line in an article that
// prints no second one, are no speaker lines: no entity, no speaker from them.
func TestNoSpeakerLines(t *testing.T) {
	x := extract(t, "heading-line-not-speakers")
	for _, name := range []string{"Supply Disruption", "Supply", "Three Waves", "Oren Tamsett", "Lena Marsh", "Harbour Press Office"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("heading read as entity %+v", e)
		}
	}
	for _, q := range x.Quotes {
		if q.Text == "Most shippers had moved their cargo to other ports before the strike began." && q.Speaker != "" {
			t.Errorf("quote under a section head given to %q", q.Speaker)
		}
		if q.Speaker == "Oren Tamsett" {
			t.Errorf("quote %q given to a lone name line", q.Text)
		}
	}
}

// TestSpeakerLineBodies: a body's acronym alone on its line ("HPG") speaks for the body
// the article names in full; "Name, HPG-East executive director" and "Name, President of
// the Harbour Players Guild" give the person's role in the body.
func TestSpeakerLineBodies(t *testing.T) {
	x := extract(t, "heading-line-acronyms")
	got := map[string]string{}
	for _, q := range x.Quotes {
		got[q.Text] = q.Speaker
	}
	wantSpeakers(t, got, map[string]string{
		"Tom was the soul of our guild.": "Harbour Players Guild",
		"He fought for every member.":    "Ada Quell",
		"We have lost a friend.":         "Rita Oms",
	})
	want := map[[3]string]bool{
		{"Ada Quell", "executiveDirectorOf", "HPG-East"}:     false,
		{"Rita Oms", "presidentOf", "Harbour Players Guild"}: false,
	}
	for _, r := range x.Relations {
		k := [3]string{r.Subject, r.Predicate, r.Object}
		if _, ok := want[k]; ok {
			want[k] = true
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("no relation %v", k)
		}
	}
}
