// Command sentdump prints each article's sentences as JSON Lines ({"path", "sentences"}),
// split as kg splits them, for scripts that compare kg's output with the whole text
// (scripts/figmiss.py lists the numbers no figure read).
//
//	go run ./scripts/sentdump FILE... > sentences.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

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
			for _, s := range extraction.Sentences(a.Body) {
				ss = append(ss, s.Text)
			}
			enc.Encode(map[string]any{"path": p, "title": a.Title, "sentences": ss})
		}
	}
}
