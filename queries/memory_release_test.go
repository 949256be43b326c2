package queries

import (
	"runtime"
	"testing"
	"time"
)

// TestAwaitRelease: a server answers a query stopped for memory once what the query
// took is free. A goroutine holds 200 MiB as a stopped script's VM would, and lets go
// of it a little later; AwaitRelease returns only when the heap is back under the bound.
func TestAwaitRelease(t *testing.T) {
	runtime.GC()
	watch.Lock()
	base := heapObjects()
	watch.Unlock()
	limit := base + 100<<20
	held := make(chan []byte, 1)
	go func() {
		b := make([]byte, 200<<20)
		for i := range b {
			b[i] = byte(i)
		}
		held <- b
	}()
	hold := <-held
	go func() {
		time.Sleep(300 * time.Millisecond)
		runtime.KeepAlive(hold)
		hold = nil
	}()
	AwaitRelease(limit, 20*time.Second)
	watch.Lock()
	live := heapObjects()
	watch.Unlock()
	if live > limit {
		t.Errorf("AwaitRelease returned with %d MiB of heap objects, bound %d MiB", live>>20, limit>>20)
	}
}
