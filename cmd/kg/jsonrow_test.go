package main

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
)

// TestRowEncoderAsEncodingJSON: rowEncoder writes every kind of value a row holds as
// encoding/json does (HTML unescaped): escapes, invalid UTF-8, line separators, numbers
// either side of the exponent cutoffs, nested objects and arrays, nil ones, a named map
// type, and a struct it hands to encoding/json.
func TestRowEncoderAsEncodingJSON(t *testing.T) {
	type named map[string]any
	type tally struct {
		Entity  string `json:"entity"`
		Reports int    `json:"reports"`
	}
	rows := []any{
		map[string]any{
			"text": "He said \"no\" \\ <b>&</b>\n\r\t\b\f\x00\x1f\x7f", "bad": "a\xffb\xc3", "sep": "a\u2028b\u2029c",
			"unicode": "Zürich — 東京 😀", "": "empty key", "zeta": nil, "alpha": true, "off": false,
		},
		map[string]any{"n": int64(-42), "i": 7, "f": 0.5, "big": 1e21, "below": 1e20, "tiny": 1e-7, "small": 1e-6,
			"neg": -2.5e-9, "zero": 0.0, "negzero": math.Copysign(0, -1), "third": 1.0 / 3, "max": math.MaxFloat64},
		map[string]any{"list": []any{"a", int64(1), []any{}, map[string]any{}, nil}, "nilList": []any(nil),
			"nilMap": map[string]any(nil), "named": named{"b": 1.5, "a": "x"}, "tally": []tally{{"kg:entity/person/x", 3}},
			"strs": []string{"x", "<y>"}},
		named{"z": "last", "a": []any{named{"k": "v"}}},
		"a bare string", nil, 12.0, []any{"x"},
	}
	for _, r := range rows {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		got, err := newRowEncoder().appendRow(nil, r)
		if err != nil {
			t.Fatal(err)
		}
		if w := bytes.TrimSuffix(want.Bytes(), []byte("\n")); !bytes.Equal(got, w) {
			t.Errorf("row %v:\n got %s\nwant %s", r, got, w)
		}
	}
	if _, err := newRowEncoder().appendRow(nil, map[string]any{"nan": math.NaN()}); err == nil {
		t.Error("NaN written")
	}
}

// BenchmarkRowJSON: a row of figures' 20 columns (invented), by rowEncoder and by
// encoding/json as kg wrote rows before.
func BenchmarkRowJSON(b *testing.B) {
	row := map[string]any{"event": "Earthquake in Taiwan, 2016-02-06", "eventId": "kg:event/earthquake-taiwan-2016-02-06",
		"measure": "killed", "value": int64(37), "unit": nil, "qualifier": "at least", "source": "the fire department",
		"place": "Tainan", "publisher": "Example Wire", "published": "2016-02-07T04:05:00Z", "superseded": nil, "asOf": nil,
		"article": "kg:article/example-wire-2016-02-07-quake", "path": "news-2016/2016-02/example-wire-quake.md",
		"title": "Toll rises after quake topples tower", "url": "https://example.com/2016/02/07/quake",
		"text": "At least 37 people were killed when the tower fell, the fire department said on Sunday.", "day": "2016-02-07",
		"offset": 1234.0, "kind": "figure"}
	b.Run("rowEncoder", func(b *testing.B) {
		e, buf := newRowEncoder(), []byte(nil)
		for b.Loop() {
			var err error
			if buf, err = e.appendRow(buf[:0], row); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			buf.Reset()
			if err := enc.Encode(row); err != nil {
				b.Fatal(err)
			}
		}
	})
}
