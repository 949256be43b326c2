package web

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"strings"
)

// ErrReadOnly is the answer to a write or delete when the handler was made without
// Config.Writable.
var ErrReadOnly = errors.New("the store is read-only: kg serve refuses writes and deletes unless it is started with kg serve --writable")

// serveWriteV2 passes /api/v2/write, /api/v2/delete and /api/v2/node/delete to
// Cayley's API when writes are allowed. The body (N-Quads by default, or the format its
// Content-Type names) is read in full first, so that a body over the limit is answered
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
