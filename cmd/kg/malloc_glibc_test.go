//go:build cgo && linux

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// tunablesChildEnv makes TestTunablesChild report the GLIBC_TUNABLES it started with.
const tunablesChildEnv = "KG_TEST_TUNABLES_CHILD"

// TestHugePagesForLoad starts the test binary (whose C constructor is kg's) with and
// without "load" among its arguments: only the first is started again with glibc's
// malloc asking for transparent huge pages, and a tunable the caller set is kept.
func TestHugePagesForLoad(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !strings.Contains(string(mode), "[madvise]") {
		t.Skip("the kernel gives transparent huge pages always or never: kg asks for none")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, tunables string
		args           []string
		want           string
	}{
		{"load", "", []string{"load"}, "glibc.malloc.hugetlb=1"},
		{"load with other tunables", "glibc.malloc.tcache_count=7", []string{"load"}, "glibc.malloc.tcache_count=7:glibc.malloc.hugetlb=1"},
		{"load, huge pages refused", "glibc.malloc.hugetlb=0", []string{"load"}, "glibc.malloc.hugetlb=0"},
		{"query", "", []string{"query"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(self, append([]string{"-test.run=^TestTunablesChild$"}, c.args...)...)
			for _, kv := range os.Environ() {
				if !strings.HasPrefix(kv, "GLIBC_TUNABLES=") && !strings.HasPrefix(kv, "KG_") {
					cmd.Env = append(cmd.Env, kv)
				}
			}
			cmd.Env = append(cmd.Env, tunablesChildEnv+"=1")
			if c.tunables != "" {
				cmd.Env = append(cmd.Env, "GLIBC_TUNABLES="+c.tunables)
			}
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("child: %v\n%s", err, out)
			}
			got := ""
			for _, line := range strings.Split(string(out), "\n") {
				if v, ok := strings.CutPrefix(line, "GLIBC_TUNABLES="); ok {
					got = v
				}
			}
			if got != c.want {
				t.Errorf("GLIBC_TUNABLES in the child = %q, want %q\n%s", got, c.want, out)
			}
		})
	}
}

// TestTunablesChild prints the child's GLIBC_TUNABLES (see TestHugePagesForLoad).
func TestTunablesChild(t *testing.T) {
	if os.Getenv(tunablesChildEnv) != "1" {
		t.Skip("run by TestHugePagesForLoad")
	}
	os.Stdout.WriteString("GLIBC_TUNABLES=" + os.Getenv("GLIBC_TUNABLES") + "\n")
}
