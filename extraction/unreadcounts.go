package extraction

// Counts kg read no figure from (figrecall58). A generic noun of people ("people",
// "persons") says nothing tracked, so "the group employs about 4,200 people" gave no
// figure: a verb of employing right before the count (its hedge included) makes those
// counted the employer's employees (nounMeasure). A noun that says who they are
// ("employs three lawyers") keeps its own measure. "was employed 12 times" counts no
// people.

// employVerbs are the verbs of employing whose object count is of employees.
var employVerbs = newTokSet(map[string]bool{
	"employs": true, "employ": true, "employed": true, "employing": true,
})
