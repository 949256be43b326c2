package main

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand"
	"reflect"
	"testing"

	"github.com/factgraph/kg"
)

// fillRandom sets every field of v (a pointer) by reflection: strings from a set of
// awkward ones, pointers and slices nil, empty or filled, booleans, ints, floats either
// side of encoding/json's exponent cutoffs. A field added to the contract later is
// filled too, so the test fails until appendExtractionJSON writes it.
func fillRandom(rng *rand.Rand, v reflect.Value) {
	strs := []string{"", "plain", "He said \"no\" \\ <b>&</b>", "tab\tnew\nline\r\x00\x1f\x7f", "bad \xff\xc3",
		"sep \u2028 \u2029", "Zürich — 東京 😀", "kg:entity/person/jo_park"}
	floats := []float64{0, math.Copysign(0, -1), 1, -2.5, 1.0 / 3, 1e20, 1e21, 1e-6, 1e-7, -2.5e-9, 123456789.125, math.MaxFloat64, 3e100}
	switch v.Kind() {
	case reflect.String:
		v.SetString(strs[rng.Intn(len(strs))])
	case reflect.Bool:
		v.SetBool(rng.Intn(2) == 0)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(rng.Intn(2000) - 1000))
	case reflect.Float64:
		v.SetFloat(floats[rng.Intn(len(floats))])
	case reflect.Pointer:
		if rng.Intn(3) > 0 {
			p := reflect.New(v.Type().Elem())
			fillRandom(rng, p.Elem())
			v.Set(p)
		}
	case reflect.Slice:
		switch n := rng.Intn(5); n {
		case 0: // nil
		default:
			s := reflect.MakeSlice(v.Type(), n-1, n-1)
			for i := 0; i < s.Len(); i++ {
				fillRandom(rng, s.Index(i))
			}
			v.Set(s)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fillRandom(rng, v.Field(i))
		}
	default:
		panic("fillRandom: no case for " + v.Kind().String())
	}
}

// TestExtractionJSONAsEncodingJSON: appendExtractionJSON writes what encoding/json
// (HTML unescaped) writes for thousands of randomly filled extractions, and refuses a
// figure that is not finite as encoding/json does.
func TestExtractionJSONAsEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	for i := 0; i < 3000; i++ {
		var j kg.ExtractionJSON
		fillRandom(rng, reflect.ValueOf(&j).Elem())
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(j); err != nil {
			t.Fatal(err)
		}
		got, ok := appendExtractionJSON([]byte("x"), &j)
		if !ok || string(got) != "x"+want.String() {
			t.Fatalf("appendExtractionJSON (ok %v):\n%s\nencoding/json:\n%s", ok, got, want.String())
		}
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		j := kg.ExtractionJSON{Figures: []kg.FigureJSON{{Value: 1}, {Value: v}}}
		if got, ok := appendExtractionJSON([]byte("x"), &j); ok || string(got) != "x" {
			t.Errorf("value %v: appendExtractionJSON = %q, %v; want nothing, false", v, got, ok)
		}
	}
}

func BenchmarkExtractionJSON(b *testing.B) {
	rng := rand.New(rand.NewSource(5))
	var j kg.ExtractionJSON
	for len(j.Figures) < 3 || len(j.Entities) < 3 {
		j = kg.ExtractionJSON{}
		fillRandom(rng, reflect.ValueOf(&j).Elem())
	}
	var buf []byte
	b.Run("append", func(b *testing.B) {
		for b.Loop() {
			buf, _ = appendExtractionJSON(buf[:0], &j)
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		var out bytes.Buffer
		enc := json.NewEncoder(&out)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			out.Reset()
			enc.Encode(j)
		}
	})
}
