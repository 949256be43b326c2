// Command openverbs derives extraction/data/open-verbs.txt, the past forms in -ed that
// the open relation reader (extraction/openrelations.go) takes as verbs although
// extraction/data/english-words.txt lacks them or their base form: that list keeps
// SCOWL's two most common levels only, less every word that is also a name ("Grant",
// "Mark", "Hope"), so "unveiled", "pledged" and "granted" were never read as verbs.
//
// A word in -ed of SCOWL's levels 10 to 40 (Debian's scowl package; licence:
// extraction/data/english-words.LICENSE) is taken when one base form that English
// spelling gives it ("rallied" → rally, "slammed" → slam, "praised" → praise, "vowed"
// → vow) stands in those levels with its third-person form and its form in -ing
// ("vows", "vowing"): the four forms of a verb, which "hundred" or "naked" lack.
// A word that the open reader already reads with english-words.txt, to the same base,
// is left out.
//
//	apt-get install scowl   # once
//	go run ./scripts/openverbs
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

const dict = "/usr/share/dict/scowl"

func main() {
	root := "."
	words := map[string]bool{}
	for _, lv := range []string{"10", "20", "35", "40"} {
		for _, kind := range []string{"english-words.", "american-words."} {
			read(filepath.Join(dict, kind+lv), func(w string) { words[w] = true })
		}
	}
	if len(words) == 0 {
		fmt.Fprintln(os.Stderr, "openverbs: no SCOWL lists in", dict, "(apt-get install scowl)")
		os.Exit(1)
	}
	known := map[string]bool{}
	read(filepath.Join(root, "extraction/data/english-words.txt"), func(w string) { known[w] = true })
	var out []string
	for w := range words {
		if len(w) < 5 || !strings.HasSuffix(w, "ed") || strings.ContainsAny(w, "'-") {
			continue
		}
		b := verbBase(w, words)
		if b == "" || known[w] && readBase(w, known) == b {
			continue
		}
		out = append(out, w+"\t"+b)
	}
	sort.Strings(out)
	f, err := os.Create(filepath.Join(root, "extraction/data/open-verbs.txt"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "openverbs:", err)
		os.Exit(1)
	}
	fmt.Fprintln(f, "# Past forms in -ed that data/english-words.txt lacks, or whose base it lacks, with their")
	fmt.Fprintln(f, "# base (scripts/openverbs derives them from SCOWL levels 10 to 40: a base form listed with")
	fmt.Fprintln(f, "# its forms in -s and -ing; licence: english-words.LICENSE).")
	fmt.Fprintln(f, "[open-verbs-ed]")
	for _, l := range out {
		fmt.Fprintln(f, l)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "openverbs:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "openverbs: %d past forms → extraction/data/open-verbs.txt\n", len(out))
}

// read calls fn with each lower-case word of a SCOWL list.
func read(path string, fn func(string)) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || w[0] == '#' || strings.ToLower(w) != w {
			continue
		}
		fn(w)
	}
}

// verbBase returns the base form of the past form w whose forms in -s and -ing the
// words also hold, or "".
func verbBase(w string, words map[string]bool) string {
	n := len(w)
	var cands []string
	if strings.HasSuffix(w, "ied") {
		cands = append(cands, w[:n-3]+"y")
	}
	s := w[:n-2]
	if l := len(s); l >= 3 && s[l-1] == s[l-2] {
		cands = append(cands, s[:l-1]) // "slammed"
	}
	cands = append(cands, w[:n-1], s) // "praised", "vowed"
	for _, b := range cands {
		if len(b) >= 3 && words[b] && (words[sForm(b)] || words[b+"es"]) && hasIng(b, words) {
			return b
		}
	}
	return ""
}

// readBase is the base that the open reader finds for w with english-words.txt alone
// (extraction's edBase): "controlled" has none there, "control" ends in one l.
func readBase(w string, known map[string]bool) string {
	n := len(w)
	if strings.HasSuffix(w, "ied") && known[w[:n-3]+"y"] {
		return w[:n-3] + "y"
	}
	s1, s2 := w[:n-1], w[:n-2]
	if l := len(s2); l >= 3 && s2[l-1] == s2[l-2] && !strings.ContainsRune("lsz", rune(s2[l-1])) && known[s2[:l-1]] {
		return s2[:l-1]
	}
	if strings.HasSuffix(s1, "e") && known[s1] {
		return s1
	}
	if known[s2] {
		return s2
	}
	return ""
}

// sForm is the third-person form of the base b ("vetoes" is tried besides).
func sForm(b string) string {
	switch {
	case strings.HasSuffix(b, "y") && len(b) > 2 && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
		return b[:len(b)-1] + "ies"
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z"):
		return b + "es"
	}
	return b + "s"
}

// hasIng reports whether the words hold a form in -ing of the base b: "vowing",
// "praising", "slamming", "dying".
func hasIng(b string, words map[string]bool) bool {
	l := len(b)
	return words[b+"ing"] || b[l-1] == 'e' && words[b[:l-1]+"ing"] ||
		words[b+b[l-1:]+"ing"] || strings.HasSuffix(b, "ie") && words[b[:l-2]+"ying"]
}
