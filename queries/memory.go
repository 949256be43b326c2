package queries

import (
	"errors"
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// A Gizmo script runs in a goja VM, which has no bound on the memory a script takes:
// var a = []; while (true) a.push(new Array(1e6)) grows by hundreds of megabytes a
// second. Neither goja nor Go can say how much memory one goroutine holds, so kg bounds
// it from outside: while queries run, a watchdog reads the Go heap (runtime/metrics)
// every few milliseconds and, when it passes a query's bound, stops the query (a
// script is interrupted at its next instruction; other languages see their context
// end). The heap is the process's, not the query's: when it passes the bound, every
// query then running under that bound stops, since kg cannot tell which one
// allocated. Garbage counts until it is collected, so before stopping anything the
// watchdog collects once (at most every gcEvery) and looks again.

// ErrMemoryLimit means a query was stopped because the heap passed its bound.
var ErrMemoryLimit = errors.New("query stopped: it took too much memory")

// DefaultMaxMemory is the bound Run applies when Options.MaxMemory is 0.
const DefaultMaxMemory = 2 << 30

const (
	// watchEvery is how often the watchdog reads the heap while queries run.
	watchEvery = 5 * time.Millisecond
	// gcEvery is how often, at most, it collects garbage to tell live memory from dead.
	gcEvery = 250 * time.Millisecond
)

// watched is one query under watch.
type watched struct {
	limit int64
	stop  func(error)
}

var watch struct {
	sync.Mutex
	queries map[*watched]bool
	running bool
	lastGC  time.Time
}

// WatchMemory calls stop(ErrMemoryLimit) once, from another goroutine, if the Go heap
// passes limit bytes before release is called. A limit of 0 or less watches nothing.
func WatchMemory(limit int64, stop func(error)) (release func()) {
	if limit <= 0 {
		return func() {}
	}
	w := &watched{limit: limit, stop: stop}
	watch.Lock()
	if watch.queries == nil {
		watch.queries = make(map[*watched]bool)
	}
	watch.queries[w] = true
	if !watch.running {
		watch.running = true
		go watchHeap()
	}
	watch.Unlock()
	return func() {
		watch.Lock()
		delete(watch.queries, w)
		watch.Unlock()
	}
}

// heapSamples are the metrics the watchdog reads: the bytes of heap objects, live or
// not yet swept, and the live heap as the last collection marked it.
var heapSamples = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/gc/heap/live:bytes"},
}

// heapNow returns the heap's objects and its live part at the last collection.
func heapNow() (objects, live int64) {
	metrics.Read(heapSamples)
	get := func(s metrics.Sample) int64 {
		if s.Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return int64(s.Value.Uint64())
	}
	return get(heapSamples[0]), get(heapSamples[1])
}

// watchHeap runs while any query is watched.
func watchHeap() {
	tick := time.NewTicker(watchEvery)
	defer tick.Stop()
	for range tick.C {
		watch.Lock()
		if len(watch.queries) == 0 {
			watch.running = false
			watch.Unlock()
			return
		}
		objects, live := heapNow()
		if objects > lowestBound() && live < objects && time.Since(watch.lastGC) >= gcEvery {
			// Some of the heap may be garbage: collect, and look again.
			watch.lastGC = time.Now()
			watch.Unlock()
			runtime.GC()
			watch.Lock()
			objects, _ = heapNow()
			live = objects
		}
		var over []*watched
		for w := range watch.queries {
			// Over the bound when the last collection found that much live, or by half
			// again, garbage or not, when it is too soon to collect again.
			if objects > w.limit && (live > w.limit || objects > w.limit+w.limit/2) {
				over = append(over, w)
				delete(watch.queries, w)
			}
		}
		watch.Unlock()
		for _, w := range over {
			w.stop(ErrMemoryLimit)
		}
	}
}

// lowestBound is the lowest bound of the watched queries; watch must be locked.
func lowestBound() int64 {
	low := int64(-1)
	for w := range watch.queries {
		if low < 0 || w.limit < low {
			low = w.limit
		}
	}
	return low
}
