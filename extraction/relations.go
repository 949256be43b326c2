package extraction

import (
	"strings"
	"unicode"

	"github.com/factgraph/kg"
)

// actionVerbs maps news verbs to action predicates of the root vocabulary (kg.Actions).
var actionVerbs = wordValues("action-verbs")

// auxiliaries and adverbs that may stand between a subject and its verb.
var betweenSubjectAndVerb = newTokSet(wordSet("between-subject-and-verb"))

// thingObjects are the predicates whose object may be a thing rather than an entity:
// "rejected the resolution", "condemned the attack".
var thingObjects = newTokSet(wordSet("thing-objects"))
var participles = newTokSet(wordSet("participles"))

// relationFinder is the relations stage at work: what it reads (the text, its entities
// and quotes, the events) and the relations found so far.
type relationFinder struct {
	*reader
	*eventSet
	rels []kg.Relation
	open bool // openRelations is at work: open predicates are accepted (openrelations.go)
	// claimed is the place of the last territorial claim read (claims.go) and claimedAt
	// its sentence, for the claims after it that name no place ("A and B also claim
	// parts of it", "have rival claims").
	claimed   string
	claimedAt int
	// defaulted are the indexes in rels of the national roles whose country is the
	// article's by default, for statedCountries (rolecountry.go).
	defaulted []int
}

// findRelations is the relations stage. For every mention of a prose sentence, the roles
// that its title, the words before it, an appositive or a party's description give
// (roles.go); for every prose sentence, who did what to whom (actions), the relations
// phrases state (links.go) and where its places lie (places); then the places the word
// lists or the article's country locate, and who reports on which place.
func findRelations(rd *reader, ev *eventSet) []kg.Relation {
	rf := &relationFinder{reader: rd, eventSet: ev}
	for mi := range rf.mentions {
		m := &rf.mentions[mi]
		if m.ent < 0 || m.sent == rf.headline || rf.sents[m.sent].kind != sProse {
			continue
		}
		rf.listTitle(mi) // listtitles.go
		rf.titleRoles(mi)
		rf.preRoles(mi)
		rf.pluralRoles(mi)     // pluralroles.go
		rf.andOtherHolders(mi) // otherholders.go
		rf.appositive(mi)
		rf.partyOf(mi)
		rf.partyTag(mi) // partytags.go
		rf.memberOf(mi)
		rf.asRole(mi)
		rf.relativeRole(mi)
		rf.ownerPlace(mi)
		rf.placeBody(mi)          // modifiers.go
		rf.partyMember(mi)        // modifiers.go
		rf.partyDescription(mi)   // partyroles.go
		rf.citizenship(mi)        // citizens.go
		rf.apposedNationality(mi) // apposednationality.go
		rf.nationalityBefore(mi)  // citizens.go
		rf.gluedNationality(mi)   // bodyglue.go
		rf.affiliate(mi)          // affiliates.go
		rf.apposedParent(mi)      // affiliates.go
		rf.orgTrade(mi)           // modifiers.go
		rf.apposedOrgTrade(mi)    // apposedorgtrades.go
		rf.hometown(mi)           // hometowns.go
		rf.hometownOf(mi)         // hometowns.go
		rf.bareHometown(mi)       // hometownsbare.go
		rf.livesIn(mi)            // agetowns.go
		rf.fromPlace(mi)          // fromplaces.go
		rf.ageMemberOf(mi)        // agetowns.go
		rf.districtState(mi)      // districts.go
		rf.makerOf(mi)            // makerprefixed.go
	}
	for si := range rf.sents {
		s := &rf.sents[si]
		if s.kind == sCredit {
			rf.places(si)         // "(Reporting by … in Kansas City, Missouri)"
			rf.reporterCities(si) // credits.go
		}
		if si != rf.headline {
			rf.photoCredit(si) // photocredits.go: a credit line of any kind
		}
		if s.kind != sProse || si == rf.headline {
			continue
		}
		rf.reporterCities(si) // credits.go: "AP writers A and B in Cairo contributed to this report"
		rf.reportedFrom(si)   // bylines.go: "Lee reported from Cairo."
		rf.authorLine(si)     // bylines.go: "Ann Lee covers energy for the Courier."
		rf.actions(si)
		rf.servedAs(si)       // servedas.go
		rf.boardSeats(si)     // boards.go
		rf.students(si)       // students.go
		rf.memberships(si)    // memberships.go
		rf.headedBodies(si)   // headedbodies.go
		rf.openRelations(si)  // openrelations.go
		rf.intentions(si)     // intentions.go
		rf.speechPlaces(si)   // speechplaces.go
		rf.passivePlaces(si)  // passiveplaces.go
		rf.speechSettings(si) // speechplaces.go
		rf.saidInPlace(si)    // saidinplaces.go
		rf.stays(si)          // presences.go
		rf.deathPlaces(si)    // deathplaces.go
		rf.deedPlaces(si)     // deedplaces.go
		rf.links(si)
		rf.ties(si)
		rf.kin(si)                // kin.go
		rf.possessives(si)        // possessives.go
		rf.alliances(si)          // alliances.go
		rf.pollLeadRelations(si)  // pollleads.go
		rf.pollTrailRelations(si) // polltrails.go
		rf.unitCompounds(si)      // owners.go
		rf.namedActs(si)          // actionnouns.go
		rf.territorialClaims(si)  // claims.go
		rf.meetingPlaces(si)      // meetingplaces.go
		rf.places(si)
		rf.placeAsides(si)       // placeasides.go
		rf.relays(si)            // relays.go
		rf.basedIn(si)           // basedplaces.go
		rf.describedBodiesIn(si) // basedplaces.go
		rf.borderAsides(si)      // borders.go
		rf.borderPairs(si)       // borders.go
		rf.possessiveSites(si)   // basedplaces.go
		rf.bodySitesIn(si)       // sitesin.go
		rf.placeSitesOf(si)      // sitesin.go
		rf.ownedSitesIn(si)      // sitesin.go
		rf.homeIn(si)            // hometowns.go
		rf.hometownNoun(si)      // hometownnouns.go
		rf.bornIn(si)            // fromplaces.go
		rf.townPairLists(si)     // townpairlists.go
		rf.issuedWarnings(si)    // issuedwarnings.go
		rf.standingWarnings(si)  // standingwarnings.go
		rf.coordinatedTowns(si)  // coordinatedtowns.go
		rf.titledAtBody(si)      // titledatbody.go
		rf.unitsAt(si)           // unitsat.go
		rf.judgesIn(si)          // judgesin.go
	}
	rf.headlineActs()     // headlineacts.go
	rf.statedCountries()  // rolecountry.go
	rf.devolvedHeads()    // rolecountry.go
	rf.shareWithMembers() // listshare.go
	rf.departmentHeads()  // departments.go
	rf.bodyParts()        // bodyparts.go
	rf.gazetteerPlaces()
	rf.reportedPlaces()
	rf.backedFirms()    // shareholders.go
	rf.namedPlaces()    // namedplaces.go: last, so that the places the text states and the fallbacks stay
	rf.bodiesInPlaces() // bodiesin.go: after all, so that a pair something else relates is left alone
	rf.frontedBodies()  // frontedbodies.go: likewise
	rf.parentOwners()   // possessedfirms.go
	toldRelations(rf.rels)
	return rf.rels
}

// toldRelations names by its words a hearer's relation: "Lind told Reuters" is told,
// "said in an interview with Reuters" interviewedBy, "spoke to Reuters" spokeTo. The
// readers of hearers all give spokeTo; the evidence's words say which act it was.
func toldRelations(rels []kg.Relation) {
	for i := range rels {
		r := &rels[i]
		if r.Predicate != "spokeTo" {
			continue
		}
		for _, w := range strings.FieldsFunc(r.Text, func(c rune) bool { return !unicode.IsLetter(c) }) {
			if w == "told" || w == "tells" || w == "tell" || w == "telling" {
				r.Predicate = "told"
				break
			}
			if w == "interview" || w == "interviews" || w == "interviewed" {
				r.Predicate = "interviewedBy"
				break
			}
		}
	}
}

// realmOffices are the offices held over a country, a state, a town or a body, never over
// a person: a reader that finds one of them with a person for its object misread a list
// or a comparison.
var realmOffices = map[string]bool{"kingOf": true, "queenOf": true, "presidentOf": true, "primeMinisterOf": true,
	"governorOf": true, "mayorOf": true, "senatorOf": true, "secretaryOfStateOf": true, "chancellorOf": true}

func (rf *relationFinder) addRelation(si int, subj, pred, obj, text string) {
	obj = partyRoleObject(pred, obj) // partyroles.go: no "senatorOf Republican"
	if subj == "" || obj == "" || subj == obj || !kg.IsPredicate(pred) && !(rf.open && kg.IsOpenPredicate(pred)) {
		return
	}
	if realmOffices[pred] && rf.typeOfName(obj) == kg.Person && !(si >= 0 && si < len(rf.sents) && strings.Contains(rf.sentText(si), obj+" "+text)) {
		// "Clinton, Sanders and O'Malley addressed a King rally", "challenging McCrory for
		// governor": no one's realm is a person. A name right before the title is its
		// realm whatever its type says ("Hoffman Estates Mayor Bill McLeod", a town the
		// types took for a person)
		return
	}
	for _, r := range rf.rels {
		if r.Subject == subj && r.Predicate == pred && r.Object == obj {
			return
		}
	}
	src := ""
	if si >= 0 && si < len(rf.sents) {
		if k := rf.sents[si].start; k < len(rf.quoteOf) && rf.quoteOf[k] > 0 {
			src = rf.quoteSrc[rf.quoteOf[k]-1]
		}
	}
	if src == subj || src == obj {
		// "'…,' Kremlin spokesman Dmitry Peskov said", "'…,' said Ferrer, who was facing
		// off against Caraballo": the relation stands in the speaker's line past the
		// quote, which the article states, not the speaker
		src = ""
	}
	rf.rels = append(rf.rels, kg.Relation{Subject: subj, Predicate: pred, Object: obj, Source: src, Sentence: si, Text: text})
}

