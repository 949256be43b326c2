package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/graphql"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"github.com/factgraph/kg/queries"
)

// Errors a query request can end with; each maps to one HTTP status.
var (
	// ErrQueryTimeout means a query ran past Config.QueryTimeout and was stopped (503).
	ErrQueryTimeout = errors.New("query timed out")
	// ErrBadQuery means the request cannot be run as asked: no or unknown language,
	// an empty query, a bad limit (400).
	ErrBadQuery = errors.New("bad query request")
)

// resultsHeader is set to "true" when a query had more results than it was allowed to
// return.
const resultsHeader = "X-Kg-Results-Truncated"

// serveQueryV2 answers /api/v2/query?lang=L[&limit=N], with the query in the body (POST)
// or in ?qu= (GET), as {"result": [...]}; Accept: application/ld+json asks for JSON-LD
// values where the language has them.
func (s *handler) serveQueryV2(w http.ResponseWriter, r *http.Request) {
	col := query.JSON
	if specs := cayleyhttp.ParseAccept(r.Header, "Accept"); len(specs) != 0 && specs[0].Value == "application/ld+json" {
		col = query.JSONLD
	}
	s.serveQuery(w, r, r.URL.Query().Get("lang"), col)
}

// serveQueryV1 answers /api/v1/query/{lang} as Cayley's v1 API did.
func (s *handler) serveQueryV1(w http.ResponseWriter, r *http.Request) {
	s.serveQuery(w, r, r.PathValue("lang"), query.JSON)
}

func (s *handler) serveQuery(w http.ResponseWriter, r *http.Request, langName string, col query.Collation) {
	lang, err := languageNamed(langName)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	limit, err := s.limitFor(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	text, ctx, cancel, ok := s.queryRequest(w, r)
	if !ok {
		return
	}
	defer cancel(nil)
	if lang.Name == graphql.Name {
		s.serveGraphQL(ctx, w, text, limit)
		return
	}
	results, truncated, err := s.runQuery(ctx, lang, text, limit, col)
	if err != nil {
		s.writeQueryError(w, err)
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(map[string]any{"result": results}); err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Errorf("encode results: %w", err))
		return
	}
	if col == query.JSONLD {
		w.Header().Set("Content-Type", "application/ld+json")
	} else {
		w.Header().Set("Content-Type", "application/json")
	}
	if truncated {
		w.Header().Set(resultsHeader, "true")
	}
	w.Write(buf.Bytes())
}

// runQuery runs text in lang with at most limit results, and reports whether there
// were more.
func (s *handler) runQuery(ctx context.Context, lang *query.Language, text string, limit int, col query.Collation) (results []any, truncated bool, err error) {
	it, err := s.startQuery(ctx, lang, text, limit+1, col)
	if err != nil {
		return nil, false, queryError(ctx, err)
	}
	defer it.Close()
	results = []any{}
	for len(results) <= limit && it.Next(ctx) {
		if res := it.Result(); res != nil {
			results = append(results, res)
		}
	}
	if err := it.Err(); err != nil {
		return nil, false, queryError(ctx, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, false, queryError(ctx, err)
	}
	if lang.Name != gizmo.Name {
		// MQL nests the nodes each result reaches, as many as there are.
		for i := range results {
			var cut bool
			results[i], cut = truncateLists(results[i], limit)
			truncated = truncated || cut
		}
	}
	if len(results) > limit {
		return results[:limit], true, nil
	}
	return results, truncated, nil
}

// startQuery starts text in lang with at most limit results. Gizmo runs as kg query
// runs it (queries.Start: the same guard, prelude and program, so that kg's short IRIs
// and helpers work without a call); the other languages run as Cayley runs them.
func (s *handler) startQuery(ctx context.Context, lang *query.Language, text string, limit int, col query.Collation) (query.Iterator, error) {
	if lang.Name == gizmo.Name {
		return queries.Start(ctx, s.h.QuadStore, text, queries.StartOptions{Limit: limit, Collation: col, MaxResultBytes: s.maxResultBytes()})
	}
	ses := lang.Session(s.h.QuadStore)
	opt := query.Options{Limit: limit, Collation: col}
	it, err := ses.Execute(ctx, text, opt)
	var unsupported *query.ErrUnsupportedCollation
	if errors.As(err, &unsupported) && col != query.JSON {
		// MQL and GraphQL have no JSON-LD; the UI asks every language for it.
		opt.Collation = query.JSON
		it, err = ses.Execute(ctx, text, opt)
	}
	return it, err
}

// queryRequest reads what every query request begins with, answering the request
// itself when it cannot: the query's text (see queryText) and the query's context (see
// queryContext), whose cancel the caller defers.
func (s *handler) queryRequest(w http.ResponseWriter, r *http.Request) (string, context.Context, context.CancelCauseFunc, bool) {
	text, err := queryText(r)
	if err != nil {
		writeError(w, statusFor(err), err)
		return "", nil, nil, false
	}
	ctx, cancel := s.queryContext(r)
	return text, ctx, cancel, true
}

// serveGraphQL answers a GraphQL query in GraphQL's form, {"data": …} or {"errors":
// […]}, as Cayley's API does, but within the server's limits: the query's time and
// memory (its context), and at most limit objects in any list of the answer (GraphQL's
// own "first" bounds a level only when the query says so).
func (s *handler) serveGraphQL(ctx context.Context, w http.ResponseWriter, text string, limit int) {
	type gqlError struct {
		Message string `json:"message"`
	}
	answer := func(data any, err error, truncated bool) {
		v := map[string]any{"data": data}
		if err != nil {
			v["errors"] = []gqlError{{Message: err.Error()}}
		}
		if truncated {
			w.Header().Set(resultsHeader, "true")
		}
		writeJSON(w, http.StatusOK, v)
	}
	q, err := graphql.Parse(strings.NewReader(text))
	if err != nil {
		answer(nil, err, false)
		return
	}
	data, err := q.Execute(ctx, s.h.QuadStore)
	if ctx.Err() != nil {
		s.writeQueryError(w, queryError(ctx, ctx.Err()))
		return
	}
	if err != nil {
		answer(nil, err, false)
		return
	}
	out, truncated := truncateLists(data, limit)
	answer(out, nil, truncated)
}

// truncateLists cuts every list in v (the answer of an MQL or GraphQL query) to at
// most limit items, and reports whether it cut any.
func truncateLists(v any, limit int) (any, bool) {
	cut := false
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			var c bool
			x[k], c = truncateLists(e, limit)
			cut = cut || c
		}
	case []any:
		if len(x) > limit {
			x, cut = x[:limit], true
		}
		for i, e := range x {
			var c bool
			x[i], c = truncateLists(e, limit)
			cut = cut || c
		}
		return x, cut
	case []map[string]any:
		if len(x) > limit {
			x, cut = x[:limit], true
		}
		for _, e := range x {
			if _, c := truncateLists(e, limit); c {
				cut = true
			}
		}
		return x, cut
	}
	return v, cut
}

