package queries

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// sourceRowsFunc(rows, claim, source, publisher, columns) is the prelude's sourceRows
// in Go: for claim rows of rowsFunc (figures, quotes, relations), the rows `sources`
// prints, {kind, claim, source, publisher, published, article, path, text}: the claim
// in words, who the report attributes it to, the outlet and the article's file, for
// the rows whose claim or sentence contains claim, whose source contains source and
// whose outlet contains publisher (each ignoring case; an empty one keeps all). Each is
// a resultRow that emit hands to Gizmo as it is. `sources --limit 0` prints 46,000
// such rows: in JavaScript, parsing each record into an object, building the claim,
// picking the columns and copying them for Gizmo took about a third of its time.
//
// It returns false, and the prelude does it in JavaScript, when a row is not one
// rowsFunc made with its record untouched, a record does not hold what the prelude
// reads as kg writes it (strings, a number for a figure's value), or columns names a
// field it does not make.
const sourceRowsFunc = "__kgSourceRows"

// resultRowFunc(o) tells emit whether o is a resultRow, which holds the script's
// columns already.
const resultRowFunc = "__kgResultRow"

// resultRow is a result row made in Go: each column of the script's header, null for
// an empty or missing value, as the prelude's pick makes it. Its JSON is that of the
// object pick makes (encoding/json sorts a map's keys either way). Results leave the
// queries package as map[string]any (see plainResult).
type resultRow map[string]any

var resultRowType = reflect.TypeOf(resultRow(nil))

// guardSize is what the guard's copier counts for the object pick makes: the object,
// and each key and value.
func (r resultRow) guardSize() (values int, bytes int64) {
	values = 1 + len(r)
	bytes = 8 * int64(values)
	for k, v := range r {
		bytes += int64(len(k))
		if s, ok := v.(string); ok {
			bytes += int64(len(s))
		}
	}
	return values, bytes
}

// plainResult is a result as the callers of Run and Stream get it: a resultRow as the
// plain map a script's object exports to.
func plainResult(v any) any {
	if r, ok := v.(resultRow); ok {
		return map[string]any(r)
	}
	return v
}

// sourceFields are the fields sourceRowsFunc makes.
var sourceFields = map[string]bool{"kind": true, "claim": true, "source": true, "publisher": true,
	"published": true, "article": true, "path": true, "text": true}

// claimRecord is what sourceRowsFunc reads of a claim's record. A nil field is one the
// record has not got (JavaScript's undefined).
type claimRecord struct {
	Qualifier *string          `json:"qualifier"`
	Value     *json.RawMessage `json:"value"`
	Unit      *string          `json:"unit"`
	Measure   *string          `json:"measure"`
	Speaker   *string          `json:"speaker"`
	Subject   *string          `json:"subject"`
	Predicate *string          `json:"predicate"`
	Object    *string          `json:"object"`
	Source    *string          `json:"source"`
	Text      *string          `json:"text"`
	Publisher *string          `json:"publisher"`
	Published *string          `json:"published"`
	Article   *string          `json:"article"`
}

// sourceRows is sourceRowsFunc.
func (h *helpers) sourceRows(call goja.FunctionCall) goja.Value {
	no := h.vm.ToValue(false)
	arr, ok := call.Argument(0).(*goja.Object)
	if !ok || arr.ClassName() != "Array" {
		return no
	}
	want := [3]string{}
	for i := range want {
		if a := call.Argument(i + 1); !goja.IsUndefined(a) && !goja.IsNull(a) {
			want[i] = a.String()
		}
	}
	var columns []string
	if err := h.vm.ExportTo(call.Argument(4), &columns); err != nil || len(columns) == 0 {
		return no
	}
	for _, c := range columns {
		if !sourceFields[c] {
			return no
		}
	}
	n := int(arr.Get("length").ToInteger())
	recs := make([]claimRecord, n)
	kinds := make([]string, n)
	for i := range recs {
		o, ok := arr.Get(strconv.Itoa(i)).(*goja.Object)
		if !ok {
			return no
		}
		r, ok := o.Export().(*rowObject)
		if !ok || len(r.extra) > 0 {
			return no
		}
		text, ok := r.record()
		// A lone surrogate (\ud800) is kept by JSON.parse and not by encoding/json.
		if !ok || strings.Contains(text, `\ud`) || strings.Contains(text, `\uD`) {
			return no
		}
		if json.Unmarshal([]byte(text), &recs[i]) != nil {
			return no
		}
		kinds[i] = r.Get("kind").String()
		if kinds[i] == "eventFigure" {
			kinds[i] = "figure"
		}
		if !complete(&recs[i], kinds[i]) {
			return no
		}
	}
	out := make([]any, 0, n)
	for i := range recs {
		c, kind := &recs[i], kinds[i]
		claim := claimWords(h.vm, c, kind)
		source := c.Source
		if kind == "quote" {
			source = c.Speaker
		}
		if want[0] != "" && !h.contains(&claim, want[0]) && !h.contains(c.Text, want[0]) {
			continue
		}
		if !h.contains(source, want[1]) || !h.contains(c.Publisher, want[2]) {
			continue
		}
		path, ok := h.articlePath(c.Article)
		if !ok {
			return no
		}
		fields := map[string]*string{"kind": &kind, "claim": &claim, "source": source, "publisher": c.Publisher,
			"published": c.Published, "article": c.Article, "path": path, "text": c.Text}
		row := make(resultRow, len(columns))
		for _, col := range columns {
			if p := fields[col]; p != nil && *p != "" {
				row[col] = *p
			} else {
				row[col] = nil
			}
		}
		out = append(out, row)
	}
	return h.vm.ToValue(out)
}

