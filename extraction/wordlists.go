package extraction

import (
	"bufio"
	"strconv"
	"strings"
	"time"
)

// Word lists are data, not code: the files of data/ are embedded and read into tables
// when the package starts. There are two kinds of file. A gazetteer holds one table
// (cities.txt, countries.txt, demonyms.txt…: an entry a line, its fields split by tabs;
// eachLine in lexicon.go reads them). The other files hold named lists (lexicon.txt,
// names.txt, figures.txt…): a line "[name]" opens a list, and each line after it is one
// entry, a word or phrase, then, after a tab, its value where the list has one. In both,
// "#" starts a comment line; an entry in double quotes keeps the spaces at its ends
// ("follow ").

// wordListFiles are the data files of named lists.
var wordListFiles = []string{"lexicon.txt", "names.txt", "lowerorgs.txt", "events.txt", "dates.txt",
	"figures.txt", "quotes.txt", "relations.txt", "debris.txt", "places.txt", "verbs.txt", "open-verbs.txt", "intentions.txt"}

// wordLists holds every named list of wordListFiles: its entries in file order, each
// split into fields.
var wordLists = readWordLists(wordListFiles)

func readWordLists(files []string) map[string][][]string {
	lists := map[string][][]string{}
	for _, file := range files {
		f, err := dataFS.Open("data/" + file)
		if err != nil {
			panic("extraction: missing embedded word list data/" + file)
		}
		sc := bufio.NewScanner(f)
		name := ""
		for sc.Scan() {
			line := strings.TrimRight(sc.Text(), "\r")
			if strings.TrimSpace(line) == "" || line[0] == '#' {
				continue
			}
			if line[0] == '[' && line[len(line)-1] == ']' {
				name = line[1 : len(line)-1]
				if _, dup := lists[name]; dup {
					panic("extraction: word list [" + name + "] twice in data/")
				}
				lists[name] = [][]string{}
				continue
			}
			if name == "" {
				panic("extraction: data/" + file + ": an entry before the first [list]")
			}
			fields := strings.Split(line, "\t")
			for i := range fields {
				fields[i] = strings.TrimSpace(fields[i])
			}
			if len(fields[0]) >= 2 && fields[0][0] == '"' {
				w, err := strconv.Unquote(fields[0])
				if err != nil {
					panic("extraction: data/" + file + ": bad quoted entry " + fields[0])
				}
				fields[0] = w
			}
			lists[name] = append(lists[name], fields)
		}
		f.Close()
	}
	return lists
}

// entries returns the entries of the named list; a name that no file holds is a bug.
func entries(name string) [][]string {
	l, ok := wordLists[name]
	if !ok {
		panic("extraction: no word list [" + name + "] in data/")
	}
	return l
}

// value is an entry's value: its second field, or "".
func value(e []string) string {
	if len(e) < 2 {
		return ""
	}
	return e[1]
}

// wordList returns the words of a list in file order.
func wordList(name string) []string {
	var out []string
	for _, e := range entries(name) {
		out = append(out, e[0])
	}
	return out
}

// wordSet returns the words of a list as a set.
func wordSet(name string) map[string]bool {
	out := map[string]bool{}
	for _, e := range entries(name) {
		out[e[0]] = true
	}
	return out
}

// wordValues returns a list as a table of word → value.
func wordValues(name string) map[string]string {
	out := map[string]string{}
	for _, e := range entries(name) {
		out[e[0]] = value(e)
	}
	return out
}

// wordNumbers returns a list whose values are numbers as a table of word → number.
func wordNumbers(name string) map[string]float64 {
	out := map[string]float64{}
	for _, e := range entries(name) {
		v, err := strconv.ParseFloat(value(e), 64)
		if err != nil {
			panic("extraction: word list [" + name + "]: " + e[0] + " has no number")
		}
		out[e[0]] = v
	}
	return out
}

// wordInts is wordNumbers for whole numbers.
func wordInts(name string) map[string]int {
	out := map[string]int{}
	for w, v := range wordNumbers(name) {
		out[w] = int(v)
	}
	return out
}

// wordGenders reads a list of words and F or M.
func wordGenders(name string) map[string]byte {
	out := map[string]byte{}
	for _, e := range entries(name) {
		if g := value(e); g == "F" || g == "M" {
			out[e[0]] = g[0]
		}
	}
	return out
}

// monthDays reads a list of dates of the year written MM-DD.
func monthDays(name string) map[string][2]int {
	out := map[string][2]int{}
	for _, e := range entries(name) {
		t, err := time.Parse("01-02", value(e))
		if err != nil {
			panic("extraction: word list [" + name + "]: " + e[0] + ": " + err.Error())
		}
		out[e[0]] = [2]int{int(t.Month()), t.Day()}
	}
	return out
}
