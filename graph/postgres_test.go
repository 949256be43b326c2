package graph

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"

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
