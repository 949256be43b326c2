package extraction

import (
	"iter"
	"maps"
	"testing"

	"github.com/factgraph/kg"
)

// TestWordClassesHoldEverySetKey: a pass skips its set's lookup when the token lacks the
// class bit, so every key of every set must carry its bit.
func TestWordClassesHoldEverySetKey(t *testing.T) {
	check := func(name string, c uint64, keys iter.Seq[string]) {
		for k := range keys {
			if wordClasses[k]&c == 0 {
				t.Errorf("%s: %q lacks its word class", name, k)
			}
		}
	}
	check("supportNouns", wcSupport, maps.Keys(supportNouns.m))
	check("stanceNouns", wcStance, maps.Keys(stanceNouns))
	check("relayVerbs", wcRelay, maps.Keys(relayVerbs.m))
	check("perpetratorNouns", wcPerpetrator, maps.Keys(perpetratorNouns.m))
	check("allianceNouns", wcAlliance, maps.Keys(allianceNouns))
	check("ordinalWords", wcOrdinal, maps.Keys(ordinalWords))
	check("numberWords", wcNumber, maps.Keys(numberWords))
	check("lowerOrgHeads", wcLowerOrgHead, maps.Keys(lowerOrgHeads))
	check("actionNouns", wcAction, maps.Keys(actionNouns))
	check("agreeVerbs", wcAgree, maps.Keys(agreeVerbs.m))
	check("agreementMakers", wcAgreementMaker, maps.Keys(agreementMakers.m))
	check("irregularVerbs", wcIrregular, maps.Keys(irregularVerbs))
	check("actionVerbs", wcActionVerb, maps.Keys(actionVerbs))
	check("countingVerbs", wcCounting, maps.Keys(countingVerbs.m))
	check("investorNouns", wcInvestor, maps.Keys(investorNouns.m))
	check("talkNouns", wcTalk, maps.Keys(talkNouns.m))
	check("forecastVerbs", wcForecast, maps.Keys(forecastVerbs.m))
	check("disclosureVerbs", wcForecast, maps.Keys(disclosureVerbs.m))
	check("progressiveForecastVerbs", wcForecast, maps.Keys(progressiveForecastVerbs.m))
	check("intentVerbs", wcForecast, maps.Keys(intentVerbs.m))
	check("progressiveIntentVerbs", wcForecast, maps.Keys(progressiveIntentVerbs.m))
	check("kinTies", wcKin, maps.Keys(kinTies))
	check("unitCompoundNouns", wcUnitCompound, maps.Keys(unitCompoundNouns))
	check("stakeNouns", wcStake, maps.Keys(stakeNouns.m))
	check("speechExtra", wcSpeechExtra, maps.Keys(speechExtra.m))
	check("eventWords", wcEvent, maps.Keys(eventWords))
	check("openEdVerbs", wcOpenEd, maps.Keys(openEdVerbs))
	check("betweenNouns", wcBetween, maps.Keys(betweenNouns))
	check("pairNouns", wcHyphenTie, maps.Keys(pairNouns))
	check("compoundTies", wcHyphenTie, maps.Keys(compoundTies))
	check("controlTails", wcHyphenTie, maps.Keys(controlTails.m))
	check("pollNouns", wcPoll, maps.Keys(pollNouns.m))
	check("pollResultWords", wcPoll, maps.Keys(pollResultWords.m))
	check("sayingToVerbs", wcOutletVerb, maps.Keys(sayingToVerbs.m))
	check("postVerbs", wcOutletVerb, maps.Keys(postVerbs.m))
	check("holderNouns", wcHolder, maps.Keys(holderNouns.m))
	check("rivalOfNouns", wcRivalOf, maps.Keys(rivalOfNouns.m))
	check("writingVerbs", wcWriting, maps.Keys(writingVerbs.m))
	check("fractionNumerators", wcFraction, maps.Keys(fractionNumerators))
	check("stanceAdjectives", wcStanceAdjective, maps.Keys(stanceAdjectives))
	check("participleOnly", wcParticipleOnly, maps.Keys(participleOnly))
	for k, e := range lexicon {
		if e.cls != wordClasses[e.low] {
			t.Errorf("lexicon %q: classes %b, want %b", k, e.cls, wordClasses[e.low])
		}
	}
}

// TestTokensCarryLowerFormsAndClasses: after the sentences stage every token holds its
// lower-case form and word classes, and mayBe lets through a word read elsewhere.
func TestTokensCarryLowerFormsAndClasses(t *testing.T) {
	d := &doc{}
	readText(d, kg.Article{Body: "The Harbor Board QUOTED a Ferry captain; twelve Gulls nested, 3 fled."})
	for i := range d.toks {
		tk := &d.toks[i]
		want := lowerASCII(d.text[tk.s:tk.e])
		if e := lookupLex(d.text[tk.s:tk.e]); e != nil && tk.kind == tWord {
			want = e.low
		}
		if d.low(i) != want {
			t.Errorf("token %d %q: low %q, want %q", i, d.tok(i), d.low(i), want)
		}
		if tk.kind == tWord && tk.cls != wordClasses[want] {
			t.Errorf("token %d %q: classes %b, want %b", i, d.tok(i), tk.cls, wordClasses[want])
		}
	}
	quoted, gulls := -1, -1
	for i := range d.toks {
		switch d.tok(i) {
		case "QUOTED":
			quoted = i
		case "Gulls":
			gulls = i
		}
	}
	if !d.is(quoted, wQuoted) || !d.mayBe(quoted, "quoted", wcRelay) {
		t.Errorf("QUOTED: is %v, mayBe relay %v", d.is(quoted, wQuoted), d.mayBe(quoted, "quoted", wcRelay))
	}
	if d.mayBe(gulls, "gulls", wcRelay) {
		t.Error("Gulls may be a relay verb")
	}
	if !d.mayBe(gulls, "quoted", wcRelay) {
		t.Error("a word read elsewhere than token i must be let through")
	}
	if d.low(-1) != "" || d.low(len(d.toks)) != "" || d.isWord(len(d.toks), "") || d.is(len(d.toks), wQuoted) || d.is(-1, wQuoted) {
		t.Error("tokens out of range have no form")
	}
}
