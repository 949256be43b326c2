// Package graph is the only package that opens a Cayley store. It opens a store by
// backend name (bolt by default, memstore, postgres, cockroach), writes each article's
// quads in transactions that hold whole articles, replaces an article when a new
// version of it arrives, links each article's entities, events and claims to those of
// the articles already stored, and counts and exports what a store holds.
package graph
