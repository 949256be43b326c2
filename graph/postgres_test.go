package graph

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factgraph/kg"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

// EnvPostgres names a PostgreSQL server the tests may create databases on, as a URL:
// postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable. .ci/run starts one.
const EnvPostgres = "KG_TEST_POSTGRES"

var pgDatabases atomic.Int64

// postgresOpener creates a fresh database for one test and drops it afterwards.
func postgresOpener(t *testing.T) Options {
	t.Helper()
	dsn := os.Getenv(EnvPostgres)
	if dsn == "" {
		t.Skip("no PostgreSQL to test against: set " + EnvPostgres + "=postgres://user@host:port/db?sslmode=disable (.ci/run starts a throwaway server)")
	}
	admin, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatalf("connect to %s: %v", dsn, err)
	}
	defer admin.Close()
	name := fmt.Sprintf("kgtest_%d_%d", os.Getpid(), pgDatabases.Add(1))
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("postgres", dsn)
		if err != nil {
			return
		}
		defer db.Close()
		db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("parse %s: %v", EnvPostgres, err)
	}
	u.Path = "/" + name
	return Options{Backend: Postgres, Addr: u.String()}
}

// TestConcurrentLoaders writes two sets of reports into one PostgreSQL store from two
// stores at once (two connections, as two kg load processes have), and checks that the
// store ends with exactly the counts of one store that loaded both: one node per
// entity and event however the writers interleave.
func TestConcurrentLoaders(t *testing.T) {
	reports := concurrentReports()
	half := len(reports) / 2
	for round := 0; round < 3; round++ {
		shared := postgresOpener(t)
		shared.BatchQuads = 1 + round*200 // article by article, and in batches
		var wg sync.WaitGroup
		errs := make(chan error, 2)
		for _, part := range [][]report{reports[:half], reports[half:]} {
			wg.Add(1)
			go func(part []report) {
				defer wg.Done()
				s, err := Open(shared)
				if err != nil {
					errs <- err
					return
				}
				defer s.Close()
				for _, r := range part {
					if _, err := s.AddArticle(r.extraction()); err != nil {
						errs <- err
						return
					}
				}
				errs <- s.Flush()
			}(part)
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		together := openStore(t, shared)
		one := openStore(t, postgresOpener(t))
		for _, r := range reports {
			mustAdd(t, one, r, Added)
		}
		if got, want := stats(t, together), stats(t, one); got != want {
			t.Errorf("round %d: two loaders at once: %+v; one loader: %+v", round, got, want)
		}
	}
}

// concurrentReports are reports whose entities and events overlap across the two
// halves, so that the two writers meet the same people and the same quake.
func concurrentReports() []report {
	base := []report{early, later, rival}
	var out []report
	for i := 0; i < 12; i++ {
		r := base[i%3]
		r.title = fmt.Sprintf("%s (%d)", r.title, i)
		r.url = fmt.Sprintf("%s?v=%d", r.url, i)
		r.published = r.published.Add(time.Duration(i) * time.Minute)
		r.entities = append([]kg.Entity{{Name: "Kofi Annan", Type: kg.Person}, {Name: fmt.Sprintf("Reporter %c", 'A'+i), Type: kg.Person}}, r.entities...)
		out = append(out, r)
	}
	return out
}

// TestPostgresBatchBound adds reports one by one to a PostgreSQL store with a small
// batch: the shared quads that wait for the batch's look-up count toward the bound like
// the rest, so what a writer holds never reaches it after an article is added (it
// grew without bound when only the other quads were counted).
func TestPostgresBatchBound(t *testing.T) {
	o := postgresOpener(t)
	o.BatchQuads = 60
	s := openStore(t, o)
	sawShared := false
	for _, r := range concurrentReports() {
		mustAdd(t, s, r, Added)
		sawShared = sawShared || len(s.unsure) > 0
		if held := len(s.pending) + len(s.unsure); held >= o.BatchQuads {
			t.Fatalf("after %q the writer holds %d quads (%d waiting for the shared look-up), bound %d",
				r.title, held, len(s.unsure), o.BatchQuads)
		}
	}
	if !sawShared {
		t.Fatal("no shared quad ever waited for the batch look-up: the test does not exercise it")
	}
}