// infinitiveAt reports whether token k, after "to", opens a verb rather than a noun
// phrase: a lower-case word that is no function word, determiner or number ("agreed to
// pay", not "agreed to a meeting", "agreed to the request", "agreed to Northwind's
// offer"). A bare plural ("agreed to terms") reads as a verb too, and is given up.
func (rf *relationFinder) infinitiveAt(k int) bool {
	if k >= len(rf.toks) {
		return false
	}
	t := &rf.toks[k]
	return t.kind == tWord && !t.has(fCap) && t.feat&(lxFunc|lxNumWord|lxPronoun) == 0
}

// backOverAuxiliaries returns the token before the verb at v once the auxiliaries,
// "not" and adverbs in -ly between it and its subject are passed ("has also quietly
// sold": the token before "has"), no further back than start.
func (rf *relationFinder) backOverAuxiliaries(start, v int) int {
	g := v - 1
	for g > start && (rf.in(g, betweenSubjectAndVerb) || rf.toks[g].kind == tWord && strings.HasSuffix(rf.low(g), "ly") && !rf.toks[g].has(fCap)) {
		g--
	}
	return g
}

// tradeEmployment are the role nouns of roles.txt that name a trade rather than an
// office: the vocabulary has no predicate of their own, and one practised at or for an
// organization is employment there. Not "architect", whose "of" names a building or a
// plan as often as an employer.
var tradeEmployment = newTokSet(map[string]bool{"engineer": true, "special agent": true, "special agent in charge": true})

// rolePredicate finds the predicate of a role title: the title itself, else its longest
// ending in the vocabulary ("information officer" → officerOf). A trade the vocabulary
// names no office for but that roles.txt reads is employment: "an engineer at Quill
// Systems", "a software engineer at" (employeeOf, tradeEmployment).
func rolePredicate(role string) string {
	role = strings.ToLower(strings.TrimSpace(role))
	if kg.IsRole(role) {
		return kg.RolePredicate(role) // "president-elect"
	}
	role = strings.ReplaceAll(role, "-", " ") // "secretary-general"
	switch role {
	case "ceo":
		role = "chief executive officer"
	case "cfo":
		role = "chief financial officer"
	case "coo":
		role = "chief operating officer"
	case "cto":
		role = "chief technology officer"
	case "cofounder", "co founder":
		role = "co-founder"
	case "vice chair": // roles61: a board's or a body's vice chair
		role = "vice chairman"
	case "director general", "co director": // not "general" (generalOf)
		role = "director"
	case "general counsel", "legal counsel": // a body's own lawyer
		role = "lawyer"
	case "editor in chief": // roles65: not "chief" (chiefOf)
		role = "editor"
	case "chief curator": // roles65: a curator, not the body's chief
		role = "curator"
	}
	for role != "" {
		if kg.IsRole(role) {
			return kg.RolePredicate(role)
		}
		if tradeEmployment.has(role) {
			return "employeeOf"
		}
		i := strings.IndexByte(role, ' ')
		if i < 0 {
			break
		}
		role = role[i+1:]
	}
	return ""
}

// actions reads who did what to whom in sentence si with the verbs of actionVerbs, and
// "spoke to"/"told" a news organization, "claimed responsibility for", "offered
// assistance", "an attack by", "factories in", "called on X to", a passive participle
// in an aside after its patient and two subjects acting on each other (verbforms.go),
// agreeing or in talks together (agreements.go).
func (rf *relationFinder) actions(si int) {
	s := &rf.sents[si]
	for v := s.start; v < s.b; v++ {
		if rf.quoteOf[v] != 0 || rf.toks[v].kind != tWord || rf.entAt[v] >= 0 && rf.toks[v].has(fCap) {
			continue // not the "Controls" of "Johnson Controls"
		}
		w := rf.low(v)
		if rf.actionReaderAt(v, w) && (rf.saidToOutlet(si, v, w) || rf.wroteTo(si, v, w) || rf.adjectiveStance(si, v, w) || rf.postedOn(si, v, w) || rf.toldResumedOutlet(si, v) || rf.jointAgreement(si, v, w) || rf.jointTalks(si, v, w) || rf.infinitiveAction(si, v, w) || rf.gerundAction(si, v, w) || rf.commaParticipleAction(si, v, w) || rf.attackBy(si, v, w) || rf.facilityIn(si, v, w) || rf.spokenIn(si, v, w) || rf.meetingWith(si, v, w) || rf.betweenPair(si, v, w) || rf.actBy(si, v, w) || rf.stakeHeld(si, v, w) || rf.investorsListed(si, v, w) || rf.roundLedBy(si, v, w) || rf.holders(si, v, w) || rf.tradeGroupMembers(si, v, w)) {
			continue
		}
		pred, objStart, nominal := rf.actionVerb(si, v, w)
		if pred == "" || rf.unasserted(si, v) && !(pred == "rejects" && strings.HasPrefix(w, "accept")) || pred == "acquires" && rf.offeredPurchase(v) {
			continue
		}
		if !nominal && rf.embedded(si, v) {
			continue // "If Bard killed Lee, …", "denied that Acme sued Birch": a condition or a denied claim (openrelations.go)
		}
		if !infinitiveStances.has(pred) && rf.intentionGoverned(si, v) {
			continue // "plans to sue", "tried to buy": an aim, not the act (intentions.go)
		}
		if strings.HasSuffix(w, "s") && w != "agrees" && w != "claims" && w != "calls" && pred != "suppliesTo" && w != "stakes" && !((pred == "rivalOf" || pred == "partnerOf") && nominal) && !(w == "tells" && pred == "spokeTo") && !rf.verbAfterSubject(si, v) {
			continue // "carry out attacks", "visits": a noun here
		}
		if pred == "attacks" && rf.attackCompound(si, v, w) {
			continue // "after the Paris attacks and the killing of 14 in California": attacks.go
		}
		if rf.is(v+1, wUp, wOff, wOut, wDown, wAway, wBack, wOver) && objStart == v+1 {
			continue // "struck up a friendship", "backed off"
		}
		if rf.passive(si, v) && !(pred == "investsIn" && objStart == v+2) || w == "claimed" && rf.is(v+1, wBy) || rf.is(objStart, wBy) && rf.sharedPassive(si, v) >= 0 ||
			rf.appositiveParticiple(si, v, objStart) >= 0 {
			// "Golden Gate Ventures, which is invested in Carousell" holds a stake: active
			rf.passiveAction(si, v, pred, objStart)
			continue
		}
		rf.open = kg.IsOpenPredicate(pred) // a journey's leg (verbphrases.go journeyLeg) is named as an open relation
		if sj, ob, r := rf.objectGap(si, v, v+1); !nominal && sj != "" {
			if rf.subjectFits(pred, sj) && rf.objectFits(pred, ob) {
				rf.addRelation(si, sj, pred, ob, rf.span(r, v+1)) // "Birch Labs, which Harbor Power acquired,": gaps.go
			}
		} else {
			rf.activeAction(si, v, pred, objStart, nominal)
		}
		rf.open = false
	}
}

// actionReaderClasses are the word classes the readers actions tries before actionVerb
// open on (each reader's first test is its class's bit: doc.mayBe).
const actionReaderClasses = wcOutletVerb | wcWriting | wcStanceAdjective | wcAgree | wcAgreementMaker | wcTalk |
	wcAction | wcBetween | wcStake | wcCounting | wcInvestor | wcHolder

// actionReaderWords are the words those readers name in their first tests: saidToOutlet
// ("speaking", "talking", "told"), postedOn ("in": postedIn), toldResumedOutlet, jointTalks
// ("negotiating", "discussing"), attackBy, facilityIn, meetingWith, roundLedBy and
// tradeGroupMembers ("represents", "representing": tradegroups.go).
var actionReaderWords = newTokSet(map[string]bool{"speaking": true, "talking": true, "told": true, "in": true,
	"negotiating": true, "discussing": true, "attack": true, "attacks": true, "bombing": true, "bombings": true,
	"factories": true, "factory": true, "plants": true, "plant": true, "offices": true, "facility": true,
	"facilities": true, "meeting": true, "meetings": true, "talks": true, "negotiations": true,
	"discussions": true, "led": true, "co-led": true, "represents": true, "representing": true})

// actionReaderAt reports whether one of the readers actions tries before actionVerb may
// read word token v (its lower-case form w): it has one of their classes or words, follows
// "to" (infinitiveAction) or ends in "-ing" (gerundAction). Any other token fails each
// reader's first test, so actions skips the nineteen calls. **A reader added to that list
// adds its opening class or words here**, or it never runs.
func (rf *relationFinder) actionReaderAt(v int, w string) bool {
	return rf.toks[v].cls&actionReaderClasses != 0 || rf.in(v, actionReaderWords) || rf.is(v-1, wTo) || strings.HasSuffix(w, "ing")
}

// actionSwitchWords are the words actionVerb's switch names (w == "…", rf.is(v, …)): a
// token that is none of them, read as none of them, skips the switch.
// TestActionSwitchWords reads the switch and compares.
var actionSwitchWords = newTokSet(map[string]bool{"spoke": true, "spoken": true, "talked": true, "speaking": true,
	"told": true, "tells": true, "claimed": true, "claims": true, "claim": true, "called": true, "calls": true,
	"call": true, "calling": true, "agreed": true, "agrees": true, "offered": true, "offers": true,
	"provide": true, "offer": true, "accept": true, "visit": true, "supplier": true, "suppliers": true,
	"supplies": true, "maker": true, "shot": true, "shoots": true, "gunned": true, "guns": true, "mowed": true,
	"mows": true, "stabbed": true, "held": true, "bid": true, "bids": true, "cut": true, "lowered": true,
	"cuts": true, "raised": true, "lifted": true, "filed": true, "files": true, "imposed": true,
	"imposes": true, "blamed": true})

