package extraction

// Vehicle attacks: an attacker who drives a truck, a lorry or a van into a crowd. No
// single event word names one, so the events stage reads it from its shapes: "the truck
// attack", "a ramming attack", "drove a truck into the crowd", "a lorry ploughed into
// pedestrians". A vehicle that crashes into a car, a wall or a ditch is an accident's:
// the shape needs people on foot as the target, or "deliberately".

// vehicleAttack is the event type of an attack by vehicle (kg.EventTraitsOf: an act of
// violence named by its weapon, like a shooting or a bombing).
const vehicleAttack = "vehicle attack"

// rammingVehicles are the vehicles an attacker drives into people; rammingAttacks the
// other words that make "attack" after them a vehicle attack; rammingVerbs the verbs
// of driving one into something; rammingTargets the people on foot it is driven into
// (data/events.txt).
var (
	rammingVehicles = newTokSet(wordSet("ramming-vehicles"))
	rammingAttacks  = newTokSet(wordSet("ramming-attacks"))
	rammingVerbs    = newTokSet(wordSet("ramming-verbs"))
	rammingTargets  = newTokSet(wordSet("ramming-targets"))
)

// vehicleCompound reports whether "attack" at token k is a vehicle attack by the word
// before it: "the truck attack", "the truck-attack", "a ramming attack".
func (d *doc) vehicleCompound(k int) bool {
	if !d.is(k, wAttack, wAttacks) || k == 0 {
		return false
	}
	j := k - 1
	if d.punct(j, '-') && j > 0 {
		j--
	}
	if d.toks[j].kind != tWord {
		return false
	}
	w := d.low(j)
	return rammingVehicles.has(w) || rammingAttacks.has(w)
}

// actType is the type of event the token k that eventAt read as an event names,
// without asking its sentence again: "attack" after a vehicle (vehicleCompound) and a
// vehicle itself (vehicleDriven) are a vehicle attack.
func (d *doc) actType(k int) string {
	if d.in(k, rammingVehicles) || d.vehicleCompound(k) {
		return vehicleAttack
	}
	if d.heatWave(k) {
		return "heatwave"
	}
	if d.shotInHeadline(k) {
		return "shooting"
	}
	if d.is(k, wStorm) && d.stormVerb(k) {
		return d.eventAt(k) // "as they storm university": the assault eventAt read, no weather
	}
	return eventNoun(d.low(k))
}

// vehicleDriven reports whether the vehicle at token k (rammingVehicles) is driven into
// people: the object of a verb of driving ("drove a heavy truck at high speed into a
// crowd", "crashed a truck through crowds") or its subject ("a truck plowed into
// pedestrians", "a van that ploughed into the crowd"), the verb followed within a few
// words by "into" or "through" and people on foot (rammingTargets), or told as
// deliberate ("deliberately rammed his car into").
func (d *doc) vehicleDriven(k int) bool {
	si := d.sentOf(k)
	if si < 0 {
		return false
	}
	s := &d.sents[si]
	// the object: a verb of driving up to four words before, past a determiner or
	// adjectives ("drove his rented truck")
	for v := k - 1; v >= s.a && v >= k-4; v-- {
		if d.toks[v].kind != tWord {
			break
		}
		if d.in(v, rammingVerbs) {
			return d.drivenInto(k+1, s.b, d.deliberate(v))
		}
	}
	// the subject: "a truck (that) plowed (deliberately) into"
	v := k + 1
	if d.is(v, wThat, wWhich) {
		v++
	}
	if v < s.b && d.toks[v].kind == tWord && d.in(v, rammingVerbs) {
		return d.drivenInto(v+1, s.b, d.deliberate(v))
	}
	return false
}

// deliberate reports whether the verb at token v is told as done on purpose:
// "deliberately" or "intentionally" right before or after it.
func (d *doc) deliberate(v int) bool {
	return d.is(v-1, wDeliberately, wIntentionally) || d.is(v+1, wDeliberately, wIntentionally)
}

// drivenInto reports whether "into" or "through" comes within five words from token a
// (before b, no punctuation between: "at high speed into") and, within four words
// after it, people on foot ("into a holiday crowd", "through Bastille Day crowds"), or
// anything when the act is deliberate.
func (d *doc) drivenInto(a, b int, deliberate bool) bool {
	for p := a; p < b && p <= a+5; p++ {
		if d.toks[p].kind != tWord {
			return false
		}
		if !d.is(p, wInto, wThrough) {
			continue
		}
		if deliberate {
			return true
		}
		for t := p + 1; t < b && t <= p+4; t++ {
			if d.toks[t].kind != tWord {
				return false
			}
			if d.in(t, rammingTargets) {
				return true
			}
		}
		return false
	}
	return false
}

// passingType is the type of another act a report tells of in passing as the main
// event's kind ("after … killed 32 people in Brussels"): the main event's type, but an
// attack, not a vehicle attack, for a vehicle attack, which is rare: the act told by its
// toll alone is seldom another truck driven into a crowd.
func passingType(main string) string {
	if main == vehicleAttack {
		return "attack"
	}
	return main
}

// driverAside reports whether the vehicle at token k is driven in a clause that tells
// who someone is ("the man who drove a truck into the crowd", "an attacker like one
// who drove a truck into a crowd"): the verb of driving right after "who", a few words
// before the vehicle. Such a clause describes a person; it is not the lead's news.
func (d *doc) driverAside(k int) bool {
	if !d.in(k, rammingVehicles) {
		return false
	}
	for v := k - 1; v > 0 && v >= k-4; v-- {
		if d.toks[v].kind != tWord {
			return false
		}
		if d.in(v, rammingVerbs) {
			return d.is(v-1, wWho)
		}
	}
	return false
}
