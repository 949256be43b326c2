// Command harness is the regression harness of extraction (issue 10): it draws a fixed
// sample of corpus articles across every genre, and diffs two runs of `kg extract
// --json` article by article and item by item. scripts/sample.sh and
// scripts/extract-diff call it; people rarely need to.
//
//	harness pick [-seed NAME] [-n 200] [-genres news|G1,G2] [-skip GOLDDIR] CORPUS > extraction/testdata/sample-200.txt
//	harness diff [-summary] [-kinds figures,quotes] [-sentences=false] OLD.jsonl NEW.jsonl
//	kg query contradictions --json --limit 0 | harness findings contradictions [-seed NAME] [-n 40]
//
// diff exits 0 when the runs are the same, 1 when they differ, 2 on an error.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "pick":
		fs := flag.NewFlagSet("pick", flag.ExitOnError)
		seed := fs.String("seed", Seed, "the sample's seed, a name")
		n := fs.Int("n", 200, "how many articles")
		genres := fs.String("genres", "", `draw only from these genres (comma-separated; "news" is the four feed categories)`)
		skip := fs.String("skip", "", "leave out the articles that have a *.gold.json in this directory (the dev set)")
		fs.Parse(os.Args[2:])
		if fs.NArg() != 1 {
			usage()
		}
		f, err := newPickFilter(*genres, *skip)
		if err != nil {
			fail(err)
		}
		names, genre, err := pickFrom(fs.Arg(0), *seed, *n, f)
		if err != nil {
			fail(err)
		}
		if err := writeSample(os.Stdout, names, genre, *seed); err != nil {
			fail(err)
		}
	case "diff":
		fs := flag.NewFlagSet("diff", flag.ExitOnError)
		summary := fs.Bool("summary", false, "print only the counts")
		only := fs.String("kinds", "", "compare only these lists (comma-separated: figures,entities,quotes,relations,events)")
		sentences := fs.Bool("sentences", true, "print the sentence of each item")
		fs.Parse(os.Args[2:])
		if fs.NArg() != 2 {
			usage()
		}
		o := diffOptions{summary: *summary, sentences: *sentences, only: map[string]bool{}}
		for _, k := range strings.Split(*only, ",") {
			if k = strings.TrimSpace(k); k != "" {
				o.only[k] = true
			}
		}
		differ, err := diffRuns(os.Stdout, fs.Arg(0), fs.Arg(1), o)
		if err != nil {
			fail(err)
		}
		if differ {
			os.Exit(1)
		}
	case "findings":
		findingsMain(os.Args[2:])
	default:
		usage()
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: harness pick [-seed NAME] [-n N] [-genres LIST] [-skip GOLDDIR] CORPUS\n       harness diff [-summary] [-kinds LIST] [-sentences=false] OLD.jsonl NEW.jsonl\n       harness findings contradictions|corroborations|events [-seed NAME] [-n N] < ROWS.json")
	os.Exit(2)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "harness:", err)
	os.Exit(2)
}
