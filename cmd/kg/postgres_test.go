//go:build unix

package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
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
// exactly what one process loading both folders makes: the reports of one earthquake,
// its people and its agencies meet in both folders.
func TestConcurrentLoadersOnPostgres(t *testing.T) {
	shared := freshDatabase(t)
	alone := freshDatabase(t)
	a := writeReports(t, t.TempDir(), 0, 30)
	b := writeReports(t, t.TempDir(), 30, 30)

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
	if together.Articles != 67 { // 30 + 30 invented reports and the 7 examples
		t.Errorf("articles = %d, want 67", together.Articles)
	}
	// Re-loading a folder into the shared store changes nothing.
	mustKG(t, "load", "--backend", "postgres", "--db", shared, "--no-progress", filepath.Clean(a))
	if again := stats(shared); again != together {
		t.Errorf("after reloading a folder: %+v, want %+v", again, together)
	}
}
