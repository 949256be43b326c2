package web

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/factgraph/kg/queries"
)

// The part of the API kg adds for its own pages and for the changes it makes to
// Cayley's UI:
//
//	GET /api/kg/info                      {"writable": false, "resultLimit": 1000}
//	GET /api/kg/queries                   kg's saved queries, as kg query --list --json lists them, with their source
//	GET /api/kg/queries/{name}?P=V…&limit=N   one run: {"query", "columns", "view", "result", "truncated"}
//
// A saved query runs as kg query runs it (queries.Run: its parameters checked against
// its header, the same guard and prelude), within the server's time, memory and
// result limits.

// serveInfo answers /api/kg/info: what the UI shows of the server's settings.
func (s *handler) serveInfo(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"writable": s.cfg.Writable, "resultLimit": s.cfg.ResultLimit})
}

// savedQuery is a saved query as /api/kg/queries lists it: with its source, which the
// page of saved queries hands to the Visualize page.
type savedQuery struct {
	queries.Query
	Source string `json:"source"`
}

// serveSavedList answers /api/kg/queries.
func (s *handler) serveSavedList(w http.ResponseWriter, r *http.Request) {
	var list []savedQuery
	for _, q := range queries.List() {
		list = append(list, savedQuery{Query: q, Source: q.Source})
	}
	writeJSON(w, http.StatusOK, list)
}

// savedAnswer is the answer of one run of a saved query.
type savedAnswer struct {
	Query   string   `json:"query"`
	Columns []string `json:"columns"`
	View    string   `json:"view,omitempty"`
	Result  []any    `json:"result"`
	// Truncated is set when the query had more rows than the limit let through.
	Truncated bool `json:"truncated"`
}

// serveSaved answers /api/kg/queries/{name}: the query's parameters are the request's
// other query-string values (an empty one counts as not given), and ?limit= lowers the
// server's result limit. A parameter the query does not declare, or a bad value, is a
// 400 that says what the parameter allows; an unknown query a 404.
func (s *handler) serveSaved(w http.ResponseWriter, r *http.Request) {
	q, err := queries.Get(r.PathValue("name"))
	if err != nil {
		writeError(w, http.StatusNotFound, err)
		return
	}
	limit, err := s.limitFor(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	params := map[string]string{}
	for k, vs := range r.URL.Query() {
		switch {
		case k == "limit":
		case len(vs) > 1:
			writeError(w, http.StatusBadRequest, fmt.Errorf("%w: parameter %s given %d times", ErrBadQuery, k, len(vs)))
			return
		case vs[0] != "":
			params[k] = vs[0]
		}
	}
	rows, err := queries.Run(r.Context(), s.h.QuadStore, q.Source, queries.Options{
		Params: params, Limit: limit + 1, Timeout: s.cfg.QueryTimeout, MaxMemory: s.cfg.MaxMemory})
	if err != nil {
		writeError(w, savedStatus(err), s.savedError(err))
		return
	}
	a := savedAnswer{Query: q.Name, View: q.View, Result: rows}
	for _, c := range q.Columns {
		a.Columns = append(a.Columns, c.Name)
	}
	if len(rows) > limit {
		a.Result, a.Truncated = rows[:limit], true
		w.Header().Set(resultsHeader, "true")
	}
	writeJSON(w, http.StatusOK, a)
}

// savedStatus is the status of a saved query that failed: what the request asked is
// wrong (400), the query passed a bound (503, 507), or the saved query itself failed
// (500: kg's own script).
func savedStatus(err error) int {
	switch {
	case errors.Is(err, queries.ErrBadParam):
		return http.StatusBadRequest
	case errors.Is(err, queries.ErrTimeout):
		return http.StatusServiceUnavailable
	case errors.Is(err, queries.ErrMemoryLimit):
		return http.StatusInsufficientStorage
	}
	return http.StatusInternalServerError
}

// savedError says which of the server's bounds a saved query passed.
func (s *handler) savedError(err error) error {
	switch {
	case errors.Is(err, queries.ErrTimeout):
		return fmt.Errorf("%w: the server's limit for one query (kg serve --timeout)", err)
	case errors.Is(err, queries.ErrMemoryLimit):
		return fmt.Errorf("%w (kg serve --max-memory)", err)
	}
	return err
}
