// Command sentdump prints each article's sentences as JSON Lines ({"path", "title",
// "sentences", "para"}), split as kg splits them, for scripts that compare kg's output
// with the whole text (scripts/figmiss.py lists the numbers no figure read;
// scripts/source-misses.py counts wrong figure sources). para[i] tells whether a line
// break stands between sentence i and the one before (a new paragraph).
//
//	go run ./scripts/sentdump FILE... > sentences.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/factgraph/kg/extraction"
	"github.com/factgraph/kg/loaders"
)

func main() {
	reg := loaders.Default()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	for _, p := range os.Args[1:] {
		res, err := reg.ReadFile(p, loaders.Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, p, err)
			continue
		}
		for _, a := range res.Articles {
			var ss []string
			var pp []bool
			prevEnd := 0
			for _, s := range extraction.Sentences(a.Body) {
				ss = append(ss, s.Text)
				pp = append(pp, strings.Contains(a.Body[prevEnd:s.Start], "\n"))
				prevEnd = s.End
			}
			enc.Encode(map[string]any{"path": p, "title": a.Title, "sentences": ss, "para": pp})
		}
	}
}