// articlePath is the path of the article whose short IRI is id, as the prelude's
// article(id).path gives it (nil for none), and false when its record is not JSON
// with a string path.
func (h *helpers) articlePath(id *string) (*string, bool) {
	if id == nil || *id == "" {
		return nil, true
	}
	if p, ok := h.articlePaths[*id]; ok {
		return p, true
	}
	var a struct {
		Path *string `json:"path"`
	}
	if text, ok := h.articleRecord(*id); ok {
		if json.Unmarshal([]byte(text), &a) != nil {
			return nil, false
		}
	}
	if h.articlePaths == nil {
		h.articlePaths = map[string]*string{}
	}
	h.articlePaths[*id] = a.Path
	return a.Path, true
}

// complete reports whether a record holds what the prelude reads of a claim of kind
// to make its words, where JavaScript would print "undefined".
func complete(c *claimRecord, kind string) bool {
	switch kind {
	case "figure":
		if c.Value == nil || c.Measure == nil || len(*c.Value) == 0 || (*c.Value)[0] != '-' && ((*c.Value)[0] < '0' || (*c.Value)[0] > '9') {
			return false // a number, not a string, null or anything else
		}
		_, err := strconv.ParseFloat(string(*c.Value), 64)
		return err == nil
	case "quote":
		return c.Text != nil
	}
	return c.Subject != nil && c.Predicate != nil && c.Object != nil
}

// claimWords is a claim in words as the prelude's sourceRows writes it: a figure as
// its qualifier, value, unit and measure ("about 40 people killed"), a quote in
// quotation marks, anything else as subject, predicate and object.
func claimWords(vm *goja.Runtime, c *claimRecord, kind string) string {
	switch kind {
	case "figure":
		var b strings.Builder
		if c.Qualifier != nil && *c.Qualifier != "" {
			b.WriteString(*c.Qualifier + " ")
		}
		f, _ := strconv.ParseFloat(string(*c.Value), 64) // complete made sure of it
		b.WriteString(vm.ToValue(f).String())            // JavaScript's way with numbers
		if c.Unit != nil && *c.Unit != "" {
			b.WriteString(" " + *c.Unit)
		}
		b.WriteString(" " + *c.Measure)
		return b.String()
	case "quote":
		return "\u201c" + *c.Text + "\u201d"
	}
	return *c.Subject + " " + *c.Predicate + " " + *c.Object
}

// contains is the prelude's contains(s, pattern): whether s contains pattern, ignoring
// case; an empty pattern matches all, a missing s none. ASCII is compared here; other
// text by the prelude's own function (JavaScript's toLowerCase differs from Go's on
// a few letters).
func (h *helpers) contains(s *string, pattern string) bool {
	if pattern == "" {
		return true
	}
	if s == nil {
		return false
	}
	if isASCII(*s) && isASCII(pattern) {
		return strings.Contains(strings.ToLower(*s), strings.ToLower(pattern))
	}
	fn, ok := goja.AssertFunction(h.vm.Get("contains"))
	if !ok {
		return strings.Contains(strings.ToLower(*s), strings.ToLower(pattern))
	}
	v, err := fn(goja.Undefined(), h.vm.ToValue(*s), h.vm.ToValue(pattern))
	if err != nil {
		panic(err)
	}
	return v.ToBoolean()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// resultRowOf is resultRowFunc.
func (h *helpers) resultRowOf(call goja.FunctionCall) goja.Value {
	o, ok := call.Argument(0).(*goja.Object)
	return h.vm.ToValue(ok && o.ExportType() == resultRowType)
}