// queryError tells a query that ran out of time or memory from one that failed, and
// says where a script failed.
func queryError(ctx context.Context, err error) error {
	cause := context.Cause(ctx)
	switch {
	case errors.Is(cause, context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded):
		return ErrQueryTimeout
	case errors.Is(cause, queries.ErrMemoryLimit):
		return queries.ErrMemoryLimit
	}
	return queries.Explain(err)
}

// releaseWait is how long, at most, the answer to a query stopped for memory waits for
// the memory the query took to be free (queries.AwaitRelease).
const releaseWait = 3 * time.Second

// writeQueryError answers with a failed query's error; a timeout or a memory stop says
// what the limit is.
func (s *handler) writeQueryError(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, ErrQueryTimeout):
		err = fmt.Errorf("%w: stopped after %v, the server's limit for one query (kg serve --timeout)", ErrQueryTimeout, s.cfg.QueryTimeout)
	case errors.Is(err, queries.ErrMemoryLimit):
		// answer once the stopped script's memory is free, so that the client's next
		// query is not stopped for it
		queries.AwaitRelease(s.cfg.MaxMemory, releaseWait)
		err = fmt.Errorf("%w: the server's heap passed %s, its bound for queries (kg serve --max-memory)", queries.ErrMemoryLimit, queries.Bytes(s.cfg.MaxMemory))
	}
	writeError(w, statusFor(err), err)
}

// readError explains a failed read of a request body.
func readError(err error) error {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return fmt.Errorf("%w: %w", tooLarge(tooBig.Limit), err)
	}
	return fmt.Errorf("read request body: %w", err)
}

func statusFor(err error) int {
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, ErrEncoding):
		return http.StatusUnsupportedMediaType
	case errors.Is(err, ErrQueryTimeout):
		return http.StatusServiceUnavailable
	case errors.Is(err, queries.ErrMemoryLimit):
		return http.StatusInsufficientStorage
	}
	return http.StatusBadRequest
}

// queryContext is the context of one query: it ends at the server's time limit, when
// the heap passes the server's bound for queries (with queries.ErrMemoryLimit as its
// cause), when the client goes away, and when cancel is called.
func (s *handler) queryContext(r *http.Request) (context.Context, context.CancelCauseFunc) {
	ctx, cancelTime := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	ctx, cancel := context.WithCancelCause(ctx)
	release := queries.WatchMemory(s.cfg.MaxMemory, cancel)
	return ctx, func(cause error) {
		release()
		cancel(cause)
		cancelTime()
	}
}

// maxResultBytes is the most a script may emit: an eighth of the memory bound.
func (s *handler) maxResultBytes() int64 {
	return max(s.cfg.MaxMemory/8, 0)
}

// queryLanguages are the languages the UI offers and kg serves.
var queryLanguages = []string{"gizmo", "graphql", "mql"}

func languageNamed(name string) (*query.Language, error) {
	if name == "" {
		return nil, fmt.Errorf("%w: no query language: add ?lang=gizmo (or graphql, mql)", ErrBadQuery)
	}
	if !slices.Contains(queryLanguages, name) {
		return nil, fmt.Errorf("%w: unknown query language %q: use gizmo, graphql or mql", ErrBadQuery, name)
	}
	lang := query.GetLanguage(name)
	if lang == nil {
		return nil, fmt.Errorf("%w: query language %q is not registered", ErrBadQuery, name)
	}
	return lang, nil
}

// limitFor is the server's result limit, lowered by ?limit= when the request asks.
func (s *handler) limitFor(r *http.Request) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return s.cfg.ResultLimit, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%w: limit %q is not a positive whole number", ErrBadQuery, v)
	}
	return min(n, s.cfg.ResultLimit), nil
}

// queryText is the query in ?qu= for GET, and the body otherwise.
func queryText(r *http.Request) (string, error) {
	var text string
	if r.Method == http.MethodGet {
		text = r.URL.Query().Get("qu")
	} else {
		data, err := io.ReadAll(r.Body)
		if err != nil {
			return "", readError(err)
		}
		text = string(data)
	}
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("%w: the query is empty", ErrBadQuery)
	}
	return text, nil
}
