package web

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	cayleyhttp "github.com/cayleygraph/cayley/server/http"
)

// ErrReadOnly is the answer to a write or delete when the handler was made without
// Config.Writable.
var ErrReadOnly = errors.New("the store is read-only: kg serve refuses writes and deletes unless it is started with kg serve --writable")

// serveWriteV2 passes /api/v2/write, /api/v2/delete and /api/v2/node/delete to
// Cayley's API when writes are allowed. The body (N-Quads by default, or the format its
// Content-Type names) is read in full first, and decompressed when it is gzip
// (Content-Encoding), so that a body over the limit, compressed or not, is answered
// 413 before anything is written.
func (s *handler) serveWriteV2(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.Writable {
		writeError(w, http.StatusForbidden, ErrReadOnly)
		return
	}
	data, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, statusFor(err), readError(err))
		return
	}
	if r.Header.Get("Content-Encoding") != "" {
		if data, err = s.decodeBody(r, data); err != nil {
			writeError(w, statusFor(err), err)
			return
		}
		r.Header.Del("Content-Encoding")
	}
	r.Body = io.NopCloser(bytes.NewReader(data))
	r.ContentLength = int64(len(data))
	s.api2.ServeHTTP(w, r)
}

// serveWriteV1 answers Cayley's v1 /api/v1/write and /api/v1/delete, whose body is a
// JSON array of {"subject", "predicate", "object", "label"}: the v2 endpoint with the
// JSON quad format.
func (s *handler) serveWriteV1(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.Writable {
		writeError(w, http.StatusForbidden, ErrReadOnly)
		return
	}
	r2 := r.Clone(r.Context())
	r2.URL.Path = "/api/v2/" + strings.TrimPrefix(r.URL.Path, "/api/v1/")
	r2.URL.RawPath = ""
	r2.Header.Set("Content-Type", "application/json")
	s.serveWriteV2(w, r2)
}

// ErrEncoding means a request body is compressed in a way kg does not read (415).
var ErrEncoding = errors.New("unsupported Content-Encoding: send the body as it is or gzip")

// decodeBody decompresses a gzip body (the one encoding Cayley's API reads), at most
// Config.MaxBody bytes of it: the limit is on what the body holds, not on what it
// weighs compressed.
func (s *handler) decodeBody(r *http.Request, data []byte) ([]byte, error) {
	specs := cayleyhttp.ParseAccept(r.Header, "Content-Encoding")
	switch {
	case len(specs) == 0 || specs[0].Value == "identity":
		return data, nil
	case specs[0].Value != "gzip" || len(specs) > 1:
		return nil, fmt.Errorf("%w (got %q)", ErrEncoding, r.Header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: read gzip body: %w", ErrBadQuery, err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, s.cfg.MaxBody+1))
	if err != nil {
		return nil, fmt.Errorf("%w: read gzip body: %w", ErrBadQuery, err)
	}
	if int64(len(out)) > s.cfg.MaxBody {
		return nil, readError(&http.MaxBytesError{Limit: s.cfg.MaxBody})
	}
	return out, nil
}
