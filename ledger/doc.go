// Package ledger owns kg's judgement across reports: which reports' mentions are one
// incident, which reports are independent of each other, and what the reports of one
// incident say of each other — the values independent reports agree on (tallies) and
// where they disagree (conflicts, revisions). It is pure: package graph reads a
// bucket's rows (every report that could be about the same incidents), calls Derive,
// and writes the records it returns, which package schema turns into quads. What it
// returns depends on the set of reports, never on the order they arrived in.
package ledger
