package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestInterviewOnBroadcaster: an interview "on" a broadcaster, with a broadcaster's show
// ("ABC's “This Week”") or dated by a month ("a March interview") is an interview by the
// broadcaster; a day, a topic or a person's possessive after "interview on/with" is none.
func TestInterviewOnBroadcaster(t *testing.T) {
	for _, c := range []struct{ body, subj, outlet string }{
		{"Senator Ada Lind spoke in Leeds. Lind said in an interview with ABC's \"Weekend Desk\" that the bill would pass.", "Ada Lind", "ABC"},
		{"Senator Ada Lind spoke in Leeds.\n\nIn an interview on CNN’s “Late Hour,” Lind said the vote was close.", "Ada Lind", "CNN"},
		{"Senator Ada Lind spoke in Leeds. Lind said in a March interview with Harbor News that the vote was close.", "Ada Lind", "Harbor News"},
	} {
		x := extractBody(t, c.body)
		if !hasRelation(x, c.subj, "interviewedBy", c.outlet) {
			t.Errorf("no %s interviewedBy %s in %q; relations %v", c.subj, c.outlet, c.body, x.Relations)
		}
	}
	// near misses: a day, a company's plans and a person's lawyer are no interviewer
	for _, body := range []string{
		"Senator Ada Lind spoke in Leeds. Lind said in an interview on Sunday that the vote was close.",
		"Senator Ada Lind spoke in Leeds. Lind said in an interview on Acme Corp's plans that the vote was close.",
		"Senator Ada Lind spoke in Leeds. Lind said in an interview with Tom Vale's lawyer that the vote was close.",
	} {
		x := extractBody(t, body)
		for _, r := range x.Relations {
			if r.Subject == "Ada Lind" && (r.Predicate == "interviewedBy" || r.Predicate == "spokeTo") {
				t.Errorf("an interviewer from %q: %v", body, r)
			}
		}
	}
}

// mainEventDate returns the date of the article's main event, or "".
func mainEventDate(t *testing.T, title, body string) string {
	t.Helper()
	if e := mainEvent(mustExtract(t, leadArticle(title, body))); e != nil {
		return e.Date
	}
	return ""
}

// TestSayingDayIsNotTheAct: a lead whose only day is the telling's ("the police chief
// said on Monday") gives way to the act's own day a later sentence gives ("The attack on
// Saturday night"); a lead that dates the act itself keeps its day.
func TestSayingDayIsNotTheAct(t *testing.T) {
	const title = "Police used a drone to end Karvo standoff"
	later := " The gunman had a rifle. The attack on Saturday night came at the end of a march."
	if d := mainEventDate(t, title, "KARVO — A gunman who had shot dead three guards at a march was killed by a police drone, the city's police chief said on Monday."+later); d != "2016-03-19" {
		t.Errorf("the act's date %q, want 2016-03-19 (Saturday, not the chief's Monday)", d)
	}
	// near misses: the lead's day is the act's; no later day of the act
	if d := mainEventDate(t, title, "KARVO — A gunman shot dead three guards at a march on Monday, the city's police chief said."+later); d != "2016-03-21" {
		t.Errorf("the act's date %q, want 2016-03-21 (the lead's own)", d)
	}
	if d := mainEventDate(t, title, "KARVO — A gunman who had shot dead three guards at a march was killed by a police drone, the city's police chief said on Monday. The gunman had a rifle."); d != "2016-03-21" {
		t.Errorf("the act's date %q, want 2016-03-21 (no other day given)", d)
	}
}

// TestStudentModifiers: a degree's capitals and an age may stand between the article and
// the student word ("a PhD student at", "a 20-year-old junior at"), and a degree's
// capitals name no organization; a class year at a firm is still no student.
func TestStudentModifiers(t *testing.T) {
	x := extractBody(t, "Students rallied in Leeds on Tuesday. Ivo Marsh, a PhD student at the University of Leeds, said the rally was calm. Ada Lind, a 20-year-old junior at Kestrel University, joined him.")
	if !hasRelation(x, "Ivo Marsh", "studentOf", "University of Leeds") {
		t.Errorf("no Ivo Marsh studentOf University of Leeds; relations %v", x.Relations)
	}
	if !hasRelation(x, "Ada Lind", "studentOf", "Kestrel University") {
		t.Errorf("no Ada Lind studentOf Kestrel University; relations %v", x.Relations)
	}
	if entityNamed(x, "PhD") != nil {
		t.Errorf("PhD taken for a name; entities %v", entityNames(x))
	}
	// near miss: a class year at a firm
	x = extractBody(t, "Bankers met in Leeds on Tuesday. Ada Lind, a 40-year-old senior at Harbor Capital, said the meeting was calm.")
	for _, r := range x.Relations {
		if r.Predicate == "studentOf" {
			t.Errorf("a student of a firm: %v", r)
		}
	}
}

