// Command kg builds a fact-tracking knowledge graph from news articles and answers
// questions across reports. See README.md, or run `kg help`.
package main

import "os"

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
