package loaders

import (
	"bytes"
	"fmt"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// NQuadsLoader reads N-Quads (and N-Triples) with cayleygraph/quad/nquads: the quads go
// to Result.Quads as they are, for the graph to write. Blank lines and # comments are
// skipped. A line that does not parse is an ErrSyntax naming the line; the other
// lines still load, so Read returns the good quads together with the error.
type NQuadsLoader struct{}

var _ Loader = NQuadsLoader{}

// Name is "nquads".
func (NQuadsLoader) Name() string { return "nquads" }

// Extensions are .nq, .nquads, .nt, .ntriples.
func (NQuadsLoader) Extensions() []string { return []string{".nq", ".nquads", ".nt", ".ntriples"} }

// Sniff claims text whose first statement opens with an IRI or blank node and ends
// with " .".
func (NQuadsLoader) Sniff(head []byte) bool {
	for len(head) > 0 {
		line := head
		i := bytes.IndexByte(head, '\n')
		if i >= 0 {
			line, head = head[:i], head[i+1:]
		} else {
			head = nil
			if len(line) == HeadSize {
				return false // cut short: cannot tell
			}
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		if !bytes.HasPrefix(line, []byte("<")) && !bytes.HasPrefix(line, []byte("_:")) {
			return false
		}
		if !bytes.HasSuffix(line, []byte(".")) {
			return false
		}
		_, err := nquads.Parse(string(line))
		return err == nil
	}
	return false
}

// Read returns the file's quads; see NQuadsLoader for bad lines.
func (NQuadsLoader) Read(path string, data []byte) (Result, error) {
	var res Result
	var errs recordErrors
	for lineNo, off := 1, 0; off < len(data); lineNo++ {
		end := bytes.IndexByte(data[off:], '\n')
		var line []byte
		if end < 0 {
			line, off = data[off:], len(data)
		} else {
			line, off = data[off:off+end], off+end+1
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		q, err := parseQuad(string(line))
		if err != nil {
			errs.add(fmt.Errorf("line %d: %w: %v", lineNo, ErrSyntax, err))
			continue
		}
		if !q.IsValid() {
			errs.add(fmt.Errorf("line %d: %w: incomplete quad", lineNo, ErrSyntax))
			continue
		}
		res.Quads = append(res.Quads, q)
	}
	if len(res.Quads) == 0 && errs.total == 0 {
		return res, ErrEmpty
	}
	return res, errs.err()
}

// parseQuad is nquads.Parse that turns a panic of the parser into an error.
func parseQuad(s string) (q quad.Quad, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parser failed: %v", r)
		}
	}()
	return nquads.Parse(s)
}
