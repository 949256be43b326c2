package graph

import (
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// linker decides, as each article is written, which stored entities its own are: a
// surname alone ("Assad") is the one person of that surname another report named in
// full, an acronym ("AP") the one organization another report gave it to.
//
// It reads the store through the small indexes written with every article (a person's
// surname, an organization's names) one key at a time, and remembers what it read and
// what it staged since, so that linking one more article costs the same whether the
// store holds ten articles or ten thousand.
type linker struct {
	s *Store

	surnames *lookups // "annan" → stored people whose full name has that surname
	acronyms *lookups // "AP" → stored organizations named or aliased so
}

func newLinker(s *Store) *linker {
	l := &linker{s: s}
	l.surnames = newLookups(func(key string) ([]quad.IRI, error) {
		return l.storedSubjects([]quad.IRI{schema.HasSurname}, key, "")
	})
	l.acronyms = newLookups(func(name string) ([]quad.IRI, error) {
		return l.storedSubjects([]quad.IRI{schema.Alias, schema.Name}, name, "/"+schema.KindEntity+"/organization/")
	})
	return l
}

// reset forgets everything; it is read again from the store when needed.
func (l *linker) reset() {
	l.surnames.reset()
	l.acronyms.reset()
}

// committed tells the linker that the staged articles were written.
func (l *linker) committed() {
	l.surnames.committed()
	l.acronyms.committed()
	if l.s.shared() {
		// Other processes may write to a shared SQL store: read it afresh.
		l.reset()
	}
}

// storedSubjects returns the entities that have one of the predicates with the value,
// whose IRI contains within ("" for any).
func (l *linker) storedSubjects(preds []quad.IRI, value, within string) ([]quad.IRI, error) {
	var out []quad.IRI
	for _, p := range preds {
		subs, err := l.s.subjects(p, quad.String(value))
		if err != nil {
			return nil, err
		}
		for _, v := range subs {
			if iri, ok := v.(quad.IRI); ok && strings.Contains(string(iri), within) {
				out = addIRI(out, iri)
			}
		}
	}
	return out, nil
}

// lookups caches a key → entities index of the store, and adds the entities of the
// articles staged but not yet written.
type lookups struct {
	read   func(key string) ([]quad.IRI, error)
	stored map[string][]quad.IRI
	staged map[string][]quad.IRI
}

func newLookups(read func(string) ([]quad.IRI, error)) *lookups {
	l := &lookups{read: read}
	l.reset()
	return l
}

func (l *lookups) reset() {
	l.stored = map[string][]quad.IRI{}
	l.staged = map[string][]quad.IRI{}
}

// get returns the entities of key, stored or staged.
func (l *lookups) get(key string) ([]quad.IRI, error) {
	out, ok := l.stored[key]
	if !ok {
		var err error
		if out, err = l.read(key); err != nil {
			return nil, err
		}
		l.stored[key] = out
	}
	for _, iri := range l.staged[key] {
		out = addIRI(out, iri)
	}
	return out, nil
}

// stage notes an entity of a staged article under key.
func (l *lookups) stage(key string, iri quad.IRI) { l.staged[key] = addIRI(l.staged[key], iri) }

// committed: the staged entities are stored now, and the next lookup of their keys
// reads them from the store.
func (l *lookups) committed() {
	for k := range l.staged {
		delete(l.stored, k)
	}
	l.staged = map[string][]quad.IRI{}
}

func addIRI(list []quad.IRI, v quad.IRI) []quad.IRI {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list[:len(list):len(list)], v)
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// entityLinks is the resolution of one article's entities.
type entityLinks struct {
	entities map[string]quad.IRI // entity name → node
	merges   []quad.Quad
}

// Entity implements schema.Links.
func (c *entityLinks) Entity(e kg.Entity) quad.IRI {
	if iri, ok := c.entities[e.Name]; ok {
		return iri
	}
	return schema.OwnLinks{}.Entity(e)
}

// links resolves the article's entities against the store, and returns the quads that
// record each name it took for an entity another report named.
func (l *linker) links(x *kg.Extraction) (*entityLinks, error) {
	cur := &entityLinks{entities: map[string]quad.IRI{}}
	for _, e := range x.Entities {
		own := schema.OwnLinks{}.Entity(e)
		iri := own
		key := schema.NameKey(e.Name)
		var candidates []quad.IRI
		var method string
		var err error
		switch {
		case e.Type == kg.Person && key != "" && !strings.Contains(key, " "):
			candidates, err = l.surnames.get(key)
			method = "surname of a person named in full in another report"
		case e.Type == kg.Organization && isAcronym(e.Name):
			candidates, err = l.acronyms.get(e.Name)
			method = "acronym another report gives for this organization"
		}
		if err != nil {
			return nil, err
		}
		if len(candidates) == 1 && candidates[0] != own {
			iri = candidates[0]
			cur.merges = append(cur.merges, schema.MergeQuads(x.Article.ID, e.Name, iri, method)...)
		}
		cur.entities[e.Name] = iri
		// What later articles of this batch must find (the store will have it once the
		// batch is written).
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			switch {
			case e.Type == kg.Person:
				if sn := schema.Surname(n); sn != "" {
					l.surnames.stage(sn, iri)
				}
			case e.Type == kg.Organization && isAcronym(n):
				l.acronyms.stage(n, iri)
			}
		}
	}
	return cur, nil
}
