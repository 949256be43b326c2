// Package extraction reads a news article like an analyst: it splits the body into
// sentences, finds the people, organizations, places and groups it names, who said what
// (quotes), the events it tells of, the figures it reports (killed, injured, missing,
// money, magnitudes…) with the source each is attributed to, and the roles and actions
// that link entities (relations). It does so in six stages, in that order, each a
// function that takes what the stages before it found (extract.go lists them and the
// files of each). It is pure Go with no I/O: its word lists live beside it in data/ and
// are embedded at build time.
package extraction