// actionVerb returns the predicate the word w at token v states, the first token of its
// object, and whether a noun carries it ("supplier to", "a visit to": its subject is the
// clause's); pred is "" for no action.
func (rf *relationFinder) actionVerb(si, v int, w string) (pred string, objStart int, nominal bool) {
	if rf.mayBe(v, w, wcActionVerb) {
		pred = actionVerbs[w]
	}
	objStart = v + 1
	if pred == "" {
		pred = rf.progressiveAction(v, w) // "is suing": apart.go
	}
	switch {
	case rf.neither(v, w, actionSwitchWords):
		// no word the cases below name
	case (w == "spoke" || w == "spoken" || w == "talked" || w == "speaking") && rf.phoneTalk(v) > 0:
		pred, objStart = "spokeTo", rf.phoneTalk(v) // "spoke by phone with": encounters.go
	case w == "spoke" && rf.is(v+1, wTo, wWith):
		pred, objStart = "spokeTo", v+2
	case w == "told" || w == "tells": // "Lind tells Reuters", the present of features and headlines
		o := v + 1
		if rf.is(o, wThe) && rf.entityOf(o) < 0 {
			o++ // "told the Associated Press"
		}
		if n := rf.describedOutletAt(v + 1); n > 0 {
			pred, objStart = "spokeTo", n // "told German daily newspaper Bild": apart.go
		} else if w == "told" && rf.titledHearer(v) {
			pred = "spokeTo" // "told U.S. District Judge Kiyo Matsumoto", "told Mr. Rubio": speechacts.go
		} else if e := rf.entityOf(o); e >= 0 && rf.ents[e].typ == kg.Organization && (w == "told" || rf.outlet(e) || upperName(strings.NewReplacer("-", "", ".", "").Replace(rf.ents[e].name))) {
			pred = "spokeTo" // "tells" an outlet by name, or by call letters ("tells WJTV", "tells WLS-TV", "tells C-SPAN"): not a character of a recap
		} else if w == "told" && rf.toldHearer(v, o) {
			pred = "spokeTo" // "Cruz told Trump", "Iran has told the United States": speechacts.go
		}
	case (w == "claimed" || w == "claims" || w == "claim") && rf.is(v+1, wResponsibility):
		pred, objStart = "claimsResponsibilityFor", v+2
		if rf.is(objStart, wFor) {
			objStart++
		}
	case (w == "called" || w == "calls" || w == "call") && rf.is(v+1, wFor):
		pred, objStart = "callsFor", v+2
	case (w == "called" || w == "calls" || w == "call" || w == "calling") && rf.is(v+1, wOn, wUpon):
		pred, objStart = rf.calledUpon(v)
	case (w == "agreed" || w == "agrees") && rf.is(v+1, wTo):
		pred, objStart = "agreesTo", v+2
		if rf.infinitiveAt(v + 2) {
			pred = "" // "agreed to buy Northwind": the deal is the verb's, not Northwind
		}
	case (w == "offered" || w == "offers" || w == "provide" || w == "offer") && rf.is(v+1, wAssistance, wHelp, wAid):
		pred, objStart = "offersAssistanceTo", v+2
	case w == "accept" && rf.negatedBefore(v, rf.sents[si].start):
		pred = "rejects"
	case w == "visit" && rf.is(v+1, wTo) && rf.tripStated(v, false): // trips.go
		pred, objStart, nominal = "visits", v+2, true
	case (w == "supplier" || w == "suppliers" || w == "supplies") && rf.is(v+1, wTo, wOf, wFor):
		pred, objStart, nominal = "suppliesTo", v+2, true
	case w == "maker" && rf.is(v+1, wOf) && rf.is(v+3, wFor):
		pred, objStart, nominal = "suppliesTo", v+4, true
	case rf.is(v, wShot, wShoots) && rf.is(v+1, wDead), rf.is(v, wGunned, wGuns, wMowed, wMows) && rf.is(v+1, wDown):
		pred, objStart = "kills", v+2 // "shot dead Claire Davis", "was gunned down by": data/figures.txt kill-phrases
	case rf.is(v, wShot, wShoots, wStabbed) && rf.is(v-1, wFatally):
		pred = "kills" // "fatally shot Walter Scott", "was fatally shot by Raja"
	case w == "claimed" && rf.is(v+1, wBy):
		pred = "attacks" // "The attack in Sadr City was earlier claimed by Islamic State"
	case w == "held" && rf.is(v+1, wTalks):
		pred, objStart = "meets", v+2
	case (w == "bid" || w == "bids") && rf.is(v+1, wFor):
		pred, objStart = "bidsFor", v+2
		nominal = rf.is(v-1, wA, wAn, wIts, wThe)
	case (w == "cut" || w == "lowered" || w == "cuts") && rf.is(v+1, wIts, wTheir) && rf.is(v+2, wRating, wRatings, wRecommendation) && rf.is(v+3, wOn, wOf, wFor):
		pred, objStart = "downgrades", v+4
	case (w == "raised" || w == "lifted") && rf.is(v+1, wIts, wTheir) && rf.is(v+2, wRating, wRatings, wRecommendation) && rf.is(v+3, wOn, wOf, wFor):
		pred, objStart = "upgrades", v+4
	case (w == "filed" || w == "files") && rf.is(v+1, wA) && rf.is(v+2, wLawsuit, wSuit) && rf.is(v+3, wAgainst):
		pred, objStart = "sues", v+4
	case (w == "imposed" || w == "imposes") && rf.is(v+1, wSanctions) && rf.is(v+2, wOn, wAgainst):
		pred, objStart = "sanctions", v+3
	case w == "blamed":
		// "an attack the government blamed on Islamic State"
		if rf.is(v+1, wOn) {
			objStart = v + 2
		} else if on := rf.blamedOn(v); on >= 0 {
			objStart = on + 1 // "has blamed the 2014 attack on North Korea"
		}
	}
	if pred == "attacks" && dealVerbs.has(w) && rf.dealAfter(v) {
		pred = "" // "struck a deal with": agreesWith (actionnouns.go madeAct)
	}
	if p, o, n, ok := rf.phrasalAction(v, w); ok { // verbphrases.go
		pred, objStart, nominal = p, o, n
	}
	return pred, objStart, nominal
}

// blamedOn returns the "on" that names the party blamed when the thing blamed comes
// first ("blamed the data breach on China", "blamed the rise in tension on the United
// States", "blamed the 2014 attack on Ostria"): the first "on" within ten words after
// "blamed" with a name after it (across "the"), no comma, stop or "for" before it
// ("blamed Ostria for an attack on Velmar": Ostria is blamed); -1 for none.
func (rf *relationFinder) blamedOn(v int) int {
	si := rf.sentOf(v)
	end := min(rf.sents[si].b, v+11)
	for k := v + 1; k < end; k++ {
		if rf.toks[k].kind != tWord && rf.toks[k].kind != tNum || rf.is(k, wFor) || rf.quoteOf[k] != 0 {
			return -1
		}
		if !rf.is(k, wOn) {
			continue
		}
		o := k + 1
		if rf.is(o, wThe) {
			o++
		}
		if rf.entityOf(o) >= 0 {
			return k
		}
	}
	return -1
}

// attackBy reads "a suspected attack by Kurdish militants" at token v (the word w): the
// attackers attack the place the attack struck. It reports whether the phrase is there.
func (rf *relationFinder) attackBy(si, v int, w string) bool {
	if !(w == "attack" || w == "attacks" || w == "bombing" || w == "bombings") || !rf.is(v+1, wBy) {
		return false
	}
	s := &rf.sents[si]
	if rf.negatedBefore(v, s.start) {
		return true // "has not suffered a major attack by militants"
	}
	k := v + 2
	if rf.is(k, wThe, wA) {
		k++
	}
	if e := rf.entityOf(k); e >= 0 {
		m := &rf.mentions[rf.entAt[k]]
		if rf.owner(m.b) {
			return true // "an attack by Turkey's president": the president's, not Turkey's
		}
		if ob := rf.attackByTarget(si, v, m.b, rf.ents[e].typ == kg.Person); ob != "" { // attacks.go
			rf.addRelation(si, rf.entName(e), "attacks", ob, rf.span(v, min(s.b, k+3)))
		}
	}
	return true
}

// facilityIn reads "factories in Kaohsiung" at token v (the word w): the subject of the
// clause has a facility in the place. It reports whether the phrase is there.
func (rf *relationFinder) facilityIn(si, v int, w string) bool {
	if !(w == "factories" || w == "factory" || w == "plants" || w == "plant" || w == "offices" || w == "facility" || w == "facilities") || !rf.is(v+1, wIn) {
		return false
	}
	if e := rf.entityOf(v + 2); e >= 0 && rf.ents[e].typ == kg.Place {
		if o := rf.appositionOwner(si, v); o >= 0 {
			rf.addRelation(si, rf.entName(o), "hasFacilityIn", rf.entName(e), rf.span(v, v+3)) // "Excel Industries, a lawn mower plant in Hesston"
		} else if sj := rf.clauseSubject(si, v); sj != "" && !nameList(sj).several() && !rf.personNamed(sj) {
			rf.addRelation(si, sj, "hasFacilityIn", rf.entName(e), rf.span(v, v+3))
		}
	}
	return true
}

