package extraction

import "strings"

// Model codes inside a name: "the P-47 Thunderbolt", "a CH-53E Sea Stallion", "the Lexus
// RX450h SUV", "Mazda MX-5 Miata". A code of capital letters and digits is part of the
// name of an aircraft, a weapon, a car or a device, never of a person's, wherever in the
// name it stands (modelNamed reads the code that ends a name, "Galaxy S7").

// modelCodeWithin reports whether the name of tokens a..b-1, of two to four words, holds
// a model code (modelCodeShape) at any place: a product's, not a person's name.
func (ef *entityFinder) modelCodeWithin(a, b, words int) bool {
	if words < 2 || words > 4 {
		return false
	}
	for k := a; k < b; k++ {
		if ef.toks[k].kind == tWord && modelCodeShape(ef.tok(k)) {
			return true
		}
	}
	return false
}

// modelCodeShape reports whether w is a model code: capital letters (two runs joined by a
// slash at most), perhaps a hyphen, then a digit, then any letters, digits and hyphens
// ("P-47", "C-130", "CH-53E", "F/A-18", "RX450h", "MX-5", "M97-XE", "DS4", "X900C"). A
// word with a lower-case letter before its first digit is none ("Su-35" is left; "Fund1",
// a word and a footnote's number, is no code), nor a number alone ("4", "24-Hour"), nor
// letters on both sides of a hyphen before the digit ("X-T1": modelNamed's makers read it).
func modelCodeShape(w string) bool {
	upper := func(i int) int {
		for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
			i++
		}
		return i
	}
	i := upper(0)
	if i == 0 {
		return false
	}
	if i < len(w) && w[i] == '/' {
		i = upper(i + 1) // "F/A-18"
	}
	if i < len(w) && w[i] == '-' {
		i++
	}
	if i == len(w) || w[i] < '0' || w[i] > '9' {
		return false
	}
	for _, c := range w[i:] {
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return true
}

// hyphenedCode reports whether w is a model code with a hyphen or a slash in it, as an
// aircraft's, a weapon's or an engine's ("P-47", "F-35", "WS-10A", "F/A-18"): its name's
// first word, and the code alone and the name's last word ("the Thunderbolt") name the
// same craft (resolve.go). A code without one ("S7", "E3") is left to modelTail: "S7"
// beside the "S7 Edge" is the other phone.
func hyphenedCode(w string) bool {
	return modelCodeShape(w) && strings.ContainsAny(w, "-/")
}
