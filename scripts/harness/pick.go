package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Seed is the name of the regression sample's seed. The sample is the same on every
// machine: each article's rank in its genre is the SHA-256 of the seed and its file
// name, so no random generator (and no Go version) is involved.
const Seed = "kg-extraction-sample-2016"

// feeds are the corpus's feed categories (original_cats): each is a genre of its own.
var feeds = map[string]bool{"Top Stories": true, "domesticNews": true, "technologyNews": true, "topNews": true}

// wiredSections are the sections of the Wired articles, whose original_cats hold one list
// of tags ("Culture,Game of Thrones,HBO"): the section among the tags is the genre.
var wiredSections = []string{"Business", "Culture", "Design", "Gear", "Photo", "Science", "Security", "Transportation"}

// genreOf reads the genre of a corpus article from its front matter: its feed category
// ("topNews"), or "wired/" and its section ("wired/Culture"), or "wired/other".
func genreOf(r io.Reader) string {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var cats []string
	in, seen := false, 0
	for sc.Scan() {
		line := sc.Text()
		if line == "---" {
			if seen++; seen == 2 {
				break
			}
			continue
		}
		if strings.HasPrefix(line, "original_cats:") {
			in = true
			continue
		}
		if !in {
			continue
		}
		if !strings.HasPrefix(line, " ") {
			break // the next key
		}
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "- ") || t == "-" {
			cats = append(cats, "")
			t = strings.TrimSpace(strings.TrimPrefix(t, "-"))
		}
		t = strings.Trim(strings.TrimPrefix(t, ">"), `'" `)
		if len(cats) > 0 && t != "" {
			if cats[len(cats)-1] != "" {
				cats[len(cats)-1] += " "
			}
			cats[len(cats)-1] += t
		}
	}
	if len(cats) == 0 {
		return "none"
	}
	first := strings.TrimSpace(strings.Split(cats[0], ",")[0])
	if feeds[first] {
		return first
	}
	tags := map[string]bool{}
	for _, t := range strings.Split(cats[0], ",") {
		tags[strings.TrimSpace(t)] = true
	}
	for _, s := range wiredSections {
		if tags[s] {
			return "wired/" + s
		}
	}
	return "wired/other"
}

// rank is where the seed puts a file in its genre.
func rank(seed, name string) string {
	h := sha256.Sum256([]byte(seed + "\x00" + name))
	return hex.EncodeToString(h[:])
}

// quotas shares n articles among genres: two each (or all a genre has), the rest in
// proportion to the genres' sizes, by largest remainder (ties by genre name).
func quotas(sizes map[string]int, n int) map[string]int {
	names := make([]string, 0, len(sizes))
	total := 0
	for g, s := range sizes {
		names = append(names, g)
		total += s
	}
	sort.Strings(names)
	q := map[string]int{}
	left := n
	for _, g := range names {
		q[g] = min(2, sizes[g])
		left -= q[g]
	}
	if left <= 0 || total == 0 {
		return q
	}
	type rem struct {
		g string
		r float64
	}
	var rems []rem
	given := 0
	for _, g := range names {
		share := float64(left) * float64(sizes[g]) / float64(total)
		add := min(int(share), sizes[g]-q[g])
		q[g] += add
		given += add
		rems = append(rems, rem{g, share - float64(int(share))})
	}
	sort.SliceStable(rems, func(i, j int) bool { return rems[i].r > rems[j].r })
	for i := 0; given < left && i < 10*len(rems); i++ {
		g := rems[i%len(rems)].g
		if q[g] < sizes[g] {
			q[g]++
			given++
		}
	}
	return q
}

// pick chooses n articles of the corpus in dir across every genre, and returns their
// file names in name order with the genre of each.
func pick(dir, seed string, n int) ([]string, map[string]string, error) {
	return pickFrom(dir, seed, n, pickFilter{})
}

// pickFrom is pick over the articles the filter keeps.
func pickFrom(dir, seed string, n int, keep pickFilter) ([]string, map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, nil, err
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("no articles (*.md) in %s", dir)
	}
	byGenre := map[string][]string{}
	genre := map[string]string{}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, nil, err
		}
		g := genreOf(fh)
		fh.Close()
		name := filepath.Base(f)
		if !keep.keeps(name, g) {
			continue
		}
		byGenre[g] = append(byGenre[g], name)
		genre[name] = g
	}
	if len(byGenre) == 0 {
		return nil, nil, fmt.Errorf("no article of %s passes the filter", dir)
	}
	sizes := map[string]int{}
	for g, fs := range byGenre {
		sizes[g] = len(fs)
	}
	q := quotas(sizes, n)
	var out []string
	for g, fs := range byGenre {
		sort.Slice(fs, func(i, j int) bool { return rank(seed, fs[i]) < rank(seed, fs[j]) })
		out = append(out, fs[:q[g]]...)
	}
	sort.Strings(out)
	return out, genre, nil
}

// writeSample writes the sample list: two comment lines that say how it was drawn, then
// one file name a line.
func writeSample(w io.Writer, names []string, genre map[string]string, seed string) error {
	count := map[string]int{}
	for _, n := range names {
		count[genre[n]]++
	}
	gs := make([]string, 0, len(count))
	for g := range count {
		gs = append(gs, g)
	}
	sort.Strings(gs)
	var parts []string
	for _, g := range gs {
		parts = append(parts, fmt.Sprintf("%s %d", g, count[g]))
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %d articles of the 2016 corpus, seed %q (scripts/sample.sh --pick draws them again)\n", len(names), seed)
	fmt.Fprintf(bw, "# by genre: %s\n", strings.Join(parts, ", "))
	for _, n := range names {
		fmt.Fprintln(bw, n)
	}
	return bw.Flush()
}

// pickFilter narrows the articles pick draws from: to some genres, and past the ones a
// gold set already annotates (a fresh reading sample must not be dev articles).
type pickFilter struct {
	genres map[string]bool // empty: every genre
	skip   map[string]bool // file names (NAME.md) to leave out
}

// newPickFilter reads -genres (comma-separated; "news" stands for the feed categories,
// the wire reports) and -skip (a directory of NAME.gold.json files).
func newPickFilter(genres, skipDir string) (pickFilter, error) {
	f := pickFilter{genres: map[string]bool{}, skip: map[string]bool{}}
	for _, g := range strings.Split(genres, ",") {
		switch g = strings.TrimSpace(g); g {
		case "":
		case "news":
			for feed := range feeds {
				f.genres[feed] = true
			}
		default:
			f.genres[g] = true
		}
	}
	if skipDir == "" {
		return f, nil
	}
	golds, err := filepath.Glob(filepath.Join(skipDir, "*.gold.json"))
	if err != nil {
		return f, fmt.Errorf("reading -skip %s: %w", skipDir, err)
	}
	if len(golds) == 0 {
		return f, fmt.Errorf("-skip %s: no *.gold.json there", skipDir)
	}
	for _, g := range golds {
		f.skip[strings.TrimSuffix(filepath.Base(g), ".gold.json")+".md"] = true
	}
	return f, nil
}

// keeps reports whether the article name of genre g may be drawn.
func (f pickFilter) keeps(name, g string) bool {
	if f.skip[name] {
		return false
	}
	return len(f.genres) == 0 || f.genres[g]
}
