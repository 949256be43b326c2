package graph

import (
	"bufio"
	"container/heap"
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Export writes every quad of the store, sorted so that two stores with the same content
// export the same bytes, and streams: quads are read in chunks and sorted in runs of at
// most exportRun bytes of N-Quads, which go to temporary files when there is more than
// one, and are merged as they are written. Memory stays within a few runs whatever the
// size of the store.

// exportRun is how many bytes of N-Quads export sorts in memory at once.
var exportRun = 48 << 20 // a variable for tests

// exportChunk is how many quads export reads before it asks the store for their values,
// all in one batch.
const exportChunk = 4096

// Export writes every quad of the store to w, sorted by their N-Quads text. It returns
// how many quads it wrote. (A quad.Writer that keeps what it is given, as JSON-LD's
// does, holds the whole graph however Export streams.)
func (s *Store) Export(ctx context.Context, w quad.Writer) (int, error) {
	return s.exportLines(ctx, func(line string) error {
		q, err := nquads.Parse(line)
		if err != nil {
			return fmt.Errorf("read back quad %q: %w", line, err)
		}
		_, err = w.WriteQuads([]quad.Quad{q})
		return err
	})
}

// ExportNQuads writes every quad of the store to w as N-Quads, a quad a line, sorted;
// it returns how many quads it wrote.
func (s *Store) ExportNQuads(ctx context.Context, w io.Writer) (int, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	n, err := s.exportLines(ctx, func(line string) error {
		bw.WriteString(line)
		return bw.WriteByte('\n')
	})
	if err != nil {
		return n, err
	}
	return n, bw.Flush()
}

// exportLines calls emit with the N-Quads line of every quad in the store, in order.
func (s *Store) exportLines(ctx context.Context, emit func(string) error) (int, error) {
	if !s.opt.ReadOnly {
		if err := s.Flush(); err != nil {
			return 0, err
		}
	}
	sorter := &lineSorter{max: exportRun}
	defer sorter.close()
	if err := s.eachQuadChunk(ctx, func(qs []quad.Quad) error {
		for _, q := range qs {
			if err := sorter.add(q.NQuad()); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return 0, err
	}
	n := 0
	err := sorter.each(func(line string) error {
		n++
		if err := emit(line); err != nil {
			return fmt.Errorf("write quads: %w", err)
		}
		return nil
	})
	return n, err
}

// eachQuadChunk reads every quad of the store, exportChunk at a time, and hands each
// chunk to fn. The values of a chunk's quads are read in one batch where the store can
// (Cayley's kv stores: one sorted read of the log), not one quad at a time.
func (s *Store) eachQuadChunk(ctx context.Context, fn func([]quad.Quad) error) error {
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	var chunk []cgraph.Ref
	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		qs, err := s.quadsOf(ctx, chunk)
		if err != nil {
			return err
		}
		chunk = chunk[:0]
		return fn(qs)
	}
	for it.Next(ctx) {
		chunk = append(chunk, it.Result())
		if len(chunk) == exportChunk {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("read quads: %w", err)
	}
	return flush()
}

// quadsOf reads the quads of refs, their values in one batch when the store can.
func (s *Store) quadsOf(ctx context.Context, rs []cgraph.Ref) ([]quad.Quad, error) {
	out := make([]quad.Quad, len(rs))
	namer, ok := s.qs.(refs.BatchNamer)
	if !ok {
		for i, r := range rs {
			q, err := s.qs.Quad(r)
			if err != nil {
				return nil, fmt.Errorf("read quad: %w", err)
			}
			out[i] = q
		}
		return out, nil
	}
	var nodes []cgraph.Ref
	index := map[any]int{}
	for _, r := range rs {
		for _, d := range quad.Directions {
			n, err := s.qs.QuadDirection(r, d)
			if err != nil {
				return nil, err
			}
			if n == nil {
				continue
			}
			if _, ok := index[refs.ToKey(n)]; !ok {
				index[refs.ToKey(n)] = len(nodes)
				nodes = append(nodes, n)
			}
		}
	}
	vals, err := namer.ValuesOf(ctx, nodes)
	if err != nil {
		return nil, fmt.Errorf("read values: %w", err)
	}
	for i, r := range rs {
		for _, d := range quad.Directions {
			n, _ := s.qs.QuadDirection(r, d)
			if n != nil {
				out[i].Set(d, vals[index[refs.ToKey(n)]])
			}
		}
	}
	return out, nil
}

// lineSorter sorts lines of text in runs of at most max bytes, each written to a
// temporary file when there is more than one, and merges the runs.
type lineSorter struct {
	max   int
	lines []string
	size  int
	runs  []*os.File
}

func (ls *lineSorter) add(line string) error {
	ls.lines = append(ls.lines, line)
	ls.size += len(line) + 1
	if ls.size >= ls.max {
		return ls.spill()
	}
	return nil
}

// spill writes the lines in memory, sorted, to a temporary file.
func (ls *lineSorter) spill() error {
	if len(ls.lines) == 0 {
		return nil
	}
	sort.Strings(ls.lines)
	f, err := os.CreateTemp("", "kg-export-*.nq")
	if err != nil {
		return fmt.Errorf("sort quads: %w", err)
	}
	os.Remove(f.Name()) // gone with the file, whatever becomes of kg
	ls.runs = append(ls.runs, f)
	w := bufio.NewWriterSize(f, 1<<16)
	for _, l := range ls.lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("sort quads: %w", err)
	}
	clear(ls.lines)
	ls.lines, ls.size = ls.lines[:0], 0
	return nil
}

// each calls fn with every line, in order.
func (ls *lineSorter) each(fn func(string) error) error {
	if len(ls.runs) == 0 {
		sort.Strings(ls.lines)
		for _, l := range ls.lines {
			if err := fn(l); err != nil {
				return err
			}
		}
		return nil
	}
	if err := ls.spill(); err != nil {
		return err
	}
	h := &runHeap{}
	for _, f := range ls.runs {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("sort quads: %w", err)
		}
		r := &run{r: bufio.NewReaderSize(f, 1<<16)}
		if r.next() {
			h.runs = append(h.runs, r)
		} else if r.err != nil {
			return r.err
		}
	}
	heap.Init(h)
	for h.Len() > 0 {
		r := h.runs[0]
		if err := fn(r.line); err != nil {
			return err
		}
		if r.next() {
			heap.Fix(h, 0)
		} else if r.err != nil {
			return r.err
		} else {
			heap.Pop(h)
		}
	}
	return nil
}

func (ls *lineSorter) close() {
	for _, f := range ls.runs {
		f.Close()
	}
	ls.runs = nil
}

// run is a sorted run being merged: its reader and its current line.
type run struct {
	r    *bufio.Reader
	line string
	err  error
}

func (r *run) next() bool {
	line, err := r.r.ReadString('\n')
	if err == io.EOF && line == "" {
		return false
	} else if err != nil && err != io.EOF {
		r.err = fmt.Errorf("sort quads: %w", err)
		return false
	}
	r.line = strings.TrimSuffix(line, "\n")
	return true
}

// runHeap orders runs by their current line.
type runHeap struct{ runs []*run }

func (h *runHeap) Len() int           { return len(h.runs) }
func (h *runHeap) Less(i, j int) bool { return h.runs[i].line < h.runs[j].line }
func (h *runHeap) Swap(i, j int)      { h.runs[i], h.runs[j] = h.runs[j], h.runs[i] }
func (h *runHeap) Push(x any)         { h.runs = append(h.runs, x.(*run)) }
func (h *runHeap) Pop() any {
	r := h.runs[len(h.runs)-1]
	h.runs = h.runs[:len(h.runs)-1]
	return r
}
