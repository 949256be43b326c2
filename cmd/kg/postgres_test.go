//go:build unix

package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq"

	"github.com/factgraph/kg/graph"
)

// freshDatabase creates a database on the PostgreSQL server KG_TEST_POSTGRES names
// (.ci/run starts one) and returns its address; the test skips without a server.
func freshDatabase(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv("KG_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("no PostgreSQL to test against: set KG_TEST_POSTGRES=postgres://user@host:port/db?sslmode=disable (.ci/run starts a throwaway server)")
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	name := fmt.Sprintf("kgcmd_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("postgres", dsn); err == nil {
			db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			db.Close()
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// TestConcurrentLoadersOnPostgres runs two kg load processes at once, each on its own
// folder, into one fresh PostgreSQL database, and checks that the store then counts
// exactly what one process loading both folders makes: the same five disasters, their
// officials and their agencies are met by both loaders at once.
//
// The reports of one event here agree on its date, as most news does. Where reports
// date one event a day apart, which event a report joins can depend on the order the
// reports arrive in (NOTES.md), and two loaders interleave them differently from one.
func TestConcurrentLoadersOnPostgres(t *testing.T) {
	shared := freshDatabase(t)
	alone := freshDatabase(t)
	a := writeConsistentReports(t, t.TempDir(), 0, 30)
	b := writeConsistentReports(t, t.TempDir(), 30, 30)

	loaders := []*kgProcess{
		startKG(t, "load", "--backend", "postgres", "--db", shared, "--no-progress", a, examples),
		startKG(t, "load", "--backend", "postgres", "--db", shared, "--no-progress", b),
	}
	for _, p := range loaders {
		if code := p.wait(hangLimit); code != 0 {
			t.Fatalf("kg %v: exit %d\n%s%s", p.args, code, p.stdout.String(), p.stderr.String())
		}
	}
	mustKG(t, "load", "--backend", "postgres", "--db", alone, "--no-progress", a, examples, b)

	stats := func(db string) graph.Stats {
		var st graph.Stats
		if err := json.Unmarshal([]byte(mustKG(t, "stats", "--backend", "postgres", "--db", db, "--json")), &st); err != nil {
			t.Fatal(err)
		}
		return st
	}
	together, one := stats(shared), stats(alone)
	if together != one {
		t.Errorf("two loaders at once: %+v\none loader:          %+v", together, one)
	}
	if together.Articles != 67 { // 30 + 30 reports and the 7 examples
		t.Errorf("articles = %d, want 67", together.Articles)
	}
	// Re-loading a folder into the shared store changes nothing.
	mustKG(t, "load", "--backend", "postgres", "--db", shared, "--no-progress", filepath.Clean(a))
	if again := stats(shared); again != together {
		t.Errorf("after reloading a folder: %+v, want %+v", again, together)
	}
}

// writeConsistentReports writes reports first..first+n-1 of five disasters; every
// report of a disaster gives its day, and names its official and the agency.
func writeConsistentReports(t *testing.T, dir string, first, n int) string {
	t.Helper()
	type disaster struct{ town, country, noun, verb, weekday, day, official, agency string }
	disasters := []disaster{
		{"Izmir", "Turkey", "earthquake", "struck", "Saturday", "2031-06-07", "Mehmet Kaya", "the disaster agency AFAD"},
		{"Cebu", "Philippines", "flood", "swept through", "Sunday", "2031-06-08", "Jose Cruz", "the national disaster council"},
		{"Kobe", "Japan", "fire", "tore through", "Monday", "2031-06-09", "Kenji Sato", "the fire department"},
		{"Quito", "Ecuador", "landslide", "buried homes in", "Tuesday", "2031-06-10", "Ana Vega", "the risk management office"},
		{"Naples", "Italy", "bombing", "hit a market in", "Wednesday", "2031-06-11", "Elena Rossi", "the police"},
	}
	outlets := []string{"The Daily Ledger", "Northfield Gazette", "Harbor Wire", "Channel 9", "Coastal Times"}
	for i := first; i < first+n; i++ {
		d := disasters[i%len(disasters)]
		outlet := outlets[(i/len(disasters))%len(outlets)]
		published, _ := time.Parse("2006-01-02", d.day)
		published = published.Add(time.Duration(8+i%10) * time.Hour)
		killed := 3 + (i*7)%20
		text := fmt.Sprintf("---\ntitle: %q\ndate: %s\nurl: https://example.com/%s/%d\npublisher: %s\n---\n"+
			"<p>%s, %s (%s) — A %s %s %s on %s, killing %d people, %s said.</p>\n"+
			"<p>\"We are searching every street,\" said %s, the head of the agency. Kofi Annan sent his condolences.</p>\n",
			fmt.Sprintf("%s in %s kills %d", d.noun, d.town, killed), published.Format("2006-01-02 15:04:05"),
			d.town, i, outlet, d.town, d.country, outlet, d.noun, d.verb, d.town, d.weekday, killed, d.agency, d.official)
		name := fmt.Sprintf("%03d-%s.md", i, d.town)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestPostgresManyPeople loads an article that names 10,000 people: kg asked
// PostgreSQL about all their shared quads in one IN (…) list, which PostgreSQL could
// not parse ("stack depth limit exceeded") past some thousands of people.
func TestPostgresManyPeople(t *testing.T) {
	addr := freshDatabase(t)
	const people = 10000
	first := []string{"Aaron", "Adam", "Ahmed", "Alice", "Amina", "Anna", "Carlos", "Daniel", "David", "Elena",
		"Fatima", "Hassan", "Ibrahim", "James", "John", "Jose", "Laura", "Maria", "Michael", "Omar"}
	syllables := []string{"ka", "lo", "mi", "ra", "ten", "vo", "shi", "dan", "bel", "mor", "quin", "zet", "fa", "gu", "rol"}
	var names []string
	for _, a := range syllables {
		for _, b := range syllables {
			for _, c := range syllables {
				for _, f := range first {
					if len(names) < people {
						names = append(names, f+" "+strings.ToUpper(a[:1])+a[1:]+b+c+"ski")
					}
				}
			}
		}
	}
	var b strings.Builder
	b.WriteString("Council meets ten thousand residents\n\n")
	for i := 0; i < len(names); i += 10 {
		fmt.Fprintf(&b, "The council met on Monday with %s and %s, officials said.\n\n", strings.Join(names[i:i+9], ", "), names[i+9])
	}
	path := filepath.Join(t.TempDir(), "council.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runKG(t, "load", "--backend", "postgres", "--db", addr, "--no-progress", path)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, stderr)
	}
	var st graph.Stats
	if err := json.Unmarshal([]byte(mustKG(t, "stats", "--backend", "postgres", "--db", addr, "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Entities < people {
		t.Errorf("stats %+v: want the article and its %d people", st, people)
	}
}