// TestNextWeekday: "next Tuesday" is the coming Tuesday, not the last one; a bare
// "Tuesday" is still the last.
func TestNextWeekday(t *testing.T) {
	x := mustExtract(t, leadArticle("Norland votes soon", "KARVO — Voters in Norland will pick 40 delegates next Tuesday, officials said."))
	if f := figureOf(t, x, 40); f.Date != "2016-03-29" {
		t.Errorf("the 40 delegates of next Tuesday: date %q, want 2016-03-29", f.Date)
	}
	x = mustExtract(t, leadArticle("Norland voted", "KARVO — Voters in Norland picked 40 delegates on Tuesday, officials said."))
	if f := figureOf(t, x, 40); f.Date != "2016-03-22" {
		t.Errorf("the 40 delegates of Tuesday: date %q, want 2016-03-22", f.Date)
	}
}

// TestMajorLeagueTeams: a major league's team whose name reads as a town and a surname
// or a common word is an organization ("Cincinnati Reds", "Oklahoma City Thunder"); the
// town alone is still a place.
func TestMajorLeagueTeams(t *testing.T) {
	x := extractBody(t, "Fans in Cincinnati cheered on Tuesday. The Cincinnati Reds beat the Kestrel Hawks 5-3, and the Oklahoma City Thunder lost again.")
	for _, name := range []string{"Cincinnati Reds", "Oklahoma City Thunder"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Organization {
			t.Errorf("%s: %+v, want an organization; entities %v", name, e, entityNames(x))
		}
	}
	if e := entityNamed(x, "Cincinnati"); e == nil || e.Type != kg.Place {
		t.Errorf("Cincinnati: %+v, want a place", e)
	}
}

// TestTeamPlayerAfterOf: a team's player after "of" and a lower-case word ("the suspension
// of Harbor Hawks quarterback Jo Vance") is the team's member; a name cut short after a
// capital and "of" ("World of Tanks developer") is still no body's.
func TestTeamPlayerAfterOf(t *testing.T) {
	x := extractBody(t, "A court on Monday restored the suspension of Denver Broncos star quarterback Jo Vance over deflated footballs.")
	if !hasRelation(x, "Jo Vance", "memberOf", "Denver Broncos") {
		t.Errorf("no Jo Vance memberOf Denver Broncos; relations %v", x.Relations)
	}
	x = extractBody(t, "Fans on Monday praised the makers of World of Tanks developer Jo Vance for the update.")
	for _, r := range x.Relations {
		if r.Subject == "Jo Vance" && r.Predicate == "memberOf" {
			t.Errorf("a member of a name cut short: %v", r)
		}
	}
}

// TestAgedApposedSex: "X, a 41-year-old mother of two," says X is a woman, so a later "he"
// is not X; a verb after the comma ("X, says his 8-year-old daughter") is no apposition.
func TestAgedApposedSex(t *testing.T) {
	body := "The murder of Jo Lind, a 41-year-old mother of two young children, shocked Norland.\n\n" +
		"Earlier in the day Kem Ravel appeared to indicate he thought Lind's killing had hurt the campaign.\n\n" +
		"\"It has an impact on the campaign for everybody,\" he told reporters on Sunday."
	if sp, ok := speakerOfQuote(t, body, "It has an impact on the campaign for everybody"); !ok || sp != "Kem Ravel" {
		t.Errorf("speaker %q (found %v), want Kem Ravel (Jo Lind is a woman)", sp, ok)
	}
}

// TestRealmOfficeOverPerson: an office held over a realm never has a person for its
// realm ("challenging Ray Voss for governor" makes no one governor of Voss); over a
// state it stands.
func TestRealmOfficeOverPerson(t *testing.T) {
	x := extractBody(t, "Ada Lind, a Democrat challenging Ray Voss for governor this fall, spoke in Leeds on Tuesday. Governor Tom Vale of Kestria also spoke.")
	for _, r := range x.Relations {
		if r.Predicate == "governorOf" && r.Object == "Ray Voss" {
			t.Errorf("a person's realm: %v", r)
		}
	}
	if !hasRelation(x, "Tom Vale", "governorOf", "Kestria") {
		t.Errorf("no Tom Vale governorOf Kestria; relations %v", x.Relations)
	}
}

// TestGivenNameOpensCompany: a lone given name that opens a company's name elsewhere in
// the article ("Marlon Foods") is that company's short form, no person; beside a person's
// full name it is not held back.
func TestGivenNameOpensCompany(t *testing.T) {
	x := extractBody(t, "The justices heard Marlon Foods v. Ruiz on Monday. Later the court rejected Marlon's contention that the workers had been paid.")
	if e := entityNamed(x, "Marlon"); e != nil && e.Type == kg.Person {
		t.Errorf("Marlon beside Marlon Foods: %+v, want no person", e)
	}
	x = extractBody(t, "The new drama follows a baker and her family over one long summer. Later Carlotta finally tells her brother the truth about the shop.")
	if e := entityNamed(x, "Carlotta"); e == nil || e.Type != kg.Person {
		t.Errorf("Carlotta: want a Person, got %+v", e)
	}
}
