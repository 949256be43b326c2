package extraction

import (
	"errors"
	"fmt"
	"sync"

	"github.com/factgraph/kg"
)

// Extract reads an article in six stages. Each stage is a function that takes what the
// stages before it found, so their order is the order of the calls in run:
//
//	sentences  readText       tokens, sentences and their kinds, datelines, clauses       text.go, sentences.go, places.go, clauses.go
//	entities   findEntities   the names, what each names and its type                      entities.go, names.go, nametypes.go,
//	                                                                                       firstwords.go, titles.go, orgs.go, resolve.go
//	quotes     findQuotes     who said what, and which words are quoted                    quotes.go, coref.go
//	events     findEvents     the article's main event: its type, place and date           events.go, dates.go, places.go
//	figures    findFigures    the numbers worth tracking, each with its measure, scope,    figures.go, quantities.go, counts.go,
//	                          source, event or subject, and the events that figures name    measures.go, numbers.go, attribution.go,
//	                          in passing                                                   amounts.go, amountverbs.go, scopes.go,
//	                                                                                       subjects.go
//	relations  findRelations  roles, actions and places that link entities                 relations.go, roles.go, links.go, ties.go,
//	                                                                                       places.go
//
// The text, the entities and the quotes are read-only for the stages after the one that
// makes them; the coreference that several stages share (who "he", "it" and "the
// official" are) works on the reader of coref.go. Word lists are data (data/*.txt, read
// by lexicon.go and wordlists.go; the common English words and proper names derived from
// SCOWL by scripts/english-words.sh, read by firstwords.go).

// StageError says that a stage of extraction failed on an article and lost what it
// would have found. It is an internal error (a bug, never the article's fault): the
// Extraction still holds what the other stages found.
type StageError struct {
	Stage string // sentences, entities, quotes, events, figures or relations
	Panic any    // what the stage panicked with
}

func (e *StageError) Error() string {
	lost := "its " + e.Stage
	switch e.Stage {
	case "sentences":
		lost = "everything"
	case "entities":
		lost = "its entities and everything read after them"
	}
	return fmt.Sprintf("extraction lost %s (internal error in the %s stage: %v)", lost, e.Stage, e.Panic)
}

// work holds one extraction's stages and their buffers, reused from article to article.
type work struct {
	doc      doc
	entities entitySet
	reader   reader
	events   eventSet
	dates    map[int32]string // the figures stage's dates of clauses
	strict   bool             // panics are not recovered (tests)
}

var workPool = sync.Pool{New: func() any { return new(work) }}

// maxPooledTokens bounds the work kept for reuse: the tables of one sized for a huge
// article (a 30 MB paragraph: some 6 million tokens, and as many entries in each
// per-token table) would otherwise stay in memory after it, one per loading goroutine.
const maxPooledTokens = 1 << 20

// Extract reads everything the extraction package knows how to read out of a:
// sentences, entities, relations, quotes, figures and events. It is pure and
// deterministic (the same article gives the same Extraction, in the same order), safe
// for concurrent use, and never panics. A stage that fails on the article (a bug)
// loses its own items, the others still come out, and the error, one *StageError a
// stage (errors.Join), says which were lost.
func Extract(a kg.Article) (*kg.Extraction, error) {
	x := &kg.Extraction{Article: a}
	w := workPool.Get().(*work)
	err := w.run(a, x)
	if err == nil && cap(w.doc.toks) <= maxPooledTokens {
		workPool.Put(w) // a work left half-way by a panic is not reused
	}
	return x, err
}

// run reads a into x, stage after stage.
func (w *work) run(a kg.Article, x *kg.Extraction) error {
	d := &w.doc
	if err := w.stage("sentences", func() { readText(d, a); x.Sentences = sentencesOf(d) }); err != nil {
		x.Sentences = nil
		return err
	}
	es := &w.entities
	if err := w.stage("entities", func() { findEntities(d, es) }); err != nil {
		return err // the later stages read the entities
	}
	rd := &w.reader
	rd.read(d, es)
	ev := &w.events
	var errs []error
	errs = append(errs, w.stage("quotes", func() { x.Quotes = findQuotes(rd) }))
	if err := w.stage("events", func() { findEvents(rd, ev) }); err != nil {
		ev.events, ev.eventSent = nil, ev.eventSent[:0]
		errs = append(errs, err)
	}
	if w.dates == nil {
		w.dates = map[int32]string{}
	}
	errs = append(errs, w.stage("figures", func() { x.Figures = findFigures(rd, ev, w.dates); markCorrections(x) }))
	errs = append(errs, w.stage("relations", func() { x.Relations = findRelations(rd, ev) }))
	x.Events = ev.events
	x.Entities = es.entities()
	return errors.Join(errs...)
}

// stage runs one stage. A panic in it is recovered and returned as a *StageError that
// names the stage, unless the work is strict (the fuzz tests'): then it goes through,
// so that it is seen.
func (w *work) stage(name string, step func()) (err error) {
	if !w.strict {
		defer func() {
			if r := recover(); r != nil {
				err = &StageError{Stage: name, Panic: r}
			}
		}()
	}
	step()
	return nil
}
