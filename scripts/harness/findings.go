package main

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// The findings sample (issue 9): a fixed random sample of what kg finds across the
// reports of a store — contradictions, corroborations, and reports of events — written
// as Markdown for a careful reader, who opens each article and writes a verdict and its
// cause beside each item. The sample is drawn by hashing each finding's identity with a
// named seed, so the same store gives the same sample on every machine.

// finding is one item of the sample: what it says and the reports behind it.
type finding struct {
	id    string // what makes it the same finding in two runs
	title string
	lines []string
}

// sampleFindings reads the JSON rows of `kg query contradictions|corroborations|events
// --json --limit 0` from r and writes n of them, drawn with seed, to w.
func sampleFindings(w io.Writer, r io.Reader, kind, seed string, n int) error {
	var rows []map[string]any
	if err := json.NewDecoder(r).Decode(&rows); err != nil {
		return fmt.Errorf("read %s rows: %w", kind, err)
	}
	var all []finding
	for _, row := range rows {
		f, err := findingOf(kind, row)
		if err != nil {
			return err
		}
		all = append(all, f)
	}
	rank := func(f finding) uint64 {
		h := sha256.Sum256([]byte(seed + "\x00" + f.id))
		return binary.BigEndian.Uint64(h[:8])
	}
	sort.Slice(all, func(i, j int) bool { return rank(all[i]) < rank(all[j]) })
	if n > len(all) {
		n = len(all)
	}
	fmt.Fprintf(w, "# %d of %d %s (seed %q)\n\nFor each: verdict (real / not real) and its cause.\n\n", n, len(all), kind, seed)
	for i, f := range all[:n] {
		fmt.Fprintf(w, "## %d. %s\n\n", i+1, f.title)
		for _, l := range f.lines {
			fmt.Fprintln(w, l)
		}
		fmt.Fprint(w, "\nVerdict: \nCause: \n\n")
	}
	return nil
}

func findingOf(kind string, row map[string]any) (finding, error) {
	str := func(k string) string { s, _ := row[k].(string); return s }
	switch kind {
	case "contradictions":
		f := finding{title: fmt.Sprintf("%s — %s %s", str("verdict"), str("event"), str("measure")), lines: []string{"Why: " + str("why")}}
		claims, _ := row["claims"].([]any)
		var ids []string
		for _, c := range claims {
			m, _ := c.(map[string]any)
			s := func(k string) string { v, _ := m[k].(string); return v }
			ids = append(ids, s("article")+s("text"))
			f.lines = append(f.lines, fmt.Sprintf("- %v %s %s (source: %s; %s, %s) %s\n  > %s", m["value"], s("qualifier"), s("says"),
				s("source"), s("publisher"), s("published"), s("path"), strings.TrimSpace(s("text"))))
		}
		f.id = str("measure") + strings.Join(ids, "|")
		return f, nil
	case "corroborations":
		value := fmt.Sprint(row["value"])
		if v, ok := row["value"].(float64); ok {
			value = strconv.FormatFloat(v, 'f', -1, 64) // 83000000, not 8.3e+07
		}
		words := strings.Fields(strings.Join([]string{value, str("unit"), str("qualifier"), str("measure")}, " "))
		f := finding{title: strings.Join(words, " ") + " — " + str("event")}
		if sc := str("scope"); sc != "" {
			// a part ("at least five of the 14 wounded were in critical condition") is
			// judged as the part it is, not as the whole toll
			f.title += " (scope: " + sc + ")"
		}
		f.id = str("eventId") + str("measure") + fmt.Sprint(row["value"]) + str("qualifier")
		f.lines = append(f.lines, fmt.Sprintf("Independent reports: %v; outlets: %v", row["reports"], row["outlets"]))
		paths, _ := row["paths"].([]any)
		for _, p := range paths {
			f.lines = append(f.lines, fmt.Sprintf("- %v", p))
		}
		return f, nil
	case "events":
		f := finding{title: str("event"), id: str("eventId")}
		arts, list := row["articles"].([]any)
		n := row["articles"]
		if list {
			n = len(arts)
		}
		f.lines = append(f.lines, fmt.Sprintf("Type %s, place %s, %s, date %s; %v independent reports of %v articles; outlets %v",
			str("type"), str("place"), str("country"), str("date"), row["reports"], n, row["outlets"]))
		// Rows that list the event's reports (paths) let the reader judge each one.
		for _, a := range arts {
			f.lines = append(f.lines, fmt.Sprintf("- %v", a))
		}
		return f, nil
	}
	return finding{}, fmt.Errorf("no sample of %q: contradictions, corroborations or events", kind)
}

func findingsMain(args []string) {
	if len(args) < 1 {
		usage()
	}
	kind := args[0]
	seed, n := Seed, 40
	for i := 1; i+1 < len(args); i += 2 {
		switch args[i] {
		case "-seed":
			seed = args[i+1]
		case "-n":
			fmt.Sscan(args[i+1], &n)
		}
	}
	if err := sampleFindings(os.Stdout, os.Stdin, kind, seed, n); err != nil {
		fail(err)
	}
}
