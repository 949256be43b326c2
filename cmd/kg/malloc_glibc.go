//go:build cgo && linux

package main

/*
#include <malloc.h>

// kg_one_malloc_arena runs when the process is loaded, before Go starts its threads
// (a mallopt call from Go comes after them, too late to bound the arenas).
__attribute__((constructor)) static void kg_one_malloc_arena(void) {
	mallopt(M_ARENA_MAX, 1);
}
*/
import "C"

// C's malloc keeps one arena in kg (the constructor above). Pebble allocates each block
// it reads from a store with calloc; with an arena a thread (glibc's default), a query
// that reads tens of thousands of blocks faults fresh pages into several arenas, where
// one arena reuses the pages of the blocks it evicts (BENCHMARKS.md: event-entities about
// 5% less time and up to 10% less memory).
