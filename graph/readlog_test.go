package graph

import (
	"context"
	"reflect"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// TestValuesBatch: ValuesBatch gives what Cayley's ValuesOf gives for every ref of a
// store (each node and predicate, each quad, which is no value, a ref the store has not
// got, nil), on each key-value backend, after a replacement; it declines the memstore.
func TestValuesBatch(t *testing.T) {
	ctx := context.Background()
	for name, open := range backends(t) {
		if name == Postgres {
			continue
		}
		t.Run(name, func(t *testing.T) {
			s := replacedStore(t, open(t))
			qs := s.QuadStore()
			seen := map[any]bool{}
			var list []cgraph.Ref
			it := qs.QuadsAllIterator().Iterate()
			for it.Next(ctx) {
				if q, ok := it.Result().(*cproto.Primitive); ok {
					list = append(list, ckv.Int64Value(q.ID)) // a quad's ID: no value
				}
				for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
					r, err := qs.QuadDirection(it.Result(), d)
					if err != nil {
						t.Fatal(err)
					}
					if r != nil && !seen[refs.ToKey(r)] {
						seen[refs.ToKey(r)] = true
						list = append(list, r)
					}
				}
			}
			it.Close()
			list = append(list, nil, ckv.Int64Value(1<<40))
			got, ok, err := ValuesBatch(ctx, qs, list)
			if err != nil {
				t.Fatal(err)
			}
			if ok != (name != Memstore) {
				t.Fatalf("ValuesBatch answered %v", ok)
			}
			if !ok {
				return
			}
			want, err := cgraph.ValuesOf(ctx, qs, list)
			if err != nil {
				t.Fatal(err)
			}
			values := 0
			for i := range list {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Fatalf("ref %v: %#v, want %#v", list[i], got[i], want[i])
				}
				if want[i] != nil {
					values++
				}
			}
			if values < 50 || values == len(list) {
				t.Errorf("compared %d values of %d refs", values, len(list))
			}
		})
	}
}

// TestDecodeValue: decodeValue reads every kind of value as pquads.UnmarshalValue does.
func TestDecodeValue(t *testing.T) {
	for _, v := range []quad.Value{
		quad.String("Kofi Annan"), quad.String(""), quad.String("line one\nline two\t{\"a\":1}"),
		quad.IRI("https://factgraph.org/kg/entity/person/kofi-annan"), quad.BNode("b1"),
		quad.TypedString{Value: "3", Type: "xsd:int"}, quad.LangString{Value: "paix", Lang: "fr"},
		quad.Int(-7), quad.Float(2.5), quad.Bool(true), quad.Time(time.Date(2016, 3, 22, 9, 0, 0, 0, time.UTC)),
	} {
		b, err := pquads.MarshalValue(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeValue(b)
		if err != nil {
			t.Fatalf("%#v: %v", v, err)
		}
		want, _ := pquads.UnmarshalValue(b)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%#v: %#v, want %#v", v, got, want)
		}
	}
	// a string that is not UTF-8 is refused, as by the protobuf runtime
	if _, err := decodeValue([]byte{0x12, 0x01, 0xff}); err == nil {
		t.Error("bad UTF-8 read as a string")
	}
}
