package extraction

import "strings"

// Founders and verbs written with "co-": "Quill, a firm founded by Ann Vole" and "Vole
// founded Quill" are founderOf, "Quill, which Vole co-founded" coFounderOf, not an open
// "found" (which reads like "find") or "cofound"; "co-led", "co-hosted", "co-wrote" are read as the verb after
// "co-" (co-led → leads), not mangled into "cole". The role nouns ("founder of",
// "co-founder of", "Quill founder Ann Vole") are roles.go's.

// coVerb returns w (lower case) without a leading "co-" when what follows is a word of
// at least three letters ("co-led" → "led", "co-founded" → "founded"), else w.
func coVerb(w string) string {
	if len(w) >= 6 && strings.HasPrefix(w, "co-") && strings.IndexByte(w[3:], '-') < 0 {
		return w[3:]
	}
	return w
}

// founded returns the open reader's predicate pred for the verb w (lower case, as
// written) as a founder's role when pred is the bare verb: founderOf for "founded",
// coFounderOf for "co-founded", "cofounded" and "co-founding" (as roles.go and asides.go read
// "co-founder of" and "who co-founded"); else pred ("founded the company with" keeps its
// open phrase).
func founded(w, pred string) string {
	switch {
	case w == "founded" && pred == "found":
		return "founderOf"
	case (w == "co-founded" || w == "cofounded" || w == "co-founding") && (pred == "found" || pred == "cofound"):
		return "coFounderOf"
	}
	return pred
}
