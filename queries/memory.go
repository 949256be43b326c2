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
// allocated.
//
// Garbage counts until it is collected, and a query that was stopped leaves plenty.
// So when the heap passes a bound the watchdog has it collected, on the side (a
// collection of a large heap can take seconds, while a script goes on allocating), at
// most every gcEvery, and a query stops when a collection finished since it began finds
// more than its bound live (a collection begun before it may count what an earlier
// query left); or, garbage or not, when the heap holds half as much again as its bound
// after it has run for graceTime (a collection has then had time to clear what earlier
// queries left). A heap that has grown by more than a query's bound since the query
// began stops it at once, collection or not. Waiting for a collection there is not
// safe: one step of a script can copy hundreds of megabytes, a copy the Go runtime
// cannot interrupt, and a collection's stop-the-world pauses wait for it with the
// watchdog stopped too; the script may then take its next, twice larger, step before
// the watchdog runs. At twice the bound, a CI run saw 'while (true) s += s' under
// 128 MiB reach a 512 MiB string (1,073 MB peak); at once the bound, it stops at the
// 64 or 128 MiB string, and a missed step still ends under 600 MB.

// ErrMemoryLimit means a query was stopped because the heap passed its bound.
var ErrMemoryLimit = errors.New("query stopped: it took too much memory")

// DefaultMaxMemory is the bound Run applies when Options.MaxMemory is 0.
const DefaultMaxMemory = 2 << 30

const (
	// watchEvery is how often the watchdog reads the heap while queries run.
	watchEvery = 5 * time.Millisecond
	// gcEvery is how often, at most, it has the garbage collected.
	gcEvery = 250 * time.Millisecond
	// graceTime is how long a query runs before half as much again as its bound stops
	// it whatever a collection says.
	graceTime = time.Second
	// hardGrowth is how many times its bound the heap may grow by while a query runs
	// before the query stops whatever a collection would say.
	hardGrowth = 1
)

// watched is one query under watch.
type watched struct {
	limit int64
	stop  func(error)
	start time.Time
	// startHeap is the heap's objects when the query began: what was there before
	// (another query's garbage) does not count towards hardGrowth.
	startHeap int64
}

var watch struct {
	sync.Mutex
	queries    map[*watched]bool
	running    bool
	collecting bool      // a collection the watchdog asked for is under way …
	again      bool      // … and another is wanted after it
	live       int64     // the heap right after the last collection it asked for …
	liveFrom   time.Time // … and when that collection began
}

// WatchMemory calls stop(ErrMemoryLimit) once, from another goroutine, if the Go heap
// passes limit bytes before release is called. A limit of 0 or less watches nothing.
func WatchMemory(limit int64, stop func(error)) (release func()) {
	if limit <= 0 {
		return func() {}
	}
	w := &watched{limit: limit, stop: stop, start: time.Now()}
	watch.Lock()
	if watch.queries == nil {
		watch.queries = make(map[*watched]bool)
	}
	w.startHeap = heapObjects()
	watch.queries[w] = true
	if !watch.running {
		watch.running = true
		go watchHeap()
	}
	if heapObjects() > limit {
		collect() // what is there may be what a query stopped before this one left
	}
	watch.Unlock()
	return func() {
		watch.Lock()
		delete(watch.queries, w)
		watch.Unlock()
	}
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

// heapObjects is the bytes of the heap's objects, live or not yet swept. watch must
// be locked.
func heapObjects() int64 {
	metrics.Read(heapSample)
	if heapSample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(heapSample[0].Value.Uint64())
}

// collect starts a collection on the side, or, when one is under way, another after
// it: what it finds live is new from now on. watch must be locked.
func collect() {
	if watch.collecting {
		watch.again = true
		return
	}
	watch.collecting = true
	go func() {
		for {
			began := time.Now()
			runtime.GC()
			watch.Lock()
			watch.live, watch.liveFrom = heapObjects(), began
			if !watch.again {
				watch.collecting = false
				watch.Unlock()
				return
			}
			watch.again = false
			watch.Unlock()
		}
	}()
}

// watchHeap runs while any query is watched.
func watchHeap() {
	tick := time.NewTicker(watchEvery)
	defer tick.Stop()
	for now := range tick.C {
		watch.Lock()
		if len(watch.queries) == 0 {
			watch.running = false
			watch.Unlock()
			return
		}
		objects := heapObjects()
		var over []*watched
		for w := range watch.queries {
			if objects <= w.limit {
				continue
			}
			if !watch.collecting && now.Sub(watch.liveFrom) >= gcEvery {
				collect()
			}
			marked := watch.liveFrom.After(w.start) && watch.live > w.limit
			grown := objects-w.startHeap > hardGrowth*w.limit
			if marked || grown || (objects > w.limit+w.limit/2 && now.Sub(w.start) >= graceTime) {
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

// AwaitRelease waits, at most max, until a collection finds the heap's live objects
// under limit: a query stopped for memory is stopped at its script's next instruction,
// on a goroutine of its own, and until it ends what it took is live. A server that
// answers the stopped query only then does not charge that memory to the client's
// next query.
func AwaitRelease(limit int64, max time.Duration) {
	if limit <= 0 {
		return
	}
	deadline := time.Now().Add(max)
	for {
		runtime.GC()
		watch.Lock()
		live := heapObjects()
		watch.Unlock()
		if live <= limit || time.Now().After(deadline) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}
