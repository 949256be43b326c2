//go:build cgo && linux

package main

/*
#include <fcntl.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// kg_thp_on_request reports whether the kernel backs memory with transparent huge pages
// only where a program asks for them (madvise): then glibc's malloc must ask. Where it
// does so always, or never, asking changes nothing.
static int kg_thp_on_request(void) {
	char buf[128];
	int fd = open("/sys/kernel/mm/transparent_hugepage/enabled", O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return 0;
	}
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0) {
		return 0;
	}
	buf[n] = 0;
	return strstr(buf, "[madvise]") != NULL;
}

// kg_huge_pages_for_load starts `kg load` again, at once and in the same process, with
// glibc's malloc asking for transparent huge pages (the tunable glibc.malloc.hugetlb,
// which glibc reads from the environment when a program starts, and only then). A
// GLIBC_TUNABLES that already names the tunable is left as it is, so that the new
// process goes on, and so can anyone who sets glibc.malloc.hugetlb=0. If the exec
// fails, the load goes on without.
static void kg_huge_pages_for_load(int argc, char **argv) {
	int load = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "load") == 0) {
			load = 1;
			break;
		}
	}
	const char *old = getenv("GLIBC_TUNABLES");
	if (!load || (old != NULL && strstr(old, "glibc.malloc.hugetlb") != NULL) || !kg_thp_on_request()) {
		return;
	}
	static const char want[] = "glibc.malloc.hugetlb=1";
	char buf[1024];
	if (old == NULL || old[0] == 0) {
		strcpy(buf, want);
	} else if (strlen(old) + sizeof want + 1 <= sizeof buf) {
		strcpy(buf, old);
		strcat(buf, ":");
		strcat(buf, want);
	} else {
		return;
	}
	if (setenv("GLIBC_TUNABLES", buf, 1) != 0) {
		return;
	}
	execv("/proc/self/exe", argv);
}

// kg_malloc_setup runs when the process is loaded, before Go starts its threads (a
// mallopt call from Go comes after them, too late to bound the arenas). glibc passes
// an ELF constructor the program's arguments.
__attribute__((constructor)) static void kg_malloc_setup(int argc, char **argv, char **envp) {
	kg_huge_pages_for_load(argc, argv);
	mallopt(M_ARENA_MAX, 1);
}
*/
import "C"

// C's malloc keeps one arena in kg (the constructor above). Pebble allocates each block
// it reads from a store with calloc; with an arena a thread (glibc's default), a query
// that reads tens of thousands of blocks faults fresh pages into several arenas, where
// one arena reuses the pages of the blocks it evicts (BENCHMARKS.md: event-entities about
// 5% less time and up to 10% less memory).
//
// `kg load` also has malloc ask the kernel for transparent huge pages where the kernel
// gives them on request only (its default): a writer's block cache (128 MB) never
// fills in a load of a few hundred articles, so every block it reads is fresh memory,
// and with 4 KB pages each page of it is a fault. A new process reads nearly all of a
// store's value and reference-count buckets, hash-spread, whatever the load's size, so
// those faults grew with the store: 28,000 against 46,000 for 250 articles into stores
// of 1,000 and 3,750 articles, the most of what one more article cost more in the
// bigger store; with huge pages 19,000 against 22,000 (BENCHMARKS.md, "Per-article cost
// as the store grows", branch speed10).
