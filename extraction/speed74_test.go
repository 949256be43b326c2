package extraction

import (
	"path/filepath"
	"testing"
)

// TestActionReaderGuard checks actions' guard (actionReaderAt) against the readers it
// spares: on every word token of the testdata articles that actions would hand them and
// the guard turns away, each of the nineteen readers returns false and adds no
// relation. The list below repeats actions' own; a reader added there belongs here too.
func TestActionReaderGuard(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*.input")
	if len(inputs) < 100 {
		t.Fatalf("only %d inputs", len(inputs))
	}
	checked := 0
	for _, path := range inputs {
		_, _, rd, ev := benchStages(readInput(t, path))
		rf := &relationFinder{reader: rd, eventSet: ev}
		readers := map[string]func(si, v int, w string) bool{
			"saidToOutlet": rf.saidToOutlet, "wroteTo": rf.wroteTo, "adjectiveStance": rf.adjectiveStance,
			"postedOn": rf.postedOn, "toldResumedOutlet": func(si, v int, _ string) bool { return rf.toldResumedOutlet(si, v) },
			"jointAgreement": rf.jointAgreement, "jointTalks": rf.jointTalks, "infinitiveAction": rf.infinitiveAction,
			"gerundAction": rf.gerundAction, "attackBy": rf.attackBy, "facilityIn": rf.facilityIn, "spokenIn": rf.spokenIn,
			"meetingWith": rf.meetingWith, "betweenPair": rf.betweenPair, "actBy": rf.actBy, "stakeHeld": rf.stakeHeld,
			"investorsListed": rf.investorsListed, "roundLedBy": rf.roundLedBy, "holders": rf.holders,
		}
		if len(readers) != 19 {
			t.Fatalf("%d readers", len(readers))
		}
		for si := range rf.sents {
			s := &rf.sents[si]
			if s.kind != sProse || si == rf.headline {
				continue
			}
			for v := s.start; v < s.b; v++ {
				if rf.quoteOf[v] != 0 || rf.toks[v].kind != tWord || rf.entAt[v] >= 0 && rf.toks[v].has(fCap) {
					continue
				}
				w := rf.low(v)
				if rf.actionReaderAt(v, w) {
					continue
				}
				for name, read := range readers {
					n := len(rf.rels)
					if read(si, v, w) || len(rf.rels) != n {
						t.Errorf("%s: %s reads %q (token %d), which actionReaderAt turns away", filepath.Base(path), name, w, v)
					}
				}
				checked++
			}
		}
	}
	if checked < 10000 {
		t.Errorf("only %d tokens checked", checked)
	}
}
