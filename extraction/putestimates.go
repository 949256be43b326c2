package extraction

// "Put" tells a figure only as an estimate's verb: "Police put the number of attendees at
// 7,500", "a Populus poll put Remain 10 points ahead on 55 percent", "He put real
// unemployment above 20 percent": what is put, then a preposition that places it and
// the figure. The verb of "Goldman would put up at least 50 percent", "He put down $1,000
// cash", "It puts out 12 watts per channel" or "put pressure on the government" gives
// no one's figure, and the name before it is no source.

// putPlaces are the prepositions that place what an estimate puts at its figure.
var putPlaces = newTokSet(map[string]bool{"at": true, "above": true, "below": true, "around": true,
	"near": true, "ahead": true, "behind": true, "between": true, "on": true, "under": true, "over": true})

// putParticles make "put" another verb: "put up", "put down", "put out", "put forward".
var putParticles = newTokSet(map[string]bool{"up": true, "down": true, "out": true, "forward": true,
	"off": true, "in": true, "on": true, "together": true, "away": true, "back": true, "aside": true,
	"through": true, "across": true, "over": true})

// putEstimate reports whether "put" or "puts" at token k opens an estimate: before the
// clause ends (a comma, a semicolon or the sentence's end, within 12 tokens) a word of
// putPlaces stands past at least one word of what is put, with a number within 4 tokens
// after it ("at 7,500", "at at least 60", "at less than 5 percent", "at $3 billion").
func (ff *figureFinder) putEstimate(k int) bool {
	if ff.in(k+1, putParticles) {
		return false // "put up $50 million", "puts out 12 watts": a phrasal verb
	}
	end := ff.sents[ff.sentOf(k)].b
	for j := k + 2; j < end && j-k <= 12; j++ {
		if ff.punct(j, ',') || ff.punct(j, ';') || ff.toks[j].kind == tStop {
			return false
		}
		if !ff.in(j, putPlaces) {
			continue
		}
		for n := j + 1; n < end && n-j <= 4; n++ {
			if ff.toks[n].kind == tNum || ff.punct(n, '$') || ff.toks[n].feat&lxNumWord != 0 {
				return true
			}
		}
	}
	return false
}
