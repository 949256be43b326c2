// Package extraction reads a news article like an analyst: it splits the body into
// sentences, finds the people, organizations, places and groups it names, who said what
// (quotes), the figures it reports (killed, injured, missing, money, magnitudes…) with the
// source each is attributed to, the roles and actions that link entities (relations), and
// the events the figures belong to. It is pure Go with no I/O: its word lists live beside
// it in data/ and are embedded at build time.
package extraction