// appositionOwner returns the organization an apposition about a site at v follows
// ("Excel Industries, a lawn mower plant in Hesston": Excel Industries), or -1: the
// words back from v to ", a" or ", an" are lower-case, and an organization's mention
// ends at the comma.
func (rf *relationFinder) appositionOwner(si, v int) int {
	s := &rf.sents[si]
	for k := v - 1; k > s.start+1 && v-k <= 6; k-- {
		if rf.is(k, wA, wAn) && rf.punct(k-1, ',') {
			if e := rf.entityOf(k - 2); e >= 0 && rf.ents[e].typ == kg.Organization && rf.mentions[rf.entAt[k-2]].b == k-1 {
				return e
			}
			return -1
		}
		if rf.toks[k].kind != tWord || rf.toks[k].has(fCap) {
			return -1
		}
	}
	return -1
}

// personNamed reports whether name is the full name of a person of the article: a person
// has no plant or office of its own ("Ethan Couch, 18, was booked into a detention
// facility in Fort Worth"). A lone word typed a person ("Corvanis has opened a plant") is
// too weak a sign to drop the relation.
func (rf *relationFinder) personNamed(name string) bool {
	if !strings.Contains(name, " ") {
		return false
	}
	for i := range rf.ents {
		if rf.ents[i].typ == kg.Person && rf.entName(i) == name {
			return true
		}
	}
	return false
}

// passiveAction: "was arrested by Malian police": the agent acts on the subject.
func (rf *relationFinder) passiveAction(si, v int, pred string, objStart int) {
	s := &rf.sents[si]
	if q := rf.agentGapAt(objStart); q > objStart && rf.is(q, wBy) {
		objStart = q // "was endorsed on Monday by": clauses.go
	}
	if !rf.is(objStart, wBy) {
		return
	}
	subj, obj := "", ""
	aside := rf.appositiveParticiple(si, v, objStart)
	if e := rf.passiveAgent(objStart+1, s.b); e >= 0 && aside < 0 {
		subj = rf.entName(e)
	} else if e := rf.asideAgent(objStart+1, s.b); e >= 0 && aside >= 0 {
		subj = rf.entName(e)
	}
	g := v - 1
	if pv := rf.sharedPassive(si, v); pv >= 0 {
		g = pv - 1 // "which was founded by Moss and financed by Lee": founded's patient
	} else if rf.is(v-1, wAnd) && v-2 > s.start && rf.passive(si, v-2) {
		g = v - 3 // "was shot and killed by Raja": shot's patient (clauses.go passive)
	}
	for g > s.start && (rf.in(g, betweenSubjectAndVerb) || rf.is(g, wEarlier, wBeing) || g >= v-2 && rf.toks[g].kind == tWord && !rf.toks[g].has(fCap) && strings.HasSuffix(rf.low(g), "ly")) {
		g-- // "Zenefits is being investigated by": the progressive passive's subject; "was fatally shot by"
	}
	if aside >= 0 {
		obj = rf.entityBefore(aside, s.start) // "Kestrel Labs, acquired by Harbor Power in 2014,": verbforms.go
	} else if e := rf.entityOf(g); e >= 0 {
		if pred == "attacks" || !rf.afterPreposition(rf.mentions[rf.entAt[g]].a, s.start) {
			obj = rf.entName(e) // not "personnel who returned to the United States were investigated"
		}
	} else if rf.is(g, wIt, wThey) && g == rf.backOverAuxiliaries(s.start, v) {
		obj = rf.pronounSubject(si, g) // "It was acquired by Dell in 2009", as "It acquired" (salience.go)
	} else if rf.is(g, wHe, wShe) && g == rf.backOverAuxiliaries(s.start, v) {
		obj = rf.pronounActor(g) // "She was endorsed by Wolf" (relpronouns.go)
	} else if pred == "attacks" && g == v-1 && rf.in(g, attackNouns) {
		obj = rf.attackPlace(si) // "the bombings claimed by the Red Hand Front"
	} else if obj = rf.relativePatient(si, g); obj == "" && rf.punct(g, ',') && g < v-1 {
		// "Northwind, a maker of chips, was acquired by Acme", "McGinty, the former head
		// of the regulator, has been endorsed by Wolf": the entity before the aside, as
		// an active verb's subject (asideSubject)
		obj = rf.asideSubject(g, s.start)
		if c := rf.asideOpening(g, s.start); c > s.start && rf.entAt[c-1] >= 0 && rf.entName(rf.entityOf(c-1)) == obj &&
			rf.afterPreposition(rf.mentions[rf.entAt[c-1]].a, s.start) {
			obj = "" // "The call from Sinn Fein, its largest party, was rebuffed by": the call was
		}
	}
	if subj == "" || obj == "" {
		return
	}
	rf.addAct(si, rf.agentsFrom(objStart+1, s.b, subj), pred, obj, rf.span(v, min(s.b, objStart+4))) // actionnouns.go
	if pred == "attacks" && rf.is(v, wClaimed) {
		// "the bombings claimed by the Red Hand Front": the group claimed them as well as carried them out
		rf.addAct(si, rf.agentsFrom(objStart+1, s.b, subj), "claimsResponsibilityFor", obj, rf.span(v, min(s.b, objStart+4)))
	}
}

// asideOpening returns the comma that opens the aside closed by the comma at token g
// (the nearest within 25 tokens before it, as asideSubject finds it), or -1.
func (rf *relationFinder) asideOpening(g, start int) int {
	for j := g - 1; j > start && j > g-25; j-- {
		if rf.punct(j, ',') {
			return j
		}
	}
	return -1
}

// agentsFrom returns the agent named agent of a passive whose "by" phrase starts at
// token k and the agents coordinated after it, as a nameList ("which is backed by
// Birch Partners and Quill Ventures": both back it), as withMembers reads a list; the
// agent alone when its name does not open the phrase ("by U.S. chip maker Veltrax").
func (rf *relationFinder) agentsFrom(k, end int, agent string) string {
	if rf.is(k, wThe) {
		k++
	}
	mi := rf.mentionFrom(k, end)
	if mi < 0 || rf.entName(rf.mentions[mi].ent) != agent {
		return agent
	}
	return rf.withMembers(mi, end)
}

// activeAction: the subject of the verb at v (or of the clause, for a noun) acts on the
// object after it: "The Syrian opposition has angrily rejected the resolution", "The
// U.S., Japan and mainland China offered assistance".
func (rf *relationFinder) activeAction(si, v int, pred string, objStart int, nominal bool) {
	s := &rf.sents[si]
	var subj string
	if nominal {
		subj = rf.clauseSubject(si, v)
		if pred == "rivalOf" && rf.is(v, wRivals, wCompetitors) || pred == "partnerOf" && rf.is(v, wPartners) {
			subj = rf.leadingCompany(si, v) // rivalsnamed.go
		} else if pred == "rivalOf" && rf.subjectQualifies(si, v, nameList(subj), false) {
			return // "China's dominant e-commerce company faces competition from": the company's
		}
		// no subject found ("Visa said on Friday it currently has a 1 percent stake in
		// Square"): the company the sentence opens with (rivalsnamed.go)
		if subj == "" && (pred == "investsIn" || pred == "mergesWith" || pred == "bidsFor" || pred == "suppliesTo") {
			subj = rf.leadingCompany(si, v)
		}
		if pred == "investsIn" && rf.in(v, stakeNouns) && !rf.stakeHolderFits(si, v, subj) {
			return // stakes.go
		}
	} else {
		if pred == "kills" && rf.reportedPronounSubject(si, v) {
			return
		}
		subj = rf.actionSubject(si, v)
		if pred == "spokeTo" && (subj == "" || !nameList(subj).several() && rf.typeOfName(subj) != kg.Person) {
			// "“…,” Ida Lund, an engineer at Acme told Reuters", "“…,” Ida Lund, pastor of
			// Grace Chapel in Norland, the town …, told Reuters" (not the chapel nor
			// Norland): quotedtellers.go
			if t := rf.quotedTeller(si, v); t != "" {
				subj = t
			}
		}
	}
	if subj == "" {
		return
	}
	if pred == "spokeTo" && rf.typeOfName(subj) == kg.Place && !rf.placeHeard(objStart) {
		return // "Taiwan told Reuters": an official did (but "Iran has told the United States": speechacts.go)
	}
	if rf.reciprocal(pred, subj, objStart) {
		// "Acme and Ohio have battled in court": each against the other (verbforms.go)
		a, b, _ := nameList(subj).pair()
		rf.addRelation(si, a, pred, b, rf.span(v, min(s.b, objStart+4)))
		rf.addRelation(si, b, pred, a, rf.span(v, min(s.b, objStart+4)))
		return
	}
	if pred == "attacks" && rf.figurativeStrike(v, objStart) {
		return // "struck a dismissive pose toward Ryan": attacks.go
	}
	if rf.is(objStart, wEach) && rf.is(objStart+1, wOther) || rf.is(objStart, wOne) && rf.is(objStart+1, wAnother) {
		return // "they attacked each other in the weeks ahead of the caucuses": no one else
	}
	if pred == "fights" && rf.sideNotFoe(objStart) && !rf.disputeOnly(v) {
		rf.fightSide(si, v, subj, objStart) // "fought in Aleppo", "fought alongside Syrian government forces": verbforms.go
		return
	}
	if rf.disputeOnly(v) || pred == "fights" && rf.sideNotFoe(objStart) {
		return // "battled to the narrowest of wins in Iowa", "fought for Velland": verbforms.go
	}
	if pred == "meets" && rf.placeOnTheWayToMeet(v) {
		return // "a trip through central Mexico to meet Guzman": meetingwarnings.go
	}
	obj := ""
	if pred == "meets" && rf.typeOfName(nameList(subj).first()) != kg.Place {
		if mi := rf.metAppositivePersonAt(objStart+b2i(rf.is(objStart, wWith)), s.b); mi >= 0 {
			obj = rf.entName(rf.mentions[mi].ent) // "met his counterpart, Senator Bob Corker": meetingwarnings.go
		}
	}
	if obj == "" {
		obj = rf.actionObject(si, objStart, pred)
	}
	if obj == "" {
		obj = rf.pronounObject(si, objStart, subj) // "praised her": objects.go
	}
	if obj == "" && pred == "offersAssistanceTo" {
		obj = rf.mainCountry
	}
	if obj == "" && (pred == "downgrades" || pred == "upgrades" || pred == "acquires" || pred == "bidsFor" || pred == "sues") {
		obj = rf.companyObject(objStart) // "downgraded the stock"
	}
	if obj == "" || pred == "joins" && rf.joinedInAct(objStart, s.b) {
		return
	}
	if !nominal && rf.newAppositiveRelative(si, v, rf.low(v)) && !rf.closeObject(objStart, nameList(obj).first()) {
		return // "Gilbert, a billionaire who owns the U.S. basketball team": appositiverelatives.go
	}
	if obj == subj && !nominal {
		if g := rf.backOverAuxiliaries(s.start, v); rf.is(g, wHe, wShe) {
			// "He attacked Trump's plans" read as Trump's own act: the pronoun is none of
			// the people its verb acts on, but the last one named before it (relpronouns.go)
			subj = rf.lastPersonBut(g, obj)
			if subj == "" {
				return
			}
		}
	}
	if nameList(subj).several() && sharesName(nameList(subj), nameList(obj)) {
		return // "Acme and Birch sued the company": a description read as one of the subjects
	}
	for ob := range nameList(obj).all() {
		if !rf.objectFits(pred, ob) {
			continue
		}
		for sj := range nameList(subj).all() {
			if !rf.subjectFits(pred, sj) || rf.objectBound(pred, sj, objStart, s.b) {
				continue
			}
			rf.addRelation(si, sj, pred, ob, rf.span(v, min(s.b, objStart+4)))
			if pred == "spokeTo" && ob == rf.entName(rf.entityOf(objStart+b2i(rf.is(objStart, wThe)))) && !rf.is(rf.backOverAuxiliaries(s.start, v), wHe, wShe) {
				if mi := rf.outletJournalist(objStart, s.b); mi >= 0 {
					// "Kasich told CNN's Anderson Cooper", "Lind told MSNBC host Steve
					// Kornacki": the journalist was told too (speechacts.go); not after
					// "he" or "she", whom the reading of the pronoun gave the outlet
					// wrongly twice in eleven in the open corpus
					rf.addRelation(si, sj, pred, rf.entName(rf.mentions[mi].ent), rf.span(v, rf.mentions[mi].b))
				}
			}
		}
	}
}

