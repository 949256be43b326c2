package extraction

// employedBareCount reports whether the count starting at qa (its hedge first), with no
// noun after it (a comma, a period or a preposition follows), is the object of a verb of
// employing right before it: "the medical center says it employs 106,000.", "Gomselmash,
// employing 14,000, sold …", "a market that currently employs 140,000, according to …".
// Such a count is of employees, as "employs 4,200 people" is (countMeasure). fig150.
func employedBareCount(d *doc, qa, start int) bool {
	return qa-1 >= start && d.in(qa-1, employVerbs)
}
