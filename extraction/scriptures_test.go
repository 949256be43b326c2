package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestScripturesAndLanguages: a holy book, a constitution and a language are things
// (Other), not the organization a lone capitalised word is by default nor a place after
// "in"; a person whose surname is a scripture's word stays a person.
func TestScripturesAndLanguages(t *testing.T) {
	a := emphasised("Court weighs school readings",
		"Teachers in Brisk read from the Bible and the Koran, Mara Voss said. "+
			"The judge said the Tennessee Constitution and the U.S. Constitution allow it. "+
			"Lessons are also given in Farsi and Swahili.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Bible":                  kg.Other,
		"Koran":                  kg.Other,
		"Tennessee Constitution": kg.Other,
		"U.S. Constitution":      kg.Other,
		"Farsi":                  kg.Other,
		"Swahili":                kg.Other,
		"Mara Voss":              kg.Person,
	})
	y := mustExtract(t, emphasised("Parents meet in Brisk",
		"Dana Koran, a parent, said the classes in Brisk went well."))
	wantTypes(t, y, map[string]kg.EntityType{"Dana Koran": kg.Person})
}
