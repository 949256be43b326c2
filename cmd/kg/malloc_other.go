//go:build !cgo || !linux

package main

// Where Pebble does not allocate with glibc's malloc there is no arena to bound (see
// malloc_glibc.go).
