package queries

import (
	"slices"
	"strings"

	"github.com/dop251/goja"
)

// rowObject is a row as rowsFunc gives it to a script: what the prelude's splitRow
// makes, {k: the keys, raw: the row, json: the record, kind}, whose values are made when
// first read. A row's record is most of it (hundreds of characters of JSON), and most
// rows a query reads are filtered or grouped on their keys and never printed: their
// text is never copied into the script's strings. It holds whatever else a script
// sets on it (r.rec, r.event…) as a plain object does, after its four own properties.
type rowObject struct {
	vm      *goja.Runtime
	line    string
	kind    goja.Value
	k, raw  goja.Value
	json    goja.Value
	extra   map[string]goja.Value
	order   []string        // the keys of extra, in the order they were set
	gone    map[string]bool // own properties deleted
	jsonSet bool            // the script set json: the record is no longer the row's
	kSet    bool            // the script set k: the keys are no longer the row's
	rawSet  bool            // the script set raw
}

// record is the text of the row's record, and false when the script has set json.
func (r *rowObject) record() (string, bool) {
	if r.jsonSet || r.gone["json"] {
		return "", false
	}
	return r.line[strings.LastIndexByte(r.line, '\t')+1:], true
}

var _ goja.DynamicObject = (*rowObject)(nil)

// rowOwnKeys are a row's own properties, in splitRow's order.
var rowOwnKeys = []string{"k", "raw", "json", "kind"}

func (r *rowObject) own(key string) bool {
	return (key == "k" || key == "raw" || key == "json" || key == "kind") && !r.gone[key]
}

// keys makes the keys: the row's fields between tabs but the last, the record (only
// the keys: a record becomes a JavaScript string when the script reads json).
func (r *rowObject) keys() goja.Value {
	if r.k == nil {
		var keys []any
		if cut := strings.LastIndexByte(r.line, '\t'); cut >= 0 {
			for _, k := range strings.Split(r.line[:cut], "\t") {
				keys = append(keys, k)
			}
		}
		r.k = r.vm.NewArray(keys...)
	}
	return r.k
}

func (r *rowObject) Get(key string) goja.Value {
	if !r.own(key) {
		return r.extra[key]
	}
	switch key {
	case "k":
		return r.keys()
	case "json":
		if r.json == nil {
			r.json = r.vm.ToValue(r.line[strings.LastIndexByte(r.line, '\t')+1:])
		}
		return r.json
	case "raw":
		if r.raw == nil {
			r.raw = r.vm.ToValue(r.line)
		}
		return r.raw
	}
	return r.kind
}

func (r *rowObject) Set(key string, val goja.Value) bool {
	if r.own(key) || r.gone[key] {
		delete(r.gone, key)
		switch key {
		case "k":
			r.k, r.kSet = val, true
		case "json":
			r.json, r.jsonSet = val, true
		case "raw":
			r.raw, r.rawSet = val, true
		default:
			r.kind = val
		}
		return true
	}
	if r.extra == nil {
		r.extra = map[string]goja.Value{}
	}
	if _, ok := r.extra[key]; !ok {
		r.order = append(r.order, key)
	}
	r.extra[key] = val
	return true
}

func (r *rowObject) Has(key string) bool {
	if r.own(key) {
		return true
	}
	_, ok := r.extra[key]
	return ok
}

func (r *rowObject) Delete(key string) bool {
	if r.own(key) {
		if r.gone == nil {
			r.gone = map[string]bool{}
		}
		r.gone[key] = true
		return true
	}
	if _, ok := r.extra[key]; ok {
		delete(r.extra, key)
		r.order = slices.DeleteFunc(r.order, func(k string) bool { return k == key })
	}
	return true
}

func (r *rowObject) Keys() []string {
	keys := make([]string, 0, len(rowOwnKeys)+len(r.order))
	for _, k := range rowOwnKeys {
		if r.own(k) {
			keys = append(keys, k)
		}
	}
	return append(keys, r.order...)
}