// subjectQualifies reports whether one of names, as it stands before token v in sentence
// si, only qualifies the clause's real subject: it owns a noun ("China's dominant
// e-commerce company") or opens a compound ("Oakland, California-based Pandora"). With
// ownHyphen (the stake readers), a name with a hyphen of its own ("Wal-Mart") qualifies
// nothing.
func (rf *relationFinder) subjectQualifies(si, v int, names nameList, ownHyphen bool) bool {
	for k := rf.sents[si].start; k < v; k++ {
		if rf.entAt[k] < 0 {
			continue
		}
		m := &rf.mentions[rf.entAt[k]]
		name := rf.entName(m.ent)
		if names.has(name) && (rf.owner(m.b) || rf.punct(m.b, '-') || strings.HasPrefix(rf.tok(m.b), "-") ||
			strings.Contains(rf.tok(m.b-1), "-") && !(ownHyphen && strings.Contains(name, rf.tok(m.b-1)))) {
			return true
		}
		k = max(k, m.b-1)
	}
	return false
}

// nounAfterName reports whether the token k after a name is a lower-case word that makes
// the name a modifier: a noun or adjective, no function word, pronoun, verb of speech or
// participle ("U.S. wireless carriers", "Internet rivals"; not "Uber in Asia").
func (rf *relationFinder) nounAfterName(k int) bool {
	if k >= len(rf.toks) || rf.toks[k].kind != tWord || rf.toks[k].has(fCap) || rf.toks[k].feat&(lxFunc|lxSpeech|lxPronoun) != 0 || rf.owner(k) {
		return false // "competition from Apple's Watch": Apple's
	}
	w := rf.low(k)
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

// actionSubject finds the subject of the verb at v: the entity named right before it
// (auxiliaries and adverbs aside) — "The Syrian opposition has angrily rejected", with
// coordinated subjects ("The U.S., Japan and mainland China offered") — or a pronoun, "the
// government", or the entity a relative clause between them belongs to ("Zarif, who was
// on an official visit to Istanbul, condemned"). A common noun right before the verb
// ("police arrested") means the subject is no entity: it returns "".
func (rf *relationFinder) actionSubject(si, v int) string {
	s := &rf.sents[si]
	g := rf.backOverAuxiliaries(s.start, v)
	if t := rf.timePhraseBefore(g, s.start); t != g {
		g = t // "Sanders on Wednesday met"
		for g > s.start && rf.in(g, betweenSubjectAndVerb) {
			g--
		}
	}
	if n := rf.phraseBeforeVerb(g, s.start); n != g {
		g = n // "Acme in May sued", "Lind in a statement praised": speechacts.go
	}
	if rf.is(g, wBut) {
		// "Halvorsen welcomed the plan but criticized Ostmark", "Lind praised the ruling,
		// but sued Quill": the verbs share the subject that opens the sentence (butclauses.go)
		return rf.butSubject(si, g)
	}
	if rf.is(g, wAnd) {
		// "Sanders touted …, did …, and on Wednesday met", "Apple rejected the app and
		// asked": the verbs share the subject that opens the sentence (clauses.go)
		if sj := rf.sharedAcrossAnd(si, g); sj != "" || rf.punct(g-1, ',') {
			return sj
		}
		if sj, ok := rf.relativeAndSubject(si, g, v); ok {
			return sj // "Moss, who grew up in Dayton and graduated from Yale": clauses.go
		}
		// "Lind said that Talos had sued Vireo and would appeal": the subject of the
		// clause the "and" closes (clauses.go)
		return rf.closedClauseSubject(si, g, v)
	}
	if g < s.start {
		return ""
	}
	if rf.is(g, wGovernment) && rf.is(g-1, wThe) && rf.mainCountry != "" {
		return rf.mainCountry
	}
	if rf.is(g, wIt, wThey) {
		return rf.pronounSubject(si, g) // salience.go
	}
	if rf.is(g, wHe, wShe) {
		if sp := rf.tellerAfterQuote(g); sp != "" {
			return sp // "“…,” he told U.S. District Judge Gregory Woods": speechacts.go
		}
		return rf.pronounActor(g) // relpronouns.go
	}
	if h := rf.relativeAppositiveSubject(s.start, g); h != "" {
		return h // "Verizon, the telecommunications company that bought AOL": appositiverelatives.go
	}
	// "Germany, which this week shut its embassy": the entity before the relative pronoun,
	// unless the clause names a subject of its own ("Quill, which Lind praised Said for":
	// Lind praised, gaps.go)
	own := rf.relativeOwnSubject(s.start, g)
	for j := g; !own && j > s.start && j >= g-4 && !rf.punct(j, ','); j-- {
		if rf.is(j, wWho, wWhich) && rf.punct(j-1, ',') {
			return rf.listBefore(j-1, s.start) // verbphrases.go
		}
		if rf.is(j, wWho, wWhich) {
			// "Ann Merrow, a Republican who has often criticized Wade"
			return rf.describedHead(j, s.start)
		}
	}
	// "China was willing to provide help": the subject of the verb that governs "to"; the
	// words of an amount before the noun of "to" count for no word ("Acme completed a $12
	// billion deal to buy Birch": amountToken)
	if rf.is(g, wTo) {
		if sj := rf.superlativeAgent(si, g); sj != "" {
			return sj // "Obama, the first U.S. president to visit Cuba": firstto.go
		}
		skipped := 0 // the tokens of an amount: "a $12 billion deal to buy", "a 2.5 billion euro deal"
		for j := g - 1; j > s.start && j >= g-4-skipped; j-- {
			if skipped < 6 && j < g-1 && rf.amountToken(j) {
				skipped++
				continue
			}
			if rf.punct(j, ')') {
				// "General Motors Co (GM.N) agreed to acquire": the name before the ticker
				o := j - 1
				for o > s.start && j-o < 6 && !rf.punct(o, '(') && !rf.punct(o, ',') {
					o--
				}
				if rf.punct(o, '(') && o-1 > s.start {
					j = o - 1
				}
			}
			if rf.is(j, wIt, wThey) && rf.lowerWordsBetween(j+1, g) {
				// "Acme said it had agreed to buy Northwind": the pronoun's referent (salience.go)
				return rf.pronounSubject(si, j)
			}
			if rf.toks[j].kind != tWord || rf.entAt[j] >= 0 {
				if e := rf.entityOf(j); e >= 0 {
					if q := rf.motionVerbBefore(rf.mentions[rf.entAt[j]].a, s.start); q >= 0 {
						// "Kerry traveled to Moscow to meet Putin", "took to Fox News to call on
						// Apple": the place is where the traveller went, the subject is the verb's
						return rf.actionSubject(si, q)
					}
					return rf.entName(e)
				}
				if rf.punct(j, ',') && j < g-1 {
					// "The Sea Lark, which left Kiel in May, is due to stop at Genoa": the
					// entity before the relative clause (clauses.go)
					return rf.relativeAsideSubject(j, s.start)
				}
				break
			}
		}
		return ""
	}
	// "Ghalioun, the head of the SNC, spoke", "Zarif, who was on a visit to Istanbul,
	// described": the entity before the aside
	if rf.punct(g, ',') {
		return rf.asideSubject(g, s.start)
	}
	if rf.punct(g, ')') {
		for g > s.start && !rf.punct(g, '(') {
			g--
		}
		g-- // "Peoples' Democratic Party (HDP) condemned"
		if g < s.start {
			return "" // no "(" in the sentence, or nothing before it
		}
	}
	e := rf.entityOf(g)
	if e < 0 {
		return rf.describedSubject(g, s.start)
	}
	if m := &rf.mentions[rf.entAt[g]]; m.demonym || rf.afterPreposition(titledStart(m, s.start), s.start) {
		if b := rf.bodyBehindAgents(m, s.start); b != "" {
			return b // "Lawyers for Acme Corp told": apart.go
		}
		if p := rf.memberOfBody(g); p != "" {
			return p // "Ida Lund of Vesper Energy said": asides.go
		}
		return rf.describedHolderBefore(g+1, s.start) // "the king of Spain met": objects.go
	}
	subs := []string{rf.entName(e)}
	// coordinated subjects: "X, Y and [mainland] Z"
	k := rf.mentions[rf.entAt[g]].a - 1
	cur := e // the member whose name ends before k
	for k > s.start && k > g-30 {
		k = rf.memberOpening(k, cur, s.start)
		for k > s.start && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && !rf.is(k, wAnd) && rf.entAt[k] < 0 && rf.toks[k].feat&lxFunc == 0 {
			k-- // "mainland"
		}
		t := rf.titleBefore(k, s.start) // "President Ruiz and Chancellor Hale traveled": clauses.go
		if t == k && rf.ents[e].typ == kg.Person {
			t = rf.qualifiedTitleBefore(k, s.start) // "A and former Mayor B", "A and Norland's Foreign Minister B"
		}
		titled := t != k && rf.ents[e].typ == kg.Person
		if t != k && !titled {
			break
		}
		k = t
		if !(rf.is(k, wAnd) || rf.punct(k, ',')) {
			break
		}
		j := k - 1
		if rf.is(k, wAnd) && rf.punct(j, ',') {
			j--
		}
		e2 := rf.entityOf(j)
		if e2 >= 0 && !rf.punct(k, ',') && rf.phraseListHead(min(rf.mentions[rf.entAt[j]].a, rf.mentions[rf.entAt[j]].ta), s.start) {
			break // "a job as coach for Acme and Lund decided": Lund alone
		}
		if e2 < 0 || rf.mentions[rf.entAt[j]].demonym || titled && (rf.ents[e2].typ != kg.Person || rf.toks[j].feat&lxRole != 0) {
			break // "Deputy Crown Prince and Defense Minister Mohammed bin Salman": one man
		}
		subs = append([]string{rf.entName(e2)}, subs...)
		k, cur = rf.mentions[rf.entAt[j]].a-1, e2
	}
	if len(subs) > 1 && !rf.coordinated(k, g) {
		return subs[len(subs)-1]
	}
	return strings.Join(subs, nameSep)
}

// memberOpening returns the token before the words that open a member of a list of
// subjects, k being the token right before the member's name (entity cur): "the"
// ("Brunei, the Philippines and Taiwan") or a body or place that owns a body ("Twitter and
// Alphabet's Google"), when "and" or a comma stands before that opening; else k. The
// owner is no member of the list: the body it owns is. A person's title and its owner
// are qualifiedTitleBefore's.
func (rf *relationFinder) memberOpening(k, cur, start int) int {
	j := k
	if rf.owner(j) && j-1 > start && rf.ents[cur].typ != kg.Person && rf.ents[cur].typ != kg.Place {
		if o := rf.entityOf(j - 1); o >= 0 {
			if rf.ents[o].typ == kg.Person || rf.mentions[rf.entAt[j-1]].demonym {
				return k
			}
			j = rf.mentions[rf.entAt[j-1]].a - 1
		} else {
			// an owner kg does not name: "Alphabet's Google"
			for j--; j > start && k-j <= 4 && rf.toks[j].kind == tWord && rf.toks[j].has(fCap) && rf.entAt[j] < 0; j-- {
			}
		}
	}
	if rf.is(j, wThe) {
		j--
	}
	if j == k || j <= start || !(rf.is(j, wAnd) || rf.punct(j, ',')) {
		return k
	}
	return j
}

// phraseListHead reports whether the first name of a list of subjects, at token a (its
// title's first token: "Secretary of State Ivo Marsh" is no name after "of"), stands
// in a phrase of its own (afterPreposition): "a job as coach for the Montreal Canadiens
// and Richards decided" — the list is no subject's, only its last name is. Not after a
// conjunction "as" ("even as Acme and Birch asked") nor when people of the list's places or
// bodies act together ("officials from Dayton and Velland will meet": both meet).
func (rf *relationFinder) phraseListHead(a, start int) bool {
	if !rf.afterPreposition(a, start) || rf.is(a-1, wAs) {
		return false
	}
	p := a - 1
	if rf.is(p, wThe) {
		p--
	}
	return !(rf.is(p, wOf, wFrom) && p > start && rf.toks[p-1].feat&lxPersonNoun != 0 && strings.HasSuffix(rf.low(p-1), "s"))
}

// qualifiedTitleBefore returns the token before a list member's title that a word of time
// ("A and former Mayor B met", "acting", "then", "late") or an owner ("A and Norland's
// Foreign Minister B", "A and Norland Foreign Minister B") opens, when "and" or a comma
// stands before that opening; else k, as titleBefore does. The owner is no member of the
// list: the person is (listMember reads the same members after the verb).
func (rf *relationFinder) qualifiedTitleBefore(k, start int) int {
	j, titled := k, false
	for j > start && k-j < 5 {
		t := &rf.toks[j]
		if t.kind != tWord || !t.has(fCap) || rf.entAt[j] >= 0 {
			break
		}
		if t.feat&(lxRole|lxHonor) != 0 {
			titled = true
		}
		j--
	}
	if !titled || j == k {
		return k
	}
	switch {
	case rf.is(j, wFormer, wThen, wActing, wLate):
		j--
	case j > start && (rf.entAt[j] >= 0 || rf.owner(j) && rf.entAt[j-1] >= 0):
		if rf.owner(j) {
			j--
		}
		m := &rf.mentions[rf.entAt[j]]
		if m.ent < 0 || rf.ents[m.ent].typ == kg.Person || m.demonym {
			return k
		}
		j = m.a - 1
		if rf.is(j, wThe) {
			j--
		}
	default:
		return k
	}
	if j <= start || !(rf.is(j, wAnd) || rf.punct(j, ',')) {
		return k
	}
	return j
}

// entityBefore returns the entity that ends right before token c (a comma), across a
// parenthesised acronym ("Peoples' Democratic Party (HDP), a Kurdish-rooted …") or an
// age ("Tom Moss, 45, who"), or "".
func (rf *relationFinder) entityBefore(c, start int) string {
	j := c - 1
	if rf.punct(j, ')') {
		for j > start && !rf.punct(j, '(') {
			j--
		}
		j--
	}
	if j > start+1 && rf.toks[j].kind == tNum && rf.punct(j-1, ',') {
		// "Tom Moss, 45, who": the age is an aside of the name, unless the name is
		// inside a phrase ("The killing of Lee, 32, who was shot …, prompted")
		if e := rf.entityOf(j - 2); e < 0 || rf.afterPreposition(rf.mentions[rf.entAt[j-2]].a, start) {
			return ""
		}
		j -= 2
	}
	if j > start && rf.toks[j].kind == tCloseQ {
		j-- // "the "International Syria Support Group" (ISSG), led by"
	}
	if j > start && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.in(j, groupHeads) {
		if e := rf.entityOf(j - 1); e >= 0 && rf.ents[e].typ == kg.Organization {
			j-- // "The Islamic State group, which controls …": the body the kind noun follows
		}
	}
	if e := rf.entityOf(j); e >= 0 && !rf.mentions[rf.entAt[j]].demonym {
		return rf.entName(e)
	}
	return ""
}

// clauseSubject finds the subject of a noun that carries a relation ("supplier to",
// "factories in", "visit to") at v: the entity that starts the clause
// ("The Syrian opposition has angrily rejected"), coordinated subjects ("The U.S., Japan and
// mainland China offered"), or "it" resolved to the sentence's first entity.
func (rf *relationFinder) clauseSubject(si, v int) string {
	s := &rf.sents[si]
	a := v
	for a > s.start && v-a < 12 && !rf.punct(a-1, ';') && rf.toks[a-1].kind != tCloseQ && rf.toks[a-1].kind != tOpenQ && !rf.is(a-1, wThat, wWhich, wWho, wWhen, wAfter, wBefore, wBecause) &&
		!(rf.is(a-1, wWhile) && !(rf.is(a, wOn, wIn, wAt) && rf.is(a-2, wSaid, wSays) && rf.entityOf(a-3) >= 0)) { // "Hale said while on a visit to Lima": trips.go
		a--
	}
	// "the government blamed": the article's country
	g := v - 1
	for g > s.start && rf.is(g, wHas, wHave, wHad, wAlso, wLater, wWas, wIs) {
		g--
	}
	if rf.is(g, wGovernment) && rf.is(g-1, wThe) && rf.mainCountry != "" {
		return rf.mainCountry
	}
	// "Zarif, who was on an official visit to Istanbul", "Starboard, which owns a 1.7
	// percent stake in Yahoo"
	if rf.is(a-1, wWho, wWhich) && rf.punct(a-2, ',') {
		if e := rf.entityOf(a - 3); e >= 0 && (rf.is(a-1, wWho) || rf.ents[e].typ != kg.Person) {
			return rf.entName(e)
		}
	}
	var subs []string
	coord := rf.coordinated(a, v)
	for k := a; k < v; k++ {
		if e := rf.entityOf(k); e >= 0 && !rf.mentions[rf.entAt[k]].demonym {
			p := k - 1
			if rf.is(p, wThe, wA, wAn) {
				p--
			}
			if rf.is(p, wOf, wFrom, wIn, wAt, wTo, wBy, wOn, wFor, wWith) || rf.ents[e].typ == kg.Place && len(subs) > 0 && !coord ||
				rf.possessorOfOther(&rf.mentions[rf.entAt[k]], len(subs) > 0, v) { // possbase.go
				k = rf.mentions[rf.entAt[k]].b - 1
				continue
			}
			name := rf.entName(e)
			if len(subs) == 0 || subs[len(subs)-1] != name {
				subs = append(subs, name)
			}
			k = rf.mentions[rf.entAt[k]].b - 1
		}
	}
	if len(subs) > 0 {
		// coordinated subjects only when joined by commas and "and"
		if len(subs) > 1 && !rf.coordinated(a, v) {
			return subs[0]
		}
		return strings.Join(subs, nameSep)
	}
	// pronoun or "the government" just before the verb
	k := v - 1
	for k > s.start && rf.is(k, wHas, wHave, wHad, wAlso, wLater, wAngrily, wStrongly, wOnce, wAgain, wWas, wIs, wNot, wCannot, wCan, wWould, wWill, wDid, wDoes, wCould, wHad) {
		k--
	}
	if rf.is(k, wIt, wThey) {
		for j := s.start; j < k; j++ {
			if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ != kg.Person {
				return rf.entName(e)
			}
		}
		// the previous sentence's subject
		if si > 0 {
			p := &rf.sents[si-1]
			for j := p.start; j < p.b; j++ {
				if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ != kg.Person && !rf.mentions[rf.entAt[j]].demonym {
					return rf.entName(e)
				}
			}
		}
	}
	if rf.is(k, wHe, wShe) {
		return rf.pronoun(k)
	}
	if rf.is(k, wGovernment) && rf.is(k-1, wThe) && rf.mainCountry != "" {
		return rf.mainCountry
	}
	if a == s.start && rf.is(a, wIt) && rf.lowerWordsBetween(a+1, v) {
		return rf.pronounSubject(si, a) // "It owns a stake in Tarvo": the pronoun's referent (salience.go)
	}
	if o := rf.openingDescription(a, v); o != "" {
		return o // "The auto giant took a stake in", "The two companies took stakes in": backrefs.go
	}
	// "The company is a major supplier to …", "The maker of chips for Apple is …": the
	// organization named last before
	if rf.is(s.start, wThe) && rf.is(s.start+1, wCompany, wFirm, wMaker, wChipmaker, wAutomaker, wGroup, wManufacturer, wSupplier) {
		for j := s.start - 1; j >= 0 && j > s.start-300; j-- {
			if e := rf.entityOf(j); e >= 0 && rf.ents[e].typ == kg.Organization {
				return rf.entName(e)
			}
		}
	}
	return ""
}

// recentEventPlace returns the place of an event of type typ other than the main one,
// first named in the two sentences before si.
func (rf *relationFinder) recentEventPlace(si int, typ string) string {
	for i := len(rf.events) - 1; i >= 0; i-- {
		if i < len(rf.eventSent) && rf.eventSent[i] >= si-2 && rf.eventSent[i] < si && rf.events[i].Type == typ {
			return rf.events[i].Place
		}
	}
	return ""
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// strict are the predicates whose object is the entity right after the verb, in its own
// phrase: "sue the company for violating the Clean Air Act" sues no act, "buy U.S.
// fighter jets" buys no country.
var strict = map[string]bool{"acquires": true, "supports": true, "bidsFor": true, "sues": true, "fines": true, "kills": true,
	"sanctions": true, "downgrades": true, "upgrades": true, "hires": true, "meets": true, "wins": true, "asks": true}

// actionObject: the first entity after the verb in its clause, else the noun phrase
// ("a UN Security Council resolution"); an event noun stands for the main event's place.
func (rf *relationFinder) actionObject(si, k int, pred string) string {
	s := &rf.sents[si]
	end := min(s.b, k+12)
	if rf.is(k, wThat) && (pred == "denies" || pred == "confirms") {
		return "" // "denied that it was an indictment of Balwani's leadership": a claim
	}
	if q := rf.timePhraseAt(k); q > k && q < s.b && rf.is(q, wWith) {
		k = q // "met on Monday with X", "will meet next week with X": the time is no object
	}
	if pred == "meets" {
		k = rf.meetingAsideEnd(k) // "met Thursday with X", "met privately with X": meetingwarnings.go
	}
	if pred == "warns" && rf.warningClauseAt(k, s.b) {
		return "" // "warned that the United States …", "warned he would …": meetingwarnings.go
	}
	if pred == "meets" && rf.is(k, wIn, wAt) {
		return "" // "met in Basel on Tuesday": where they met, never whom
	}
	if pred == "accuses" && rf.lowerWordAt(k) && rf.toks[k].feat&(lxFunc|lxPronoun) == 0 && rf.is(k+1, wOf) {
		return "" // "accused critics of playing into the hands of Islamic State": the accused are the critics
	}
	if pred == "investigates" && rf.is(k, wWhether, wIf) {
		if o := rf.questionSubject(k+1, s.b); o != "" {
			return o // "is investigating whether Acme broke the law"
		}
	}
	if o := rf.kindAfter(k, s.b); o != "" {
		return o // "sued the website": descriptions.go
	}
	if o := rf.holderAfter(k, s.b); o != "" {
		return o // "criticized the governor": descriptions.go
	}
	if o := rf.describedHolderAt(k, s.b); o != "" {
		return o // "met the king of Spain": objects.go
	}
	if mi := rf.ownedTitleObject(k, s.b); mi >= 0 {
		return rf.withMembers(mi, s.b) // "met Spain's Prime Minister Mariano Rajoy"
	}
	if mi := rf.titledPersonAt(k+b2i(rf.is(k, wWith)), s.b); mi >= 0 {
		return rf.withMembers(mi, s.b) // "met with Japanese Prime Minister Shinzo Abe": titledobjects.go
	}
	if pred == "wins" {
		if o := rf.contestPlace(k, s.b); o != "" {
			return o // "won the primaries in Ohio and in Iowa": clauses.go
		}
	}
	if pred == "meets" {
		if mi := rf.metDescribedPersonAt(k+b2i(rf.is(k, wWith)), s.b); mi >= 0 {
			return rf.withMembers(mi, s.b) // "met China's propaganda tsar Liu Yunshan": meetingwarnings.go
		}
	}
	if strict[pred] {
		end = min(s.b, k+3) // "met with X", "hired Goldman Sachs": the object follows the verb
		if p := rf.describedPersonAt(k, s.b); p >= 0 {
			end = p + 1 // "met civil rights leader Al Sharpton"
		}
		if p := rf.kindDescribedBodyAt(k, s.b); p >= 0 {
			end = p + 1 // "owns popular dating app Tinder", "joined the law firm Debevoise": objects.go
		}
		if pred == "controls" {
			if p := rf.territoryShareEnd(k, s.b); p >= 0 {
				return rf.withMembers(int(rf.entAt[p]), s.b) // "controls large areas of Iraq and Syria": territoryshares.go
			}
		}
		if p := rf.placeDescribedBodyAt(k, s.b); p >= 0 && !rf.modifier(rf.mentions[rf.entAt[p]].b) {
			return rf.withMembers(int(rf.entAt[p]), s.b) // "acquired U.S. chip maker Veltrax": asides.go
		}
	}
	bare := rf.bareNounObject(k)
	for j := k; j < end; j++ {
		if rf.toks[j].kind == tStop || rf.punct(j, ';') || rf.toks[j].kind == tOpenQ {
			break
		}
		if j > k && rf.lowerWordAt(j) && rf.is(j, wWhich, wWho, wWhom, wWhose) && pred != "claimsResponsibilityFor" {
			break // "blamed attacks on instability in the region which made Turkey the victim": a relative clause
		}
		if q := rf.timePhraseAt(j); bare && j > k && q > j && q < end {
			j = q - 1 // "rejected calls on Friday from X": the time is no preposition of the object
			continue
		}
		if bare && j > k && rf.bareObjectEnd(j, pred) {
			break // "denied wrongdoing on Twitter": the object is the noun; a name after it is a medium or a place
		}
		if strict[pred] && rf.is(j, wFor, wTo, wAfter, wBecause, wWhile, wWhen, wWhich, wWho, wThat, wHer, wHis, wIts, wTheir) {
			break // "sue the company for violating the Clean Air Act"
		}
		if e := rf.entityOf(j); e >= 0 && !rf.mentions[rf.entAt[j]].demonym && compoundSuffix(rf.tok(rf.mentions[rf.entAt[j]].b-1)) == "" {
			name := rf.entName(e)
			// "a UN Security Council resolution": the thing, named with its owner
			m := &rf.mentions[rf.entAt[j]]
			if rf.is(m.b, wCould, wWould, wWill, wMay, wMight, wMust, wShould, wCan) {
				return "" // "warned the U.S. Navy could see …": the subject of what was said
			}
			if rf.owner(m.b) && j > k+b2i(rf.is(k, wThe, wA, wAn)) {
				return "" // "rejected a challenge to Colorado's law": the law's owner, deep in the phrase
			}
			if rf.owner(m.b) && rf.ownedPerson(m.b, s.b) {
				return "" // "attacked Owen Pratt's father": possessedobjects.go
			}
			if rf.pluralAfter(m.b) && j > k+b2i(rf.is(k, wThe, wA, wAn))+1 && rf.is(j-1, wOf) {
				return "" // "condemned the test as a breach of Norland Council resolutions": the resolutions' maker
			}
			if m.b < s.b && rf.is(m.b, wResolution, wProposal, wPlan, wDeal, wAgreement, wStatement, wDecision) {
				return name + " " + rf.low(m.b)
			}
			if pred == "rivalOf" && rf.nounAfterName(m.b) && !rf.timeAfter(m.b) {
				return "" // "compete with U.S. wireless carriers", "competition from Internet rivals"
			}
			if pred == "investsIn" && j == k && rf.sharesNamedBy(m.b) {
				return name // "owns Apple shares", "holds $9 million of Lumo stock": heldfractions.go
			}
			if strict[pred] && (rf.modifier(m.b) && !rf.timeAfter(m.b) || rf.is(m.b, wAposS, wRsquoS) || pred == "meets" && rf.possessive(m.b) && !rf.in(m.b+1, ownedPeopleNouns) || eventNoun(rf.low(m.b)) != "") || (pred == "acquires" || pred == "bidsFor") && rf.ents[e].typ != kg.Organization {
				return "" // "buy U.S. fighter jets", "backing Silicon Valley startups"
			}
			if j > k+b2i(rf.is(k, wThe, wBoth, wEither)) && rf.mentionFrom(k, s.b) < 0 && !rf.prepositionList(int(rf.entAt[j]), s.b) && !rf.listAfterPreposition(k, j) {
				return name
			}
			return rf.withMembers(int(rf.entAt[j]), s.b) // "condemned A, B and C": objects.go
		}
		if ev := eventNoun(rf.low(j)); ev != "" && rf.is(j-1, wThe, wThis) {
			return rf.mainPlaceOrCountry()
		}
		if ev := eventNoun(rf.low(j)); ev != "" && rf.is(j-1, wThose, wThese, wBoth, wEarlier, wPrevious) {
			// "both of those bombings": the events the sentences before told of
			if p := rf.recentEventPlace(si, ev); p != "" {
				return p
			}
		}
		if rf.punct(j, ',') && !rf.is(j+1, wIncluding, wNotably, wSuch) {
			break
		}
	}
	if c := rf.companyObject(k); c != "" && (pred == "acquires" || pred == "bidsFor") {
		return c // "buy the company"
	}
	// a noun phrase: "the resolution", "a ceasefire" — for verbs whose object may be a
	// thing, and only one that opens with a determiner
	if !thingObjects.has(pred) || !rf.is(k, wThe, wA, wAn, wIts, wTheir, wHis, wHer, wAny, wAll) {
		return ""
	}
	j := k
	for j < end && rf.is(j, wThe, wA, wAn, wIts, wTheir, wHis, wHer, wAny, wAll) {
		j++
	}
	st := j
	for j < end && rf.toks[j].kind == tWord && rf.toks[j].feat&(lxFunc|lxSpeech|lxNumWord) == 0 && j-st < 3 && !strings.HasSuffix(rf.low(j), "ly") && !rf.is(j, wEver) {
		j++
	}
	if j == st || j < s.b && (rf.is(j, wEver) || rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && strings.HasSuffix(rf.low(j), "ed")) {
		return "" // "denies the company ever received", "denied the touching amounted to": a clause, no thing
	}
	if j+1 < s.b && rf.is(j, wOf) && rf.lowerWordAt(j+1) && rf.toks[j+1].feat&(lxFunc|lxSpeech|lxNumWord) == 0 && rf.is(j-1, wState, wStates) {
		return rf.span(st, j+2) // "declared a state of emergency": the state is the emergency's
	}
	return rf.span(st, j)
}

// bareNounObject reports whether a bare lower-case noun, with no determiner, opens the
// object at token k: "denied wrongdoing on Twitter", "visited relatives in March". Not an
// adverb ("met privately with") nor a function word.
func (rf *relationFinder) bareNounObject(k int) bool {
	return rf.lowerWordAt(k) && rf.toks[k].feat&(lxFunc|lxPronoun|lxSpeech|lxNumWord) == 0 && !strings.HasSuffix(rf.low(k), "ly")
}

// bareObjectEnd reports whether the preposition at token j ends a bare noun object of
// predicate pred ("denied wrongdoing on Twitter", "urged voters to look at …"). Not the
// prepositions that bring the verb's own party: "blamed attacks on X", "requested money
// from X", "rejected calls from X", "bought stakes in X", nor a claim for an attack in a place (the attack's
// place stands for it).
func (rf *relationFinder) bareObjectEnd(j int, pred string) bool {
	switch {
	case !rf.lowerWordAt(j) || pred == "claimsResponsibilityFor":
		return false
	case pred == "blames" && rf.is(j, wOn, wFor), (pred == "asks" || pred == "rejects" || pred == "accepts") && rf.is(j, wFrom),
		(pred == "acquires" || pred == "investsIn") && rf.is(j, wIn):
		return false
	case pred == "urges":
		return false // "urged citizens in Deraa province": the people's place may stand for them; left to the older reading
	}
	return rf.is(j, wOn, wIn, wAt, wVia, wThrough, wFrom, wTo, wOver, wDuring, wAgainst, wAbout, wWith, wFor, wInto, wNear, wAmong, wAmid, wAcross, wBy, wAfter, wBefore)
}

// describedSubject finds the subject of a verb whose subject ends at token g in a common
// noun: an organization before a person's head ("a Syrian foreign ministry official
// accused": the ministry), or the entity a description stands for ("The brokerage
// downgraded": the brokerage named before), a country's government ("The U.S. government
// blamed": the United States). A plain common noun ("police arrested")
// is no entity: "".
func (rf *relationFinder) describedSubject(g, start int) string {
	if rf.toks[g].kind != tWord || rf.toks[g].has(fCap) {
		return ""
	}
	if g-2 >= start {
		if p := rf.pairDescribed(g-2, g+1); p != "" {
			return p // "The two nations have backed": backrefs.go
		}
	}
	if p := rf.holderBefore(g+1, start); p != "" {
		return p // "the Belgian prime minister defended": descriptions.go
	}
	if p := rf.describedHolderBefore(g+1, start); p != "" {
		return p // "Spain's acting prime minister met": objects.go
	}
	w := rf.low(g)
	if (w == "official" || w == "spokesman" || w == "spokeswoman" || w == "spokesperson") && g > start {
		if e := rf.entityOf(g - 1); e >= 0 && rf.ents[e].typ == kg.Organization {
			return rf.entName(e)
		}
	}
	if w == "government" && g > start {
		// "The U.S. government has blamed", "Britain's government said": the country
		p := g - 1
		if rf.owner(p) {
			p--
		}
		if e := rf.entityOf(p); e >= 0 && rf.ents[e].typ == kg.Place && (p < g-1 || rf.is(rf.mentions[rf.entAt[p]].a-1, wThe)) {
			return rf.entName(e)
		}
	}
	if c := rf.stateAgentCountry(g, start); c != "" {
		return c // "Norlandic warplanes bombed", "Velish authorities detained": statesubjects.go
	}
	if rf.is(g-1, wThe) && rf.is(g, wCompany, wFirm) && g-1 >= start {
		if e := rf.companySubject(g - 1); e >= 0 {
			return rf.entName(e) // the company of the sentence before, or the story's: companysubjects.go
		}
	}
	if o := rf.kindBefore(g+1, start); o != "" {
		return o // "the website has sued": descriptions.go
	}
	if rf.is(g-1, wThe) && (orgDescriptors.has(w) || orgWords.has(w)) {
		return rf.descriptionEntity("the "+w, g-1)
	}
	return ""
}

// questionSubject returns the person or body an inquiry's question is about: the name
// that opens the clause after "whether" or "if" at token k-1 ("investigating whether
// Acme Corp waited too long", "whether Acme and Birch broke the law"), not one that owns
// what the clause is about ("whether Acme's unit …") nor a demonym; "" otherwise.
func (rf *relationFinder) questionSubject(k, end int) string {
	if rf.is(k, wThe) {
		k++
	}
	if k >= end || rf.entAt[k] < 0 {
		return ""
	}
	mi := rf.entAt[k]
	if m := &rf.mentions[mi]; m.a != k || m.ent < 0 || m.demonym || rf.owner(m.b) {
		return ""
	}
	return rf.withMembers(int(mi), end)
}

// reportedPronounSubject reports whether the subject of the verb at v is a pronoun
// inside its sentence that does not open a clause of time or cause: "Martin questioned
// Pistorius' statement that he killed Steenkamp", "the United States believes it killed
// Iman" — a claim reported inside another's sentence, whose pronoun the nearest name
// too often takes wrongly. A pronoun that opens the sentence, or a clause after "when",
// "after", "before", "while", "as", "once", "until" or "because" ("Chism was a freshman
// when he killed Ritzer"), tells of the sentence's own subject and is kept. For the
// graver acts (kills) only.
func (rf *relationFinder) reportedPronounSubject(si, v int) bool {
	start := rf.sents[si].start
	g := rf.backOverAuxiliaries(start, v)
	if g < start || !rf.is(g, wHe, wShe, wIt, wThey) {
		return false
	}
	if g == start || g == start+1 && rf.is(start, wAnd, wBut, wThen, wLater) {
		return false
	}
	return !rf.in(g-1, clauseOfTimeOrCause)
}

// clauseOfTimeOrCause open an adverbial clause whose subject is, as a rule, the main
// clause's (reportedPronounSubject).
var clauseOfTimeOrCause = newTokSet(map[string]bool{"when": true, "after": true, "before": true, "while": true,
	"as": true, "once": true, "until": true, "because": true, "since": true})
