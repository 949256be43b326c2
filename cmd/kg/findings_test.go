//go:build unix

package main

// The cost of cross-report findings (issue 14, item 5): when each new figure was
// judged against every stored figure of its event, 1,000 one-sentence reports of one
// event with differing figures made 215,913 conflict nodes and a 1.3 GB store, and one
// article with 12,000 figures took 64 seconds. Each figure is now held against a few
// reports of its series (package ledger): findings grow with the reports.

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// findingReports is how many reports of one event TestFindingsStayLinear loads, and
// manyFigures how many figures its one long article states.
const (
	findingReports = 1000
	manyFigures    = 12000
)

func TestFindingsStayLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 1,000 reports and an article of 12,000 figures; skipped in -short mode")
	}

	t.Run("1,000 reports of one event", func(t *testing.T) {
		dir := t.TempDir()
		start := time.Date(2031, 5, 10, 6, 0, 0, 0, time.UTC)
		for i := 0; i < findingReports; i++ {
			// One earthquake; each report a minute after the last, each with a toll of
			// its own, some above and some below the others.
			toll := 10 + (i*37)%findingReports // every toll once, in no order
			published := start.Add(time.Duration(i) * time.Minute)
			text := fmt.Sprintf("---\ntitle: \"Quake near Izmir: %d dead\"\ndate: %s\npublisher: Outlet %d\nurl: https://outlet%d.example.com/izmir-quake-%d\n---\n"+
				"The earthquake that struck near Izmir, Turkey, on Saturday killed %d people, officials said.\n",
				toll, published.Format(time.RFC3339), i%40, i%40, i, toll)
			writeFile([]byte(text))(t, filepath.Join(dir, fmt.Sprintf("report-%04d.md", i)))
		}
		db := filepath.Join(t.TempDir(), "kg.db")
		p := startKG(t, "load", "--db", db, "--no-progress", dir)
		if code := p.wait(10 * time.Minute); code != 0 {
			t.Fatalf("exit %d: %s", code, tail(p.stderr.String()))
		}
		st := statsOf(t, db)
		if st.Articles != findingReports || st.Events != 1 {
			t.Fatalf("stats %+v: want %d articles of one event", st, findingReports)
		}
		if st.Conflicts > findingReports {
			t.Errorf("%d conflicts among %d reports: findings grow faster than the reports", st.Conflicts, findingReports)
		}
		if size := folderSize(t, db); size > 100<<20 {
			t.Errorf("the store takes %d MB for %d one-sentence reports", size>>20, findingReports)
		}
	})

	t.Run("an article of 12,000 figures", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("Quake toll climbs through the day\n\n")
		for i := 0; i < manyFigures; i++ {
			fmt.Fprintf(&b, "By %02d:%02d, %d people had been killed and %d injured in the earthquake near Izmir, officials said.\n\n",
				i/60%24, i%60, 10+i, 20+2*i)
		}
		path := filepath.Join(t.TempDir(), "toll.txt")
		writeFile([]byte(b.String()))(t, path)
		db := filepath.Join(t.TempDir(), "kg.db")
		// A generous bound, not a measure of speed: the load must end, in minutes.
		p := startKG(t, "load", "--db", db, "--no-progress", "--published", "2031-05-10", path)
		if code := p.wait(5 * time.Minute); code != 0 {
			t.Fatalf("exit %d: %s", code, tail(p.stderr.String()))
		}
		if st := statsOf(t, db); st.Articles != 1 || st.Claims < manyFigures {
			t.Errorf("stats %+v: want the article and its figures", st)
		}
	})
}

// folderSize is the bytes of the files under dir.
func folderSize(t *testing.T, dir string) int64 {
	t.Helper()
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err == nil {
			n += fi.Size()
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
