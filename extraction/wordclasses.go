package extraction

import (
	"iter"
	"maps"
	"unsafe"
)

// Word classes of a token (token.cls): which of the word sets that the later stages ask
// of nearly every token hold the token's lower-case form. annotate looks the form up once
// in wordClasses; a pass then tests a bit (doc.mayBe) before it asks its set, and asks
// the set only when the bit is there, so the answer is the set's own.
const (
	wcSupport         = 1 << iota // supportNouns
	wcStance                      // stanceNouns
	wcRelay                       // relayVerbs
	wcPerpetrator                 // perpetratorNouns
	wcAlliance                    // allianceNouns
	wcOrdinal                     // ordinalWords
	wcNumber                      // numberWords
	wcLowerOrgHead                // lowerOrgHeads
	wcAction                      // actionNouns
	wcAgree                       // agreeVerbs
	wcAgreementMaker              // agreementMakers
	wcIrregular                   // irregularVerbs
	wcActionVerb                  // actionVerbs
	wcCounting                    // countingVerbs
	wcInvestor                    // investorNouns
	wcTalk                        // talkNouns
	wcForecast                    // forecastVerbs, disclosureVerbs, progressiveForecastVerbs, intentVerbs, progressiveIntentVerbs
	wcKin                         // kinTies
	wcUnitCompound                // unitCompoundNouns
	wcStake                       // stakeNouns
	wcSpeechExtra                 // speechExtra
	wcEvent                       // eventWords, rammingVehicles
	wcStudent                     // studentWords
	wcOpenEd                      // openEdVerbs
	wcBetween                     // betweenNouns
	wcHyphenTie                   // pairNouns, compoundTies, controlTails
	wcPoll                        // pollNouns, pollResultWords
	wcOutletVerb                  // sayingToVerbs, postVerbs
	wcHolder                      // holderNouns
	wcRivalOf                     // rivalOfNouns
	wcWriting                     // writingVerbs
	wcFraction                    // fractionNumerators
	wcStanceAdjective             // stanceAdjectives
	wcParticipleOnly              // participleOnly
	wcRoleLead                    // the first word of a role noun (roleLeads; set in lexicon's init)
)

// wordClasses maps every key of the sets above to its classes. The sets are built
// before it (it names them) and never change after. It holds small sets only: a large
// one (englishWords) would make the one lookup per word that annotate adds cost more
// than the lookups it spares.
var wordClasses = func() map[string]uint64 {
	m := map[string]uint64{}
	add := func(c uint64, keys iter.Seq[string]) {
		for k := range keys {
			m[k] |= c
		}
	}
	add(wcSupport, maps.Keys(supportNouns.m))
	add(wcStance, maps.Keys(stanceNouns))
	add(wcRelay, maps.Keys(relayVerbs.m))
	add(wcPerpetrator, maps.Keys(perpetratorNouns.m))
	add(wcAlliance, maps.Keys(allianceNouns))
	add(wcOrdinal, maps.Keys(ordinalWords))
	add(wcNumber, maps.Keys(numberWords))
	add(wcLowerOrgHead, maps.Keys(lowerOrgHeads))
	add(wcAction, maps.Keys(actionNouns))
	add(wcAgree, maps.Keys(agreeVerbs.m))
	add(wcAgreementMaker, maps.Keys(agreementMakers.m))
	add(wcIrregular, maps.Keys(irregularVerbs))
	add(wcActionVerb, maps.Keys(actionVerbs))
	add(wcCounting, maps.Keys(countingVerbs.m))
	add(wcInvestor, maps.Keys(investorNouns.m))
	add(wcTalk, maps.Keys(talkNouns.m))
	add(wcForecast, maps.Keys(forecastVerbs.m))
	add(wcForecast, maps.Keys(disclosureVerbs.m))
	add(wcForecast, maps.Keys(progressiveForecastVerbs.m))
	add(wcForecast, maps.Keys(intentVerbs.m))
	add(wcForecast, maps.Keys(progressiveIntentVerbs.m))
	add(wcKin, maps.Keys(kinTies))
	add(wcUnitCompound, maps.Keys(unitCompoundNouns))
	add(wcStake, maps.Keys(stakeNouns.m))
	add(wcSpeechExtra, maps.Keys(speechExtra.m))
	add(wcEvent, maps.Keys(eventWords))
	add(wcEvent, maps.Keys(rammingVehicles.m))
	add(wcStudent, maps.Keys(studentWords))
	add(wcOpenEd, maps.Keys(openEdVerbs))
	add(wcBetween, maps.Keys(betweenNouns))
	add(wcHyphenTie, maps.Keys(pairNouns))
	add(wcHyphenTie, maps.Keys(compoundTies))
	add(wcHyphenTie, maps.Keys(controlTails.m))
	add(wcPoll, maps.Keys(pollNouns.m))
	add(wcPoll, maps.Keys(pollResultWords.m))
	add(wcOutletVerb, maps.Keys(sayingToVerbs.m))
	add(wcOutletVerb, maps.Keys(postVerbs.m))
	add(wcHolder, maps.Keys(holderNouns.m))
	add(wcRivalOf, maps.Keys(rivalOfNouns.m))
	add(wcWriting, maps.Keys(writingVerbs.m))
	add(wcFraction, maps.Keys(fractionNumerators))
	add(wcStanceAdjective, maps.Keys(stanceAdjectives))
	add(wcParticipleOnly, maps.Keys(participleOnly))
	return m
}()

// mayBe reports whether w may be a key of the sets of class c, when w is what the
// caller read at token i: false only when w is token i's own lower-case form and no set
// of the class holds it.
func (d *doc) mayBe(i int, w string, c uint64) bool {
	if uint(i) >= uint(len(d.toks)) {
		return true
	}
	t := &d.toks[i]
	// w is nearly always the very string t.low (the caller read it by d.low(i)): the same
	// bytes need no comparison
	return t.kind != tWord || t.cls&c != 0 || len(t.low) != len(w) || unsafe.StringData(t.low) != unsafe.StringData(w) && t.low != w
}
