package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// leadArticle is a short invented report.
func leadArticle(title, body string) kg.Article {
	a := kg.Article{Title: title, Body: body, Published: time.Date(2016, 3, 23, 12, 0, 0, 0, time.UTC), Path: "lead.txt"}
	a.Identify()
	return a
}

// mainType returns the type of the article's main event, or "".
func mainType(t *testing.T, title, body string) string {
	t.Helper()
	if e := mainEvent(mustExtract(t, leadArticle(title, body))); e != nil {
		return e.Type
	}
	return ""
}

// TestLeadTellsItsOwnEvent: an article reports an event only when its lead tells of it
// as its news; an event named in passing, a verb that reads like an event noun, the
// people who carried out an event are none.
func TestLeadTellsItsOwnEvent(t *testing.T) {
	tests := []struct {
		name, title, body, want string
	}{
		{"a company's stand after an act", "Ridely keeps its driver checks after Karvo shootings",
			"In a call with reporters on Tuesday, Ridely's safety chief stood by the company's checks after a man who drove for Ridely was accused of killing six in a Karvo, Norland, shooting spree Saturday. The man was charged on Monday with six counts of murder.", ""},
		{"an act after, told again in the lead", "Karvo police detain three after bomb",
			"KARVO — Police detained three men on Wednesday following a suicide bomb attack in Karvo that killed 10 tourists, media reported. A suicide bomber killed nine tourists on Tuesday in the old square.", "bombing"},
		{"a mourning after, the act told next", "Norland mourns lawmaker",
			"KARVO — Norland mourned lawmaker Ana Berg on Friday after a man wielding a knife killed the 41-year-old in an attack near her office. Berg was shot and stabbed in her own town by a man witnesses said had shouted at her.", "attack"},
		{"a killing of its own after another act's toll", "Norland plant guard shot, badge stolen",
			"KARVO — Three days after bomb attacks at Karvo station killed 20 people, a guard who worked at a power plant was murdered and his badge was stolen, local media reported on Sunday. The guard had been shot dead near his home, the paper said.", ""},
		{"a victim of another act", "Two officers hurt as van hits funeral procession for Karvo shooting victim",
			"Two motorcycle officers were hurt after a van crashed into them on Tuesday as they escorted a funeral procession for one of the victims of the recent Karvo bar shooting, police said. Both officers were taken to a hospital.", "crash"},
		{"after, no toll", "Karvo airport evacuated a day after deadly bombings in Norland",
			"KARVO — Public areas of Karvo's airport were briefly evacuated on Wednesday following Tuesday's bombings in Norland. Travelers waited outside for two hours, airport officials said.", ""},
		{"after, toll in the headline", "Norland vows retaliation after bomb kills 34 in Karvo",
			"KARVO — Norland's government vowed on Monday to retaliate against the group it blamed. Officials met in the capital, a spokesman said.", "bombing"},
		{"toll in the main clause", "Trooper dies after bus station shooting in Karvo",
			"A state trooper died on Tuesday of his wounds, police in Karvo said. He was 36.", "shooting"},
		{"the verb fighting", "Oilco is fighting for its right to deny it knew",
			"Oilco is fighting for its right to keep its records, its lawyers told a court in Karvo on Tuesday. The company denies wrongdoing.", ""},
		{"fighting a thing", "Minister calls fraud a 'grave problem'",
			"KARVO — Justice Minister Ana Berg said on Tuesday fighting economic fraud was a priority for her ministry.", ""},
		{"fighting a group", "Officials cannot confirm leader hurt",
			"Officials fighting Red Hand Front said on Friday they could not confirm that its leader was hurt in Karvo.", ""},
		{"an act of another month", "Agency may keep its phone method secret",
			"KARVO — The agency may be allowed to keep secret how it opened a phone that belonged to a gunman in the December Karvo shootings, officials said on Monday.", ""},
		{"the noun fighting", "Fighting rages in Karvo",
			"Heavy fighting raged in Karvo on Tuesday between the army and rebels, residents said.", "clash"},
		{"a bomber's brother", "Brother of Karvo suicide bomber wins gold",
			"Milan Dorr, the brother of one of the Karvo suicide bombers, won gold at the European championships on Sunday. He will compete at the Olympic Games.", ""},
		{"a bomber who kills", "Suicide bomber kills 10 in Karvo",
			"A suicide bomber killed 10 people in the historic heart of Karvo on Tuesday, officials said.", "bombing"},
		{"protests against shootings", "Protests against the shootings block roads in Norland",
			"KARVO — Protests against the shootings of two men by police shut down roads in several cities on Saturday, leading to arrests.", "protest"},
		{"in the aftermath", "Guard's murder fuels fears for Norland's plants",
			"With Karvo still reeling in the aftermath of the deadly bombings this week, the murder of a guard has compounded fears for the plants, officials said.", ""},
		{"earthquake preparedness", "New map highlights risks for Karvo schools",
			"Earthquake preparedness is part of school curriculums in Karvo. Have your bag packed, officials say.", ""},
		{"an attack as a topic", "Karvo survivor's husband doubts the phone holds much",
			"In a brief filed with a court, the husband of a Karvo terror attack survivor said the phone of the shooter was unlikely to hold useful information. The court will rule next month.", ""},
		{"an attack that happened on a day", "Gunmen storm Karvo hotel",
			"Gunmen stormed a hotel in Karvo on Tuesday in an attack claimed by a militant group, police said.", "attack"},
		{"fatal shootings", "Driver admits role in Karvo rampage",
			"A driver admitted to the fatal weekend shootings of six people in Karvo, a detective testified.", "shooting"},
		{"linked to another event", "Karvo police detain six linked to Norland attacks",
			"KARVO — Police detained six people on Friday in raids linked to the Norland attacks, prosecutors said.", ""},
		{"an earthquake warning system", "App turns phones into sensors",
			"KARVO — A new app launched on Friday links users to become an earthquake warning system, its inventors said.", ""},
		{"a storm's aftermath", "Cities dig out after the blizzard",
			"KARVO — Offices shut on Monday as residents dug out following the worst blizzard in decades, officials said.", "storm"},
		{"despite an act", "Shootings heighten security fears at Karvo convention",
			"KARVO — Karvo's police union called for a ban on carrying guns at the convention despite heightened security concerns with the killing on Sunday of three police officers in Norland. Party leaders seized on the shooting deaths in Norland to make their case.", ""},
		{"a day ahead dates no act", "Police union seeks gun ban at Karvo convention",
			"KARVO — Karvo's police union asked the governor to ban guns at the convention. Party leaders seized on the shooting deaths in Norland to make their case for the Nov. 8 election.", ""},
		{"a moment of silence for an attack", "Week online: fans, feuds and a farewell",
			"The mood of the week was plain on Friday, when actor Lina Moss opened a fan convention panel with a moment of silence for the Karvo terror attack. Fans then cheered the new trailer.", ""},
		{"a vigil for an attack, toll given", "Vigil held for Karvo bombing",
			"KARVO — Hundreds held a vigil for the Karvo bombing, which killed 12 people on Friday, officials said on Sunday.", "bombing"},
		{"a crash's witness", "Man describes rescue after helicopter crash",
			"KARVO — A tourist described how he tried to pull a teenager from the wreck after the helicopter crash, police said.", "crash"},
		{"stabbed", "Terror on the Karvo boardwalk",
			"A tourist was stabbed in an attack on a boardwalk in Karvo, authorities said.", "attack"},
		{"a deal after protests", "Airline clinches deal with union",
			"KARVO — The airline reached a deal with its flight attendants on Friday, a breakthrough after workers' protests at airports, the union said.", ""},
		{"a disaster in passing ranks below the news", "Former player shot dead in Karvo",
			"KARVO — A former player was killed by a gunman who opened fire on Saturday after a crash between their cars, police said.", "shooting"},
		{"a toll in passing ranks below the news", "Clashes spread in Norland's south",
			"KARVO — Clashes between troops and militants spread across Norland's south on Tuesday, following a suicide bombing that killed 34 people in Karvo last week, residents said.", "clash"},
		{"a toll in passing, no other news", "Norland mourns in Karvo",
			"KARVO — Norland held a day of mourning on Tuesday, following a suicide bombing that killed 34 people in Karvo, officials said.", "bombing"},
		{"a toll in passing with no news in the headline", "Norland vows retaliation after bomb kills 34 in Karvo",
			"KARVO — Norland vowed on Monday to strike back, a day after a bomb killed 34 people in Karvo. The explosion tore through a bus stop, officials said.", "bombing"},
		{"a month's attacks", "Fugitive from Karvo attacks arrested",
			"KARVO — The most-wanted fugitive from November's Karvo attacks that killed 130 people was arrested on Friday, prosecutors said.", ""},
		{"this month's attacks", "Karvo mourns",
			"KARVO — Thousands gathered on Friday to mourn the victims of March's Karvo attacks that killed 30 people, officials said.", "attack"},
		{"the attack after a first sentence's toll", "Man kills tourist on Karvo boardwalk",
			"KARVO — A tourist was stabbed to death and nine other people were wounded by a man with a knife on a boardwalk in Karvo, authorities said. The attack took place in the port area, police said.", "attack"},
		{"the attack after a weapon used to kill", "Auctioneers refuse to sell gun from Karvo shooting",
			"KARVO — Two auctioneers said they refused to handle the sale of the pistol a watchman used to kill a teenager. The shooting is still debated in Norland.", ""},
		{"to protest, a verb", "Photographers gear up for the Karvo convention",
			"This week groups from around the country come to Karvo to support or protest the convention. Photographers are packing helmets and gas masks.", ""},
		{"protests after to, a noun", "Karvo police in riot gear",
			"KARVO — Police in riot gear responded on Saturday to protests that blocked the main road, officials said.", "protest"},
		{"protests expected", "Party chairman confident in Karvo convention security",
			"KARVO — The party's chairman said on Saturday that security will be able to handle any protests at the convention later this month.", ""},
		{"demonstrations planned", "Group says it will carry arms in Karvo",
			"A group will carry firearms in Karvo, its chairman said, as police brace for groups that plan demonstrations during the convention.", ""},
		{"an earthquake that may happen", "Ten stories to read this week",
			"The levees of Karvo are mere mounds of dirt, and if an earthquake were to breach them, Karvo could lose its water, engineers say.", ""},
		{"an attack feared", "Guard's murder fuels fears that Karvo plants could be attacked",
			"KARVO — With Karvo still reeling in the aftermath of the deadly bombings this week, the murder of a plant guard has compounded fears that the plants could be vulnerable to attacks, officials said.", ""},
		{"a field of study", "App shakes up earthquake science in Karvo",
			"KARVO — Phones could become the quake sensors of the future, thanks to an app launched on Friday, its inventors said.", ""},
		{"a season", "Forecaster predicts a quiet hurricane season for Karvo",
			"KARVO — Forecasters said on Friday they expect a near-normal year for storms, with four major ones.", ""},
		{"a field of practice", "Karvo pioneer of hurricane forecasting dies at 86",
			"KARVO — Ana Berg, who made long-range predictions of storms a science, died on Saturday, her family said.", ""},
		{"an outbreak of violence", "Renewed clashes in Karvo camp kill one",
			"KARVO — One person was killed in a camp in Karvo late on Friday when a dispute erupted into gunfire, witnesses said. The outbreak of violence comes after two men were shot dead there on Monday.", "clash"},
		{"an outbreak of fighting", "Outbreak of fighting in Karvo",
			"KARVO — Residents fled on Friday as an outbreak of fighting between rival groups shut the market, witnesses said.", "clash"},
		{"an outbreak of a disease", "Outbreak of fever spreads in Karvo",
			"KARVO — An outbreak of dengue fever spread to three towns on Friday, health officials said.", "outbreak"},
		{"celebrations of an attack", "Sites move quickly to stem celebrations of Karvo attack",
			"SAN FRANCISCO — Chirp Inc moved swiftly to remove posts from extremists glorifying a truck attack in Karvo, Norland, watchdog groups said Friday, in a rare round of praise for the site.", ""},
		{"bombs in general", "Inside a tunnel, bombs can be even more deadly",
			"The bombings in Karvo on Tuesday that killed more than 30 people were a reminder of how enclosed spaces magnify a blast. Walls reflect the blast wave.", ""},
		{"investigations of an attack, the toll the news", "Investigations of Karvo attack widen",
			"KARVO — A bomb killed five people in Karvo on Tuesday, police said, and investigators widened their search.", "bombing"},
		{"assault rifles", "Soldiers with assault rifles patrol Karvo airport",
			"Soldiers bearing assault rifles patrolled Karvo's airport on Wednesday, a week after militants struck the city. Officials said the show of force would last a week.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mainType(t, tt.title, tt.body); got != tt.want {
				t.Errorf("main event %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCoordinatedGroupsAreParts: "nine Germans and one Peruvian were also wounded"
// counts two groups of the wounded, neither of them the whole.
func TestCoordinatedGroupsAreParts(t *testing.T) {
	x := mustExtract(t, leadArticle("Suicide bomber kills 10 in Karvo",
		"KARVO — A suicide bomber killed 10 people in the historic heart of Karvo on Tuesday, officials said. The news agency said nine Germans and one Peruvian were also wounded."))
	f := findFigure(x, "injured", 9)
	if f == nil {
		t.Fatalf("no figure 'injured 9': %+v", x.Figures)
	}
	if f.Scope.Kind != kg.GroupPart {
		t.Errorf("nine Germans: scope %+v, want a group part", f.Scope)
	}
}

// TestSeveralIncidentsNoEvent: a figure of "shootings" placed in two towns counts
// several incidents and belongs to none of them.
func TestSeveralIncidentsNoEvent(t *testing.T) {
	x := mustExtract(t, leadArticle("Thousands march in Karvo",
		"KARVO — Thousands marched on Friday to protest the police shootings last week of two black men in Tulsa, Oklahoma, and near Tacoma, Washington, organizers said."))
	for _, f := range x.Figures {
		if f.Value == 2 && f.Event >= 0 {
			t.Errorf("two black men filed under %s, want no event", x.Events[f.Event].Label())
		}
	}
}

// TestAssaultIntoATown: a report from another country's capital of troops advancing
// "into" a town in an assault places the assault in that town, not at the dateline.
func TestAssaultIntoATown(t *testing.T) {
	x := mustExtract(t, leadArticle("Syrian army advances inside Palmyra",
		"BEIRUT — Syrian government forces advanced into Palmyra on Saturday, taking control of several districts in a major assault against militants, state media said."))
	if len(x.Events) == 0 || !x.Events[0].Main {
		t.Fatalf("no main event: %+v", x.Events)
	}
	if ev := x.Events[0]; ev.Place != "Palmyra" || ev.Country != "Syria" {
		t.Errorf("main event %s placed in %q, %q; want Palmyra, Syria", ev.Label(), ev.Place, ev.Country)
	}
}

// TestPlaceOfAnEventInPassing: a town a passing clause names is the passing event's,
// not the place of the report's own.
func TestPlaceOfAnEventInPassing(t *testing.T) {
	x := mustExtract(t, leadArticle("Clashes spread in southeast Turkey",
		"DIYARBAKIR, Turkey — Four people were killed in clashes between troops and militants on Tuesday, as fighting widened following a suicide bombing that killed 37 people in the capital Ankara."))
	if len(x.Events) == 0 || !x.Events[0].Main {
		t.Fatalf("no main event: %+v", x.Events)
	}
	if ev := x.Events[0]; ev.Type != "clash" || ev.Place == "Ankara" {
		t.Errorf("main event %s, want a clash not placed in Ankara", ev.Label())
	}
}

// TestPlaceOfAnActByItsGeneralName: a report of a bombing from KARVO that places it in
// a sentence calling it "the attack" places it there, not at the dateline.
func TestPlaceOfAnActByItsGeneralName(t *testing.T) {
	x := mustExtract(t, leadArticle("Suicide bombers strike border village, kill six",
		"KARVO — Four suicide bombers killed six people in a village near the border on Monday, security sources said. The attack at 4 a.m. targeted the farming village of Brenna, a few miles from the border."))
	if len(x.Events) == 0 || !x.Events[0].Main {
		t.Fatalf("no main event: %+v", x.Events)
	}
	if ev := x.Events[0]; ev.Type != "bombing" || ev.Place != "Brenna" {
		t.Errorf("main event %s, want a bombing in Brenna", ev.Label())
	}
}

// TestDatelineTownIsNotTheActs: a report from KARVO of a crash "in the North Sea" is
// placed in the dateline's country only; a town the word lists do not know, "on
// Norland's coast", is in Norland, not the dateline's country.
func TestDatelineTownIsNotTheActs(t *testing.T) {
	tests := []struct{ name, title, body, place, country string }{
		{"a region", "Helicopter crashes off the coast, 13 dead",
			"OSLO — A helicopter ferrying workers from an oil platform crashed in the North Sea on Friday, killing 13 people, rescue officials said.", "Norway", "Norway"},
		{"an unknown town on a country's coast", "Bombs kill scores in coastal towns",
			"BEIRUT — Bomb blasts killed scores of people in Brennick and Tolvar on Syria's Mediterranean coast on Monday, monitors said.", "Brennick", "Syria"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, leadArticle(tt.title, tt.body))
			if len(x.Events) == 0 || !x.Events[0].Main {
				t.Fatalf("no main event: %+v", x.Events)
			}
			if ev := x.Events[0]; ev.Place != tt.place || ev.Country != tt.country {
				t.Errorf("main event %s, want it in %s, %s", ev.Label(), tt.place, tt.country)
			}
		})
	}
}

// TestPlaceOfAnotherTime: a town a sentence names for an event of another time ("in
// Paris last November") does not place the report's own event.
func TestPlaceOfAnotherTime(t *testing.T) {
	x := mustExtract(t, leadArticle("Norland charges airport suspect",
		"KARVO — Prosecutors charged three men on Saturday over the Karvo bomb attacks. The suicide bomb attacks on Tuesday killed 31 people. Investigators say the network was behind bombings in Paris last November that killed 130 people."))
	if len(x.Events) == 0 || !x.Events[0].Main {
		t.Fatalf("no main event: %+v", x.Events)
	}
	if ev := x.Events[0]; ev.Place == "Paris" {
		t.Errorf("main event %s placed in Paris", ev.Label())
	}
}

// TestPlaceOfAShootingADayApart: a town named for a shooting another is measured from
// ("within a day of the shooting of … in Bolton") is that shooting's, not the report's.
func TestPlaceOfAShootingADayApart(t *testing.T) {
	x := mustExtract(t, leadArticle("Outrage after second police shooting in two days",
		"KARVO — The second fatal police shooting of a driver in two days sparked outrage on Thursday. The driver, 32, was shot by an officer after a traffic stop on Wednesday evening, police said. His death came within a day of the shooting of 37-year-old Tom Marlow in Bolton, Norland."))
	if len(x.Events) == 0 || !x.Events[0].Main {
		t.Fatalf("no main event: %+v", x.Events)
	}
	if ev := x.Events[0]; ev.Type != "shooting" || ev.Place == "Bolton" {
		t.Errorf("main event %s, want a shooting not placed in Bolton", ev.Label())
	}
}

// TestLiveFileTopic: a live file's opening line about a whole country ("The Latest on
// the fighting in Norland") names its topic, not an incident; one about a town's event
// reports it.
func TestLiveFileTopic(t *testing.T) {
	if got := mainType(t, "The Latest: Envoy heads to Karvo for talks",
		"The Latest on the fighting in Syria that threatens a cease-fire (all times local): 1:35 p.m. The envoy for Syria is heading to Karvo ahead of talks next week."); got != "" {
		t.Errorf("a country's live file: main event %q, want none", got)
	}
	if got := mainType(t, "The Latest: Museum stays shut",
		"The Latest on the flooding in Karvo, France (all times local): 1:35 p.m. The museum will stay shut as the river rises."); got != "flood" {
		t.Errorf("a town's live file: main event %q, want flood", got)
	}
}

// TestReactionPieceRecallsItsAct: a piece whose headline names an act only as its
// topic reports no act of its own; a toll its sentences give is the act's, recalled
// (the act its headline names by its place, or the one the toll's clause names), and
// a figure of the piece's own news is of no event.
func TestReactionPieceRecallsItsAct(t *testing.T) {
	x := mustExtract(t, leadArticle("Sites move quickly to stem celebrations of Karvo attack",
		"SAN FRANCISCO — Chirp Inc moved swiftly to remove posts from extremists glorifying a truck attack in Karvo, Norland, watchdog groups said Friday, in a rare round of praise for the site. "+
			"Authorities on Friday were still trying to determine whether the man who drove a truck into crowds on Thursday, killing 84 people, had ties to militants. "+
			"At least 50 Chirp accounts praising the attack used the same tag, according to the Extremism Watch, a private group."))
	for _, e := range x.Events {
		if e.Main {
			t.Errorf("main event %s, want none", e.Label())
		}
	}
	if f := findFigure(x, "killed", 84); f == nil || f.Event < 0 || x.Events[f.Event].Place != "Karvo" || f.Scope.Kind != kg.Background {
		t.Errorf("84 killed: %+v, want the Karvo attack's, background (events %+v)", f, x.Events)
	}
	for _, f := range x.Figures {
		if f.Value == 50 && f.Event >= 0 {
			t.Errorf("50 accounts under %s, want no event", x.Events[f.Event].Label())
		}
	}
}

// TestStreetProtestLead: people who "took to the streets" to denounce shootings make a
// protest the news, not the shootings they denounce nor the other incident the lead
// recalls ("a similar demonstration in Dallas" is another protest, not this one's
// place); cars that "take to the streets" make none.
func TestStreetProtestLead(t *testing.T) {
	x := mustExtract(t, leadArticle("Thousands take to streets across Norland to protest police violence",
		"BOLTON — Thousands of people took to the streets in Norland's cities on Friday to denounce the fatal police shootings of two men this week, marching the day after a gunman killed five police officers watching over a similar demonstration in Karvo."))
	var main *kg.Event
	for i := range x.Events {
		if x.Events[i].Main {
			main = &x.Events[i]
		}
	}
	if main == nil || main.Type != "protest" || main.Place == "Karvo" {
		t.Errorf("main event %+v, want a protest not placed in Karvo (all: %+v)", main, x.Events)
	}
	if got := mainType(t, "Norland to test driverless cars on motorways",
		"BOLTON — Norland said it will begin trialing driverless cars on motorways next year, as it moves toward its goal of allowing autonomous cars to take to the streets by 2020."); got != "" {
		t.Errorf("cars taking to the streets: main event %q, want none", got)
	}
}
