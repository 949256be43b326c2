package extraction

import "testing"

// TestRoleNamedSpeakers: the person named after a role is the speaker, not the name
// the role belongs to ("Clinton spokesman Brian Fallon", "Kelley Blue Book senior
// analyst Karl Brauer"); a pronoun that opens its clause speaks across auxiliaries and
// adverbs ("she would say only", "He also said", "She once said", "He only said:"),
// but a pronoun inside another's reported clause does not ("Ortiz said he has urged
// calm, but "…"" is Ortiz's).
func TestRoleNamedSpeakers(t *testing.T) {
	wantSpeakers(t, quoteSpeakers(t, "role-named-speakers"), map[string]string{
		"We have the better plan":                 "Brian Fallon",
		"They have no plan at all":                "Stephen Miller",
		"The numbers are clear":                   "Karl Brauer",
		"not going to back down from this fight.": "Tom Hale",
		"Ports are the lungs of a city.":          "Carla Brun",
		"We are ready to talk to anyone.":         "Mark Webb",
		"It was a fair fight.":                    "Lena Ortiz",
		"for other people, there is no issue.":    "Lena Ortiz",
	})
}
