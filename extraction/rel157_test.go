package extraction

import "testing"

// TestCommaParticipleActs: a participle clause after a comma acts for the subject that
// opens the sentence (commaparticiples.go), past an aside "who …," after the name; a
// place before a person's title gives the person; not after a quote, nor to a place's
// people.
func TestCommaParticipleActs(t *testing.T) {
	for _, c := range []struct{ body, s, p, o string }{
		{"Mona Patel, who has not endorsed anyone yet, offered a way forward, telling Fox News on Wednesday that the records were bound to contain material.", "Mona Patel", "told", "Fox News"},
		{"Kestrel Corp swatted the rumor aside, telling CNBC that it had no such plans.", "Kestrel Corp", "told", "CNBC"},
		{"Home Minister Ravi Dutt rejected those claims, blaming Jamaat Nusrat Brigade for the attack.", "Ravi Dutt", "blames", "Jamaat Nusrat Brigade"},
		{"Senator Ola Brenn knocked the plan, criticizing Nebraska Governor Ada Holm for her budget.", "Ola Brenn", "criticizes", "Ada Holm"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, c.p, c.o) {
			t.Errorf("%q: no %s %s %s: %+v", c.body, c.s, c.p, c.o, x.Relations)
		}
	}
	x := extractBody(t, "Senator Ola Brenn knocked the plan, criticizing Nebraska Governor Ada Holm for her budget.")
	if hasRelation(x, "Ola Brenn", "criticizes", "Nebraska") {
		t.Errorf("the governor's state is not criticized: %+v", x.Relations)
	}
	x = extractBody(t, "Rolf Hagen played down the memo, telling Nebraska officials it was only a draft.")
	if hasRelation(x, "Rolf Hagen", "told", "Nebraska") {
		t.Errorf("a place's officials are no place told: %+v", x.Relations)
	}
	x = extractBody(t, "\"The talks will work,\" Tove Lind said, urging Kestrel Corp to sign.")
	if hasRelation(x, "Tove Lind", "urges", "Kestrel Corp") {
		t.Errorf("after a quote the subject is not the sentence's opening name: %+v", x.Relations)
	}
}

// TestInterviewSpeakers: a time phrase between "interview" and "with", and a speaker
// named after "said" or before "said" and an aside, give who gave the interview
// (interviewspeakers.go); "told X in an interview" is not X's.
func TestInterviewSpeakers(t *testing.T) {
	for _, c := range []struct{ body, s, o string }{
		{"Kestrel chief Ivo Brandt said in an interview on Wednesday with Brellin News that the plant would close.", "Ivo Brandt", "Brellin News"},
		{"\"The plan works,\" said Ada Holm, Kestrel's co-founder and president, in an interview with Reuters.", "Ada Holm", "Reuters"},
		{"\"The plan works,\" said Tove Lind in an interview with Reuters in Oslo.", "Tove Lind", "Reuters"},
		{"\"It is a friendship,\" Ola Brenn said, referring to Brandt, in a telephone interview with Reuters on April 5.", "Ola Brenn", "Reuters"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, "interviewedBy", c.o) {
			t.Errorf("%q: no %s interviewedBy %s: %+v", c.body, c.s, c.o, x.Relations)
		}
	}
	x := extractBody(t, "The agency told Rolf Hagen in an interview with the Brellin Times that nothing changed.")
	if hasRelation(x, "Rolf Hagen", "interviewedBy", "Brellin Times") {
		t.Errorf("the one told gave no interview: %+v", x.Relations)
	}
}

// TestInterviewOpenings: an interview phrase that opens the sentence after "Yet", past a
// town and its state, or before a body's trade gives the clause's subject
// (interviewOpeningSubject).
func TestInterviewOpenings(t *testing.T) {
	for _, c := range []struct{ body, s, o string }{
		{"Yet in an interview with the Brellin Post last Wednesday at Dunmore, Corey Brandt continued to deny it.", "Corey Brandt", "Brellin Post"},
		{"In a joint interview with Reuters ahead of the conference in Aspen, Colorado, Ida Lund declined to offer details.", "Ida Lund", "Reuters"},
		{"In an interview with CNN, Kestrel developer Isis Lovecruft explains that her move was prompted by a visit.", "Isis Lovecruft", "CNN"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, "interviewedBy", c.o) {
			t.Errorf("%q: no %s interviewedBy %s: %+v", c.body, c.s, c.o, x.Relations)
		}
	}
}

// TestInterviewAfterOpeningName: the name that opens the sentence right before ", in an
// interview with" or ", speaking in an interview with" gave the interview.
func TestInterviewAfterOpeningName(t *testing.T) {
	for _, body := range []string{
		"Ivo Brandt, in an interview with the Brellin Times in 2012, credited his band members.",
		"Ivo Brandt, speaking in an interview with the Brellin Times and two other newspapers, ruled out a deal.",
	} {
		if x := extractBody(t, body); !hasRelation(x, "Ivo Brandt", "interviewedBy", "Brellin Times") {
			t.Errorf("%q: no Ivo Brandt interviewedBy Brellin Times: %+v", body, x.Relations)
		}
	}
}
