package queries

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// parseRecordFunc is the name under which the prelude finds a JSON parser written in
// Go: the records of kg's row index are JSON, and a query over every row parses tens of
// thousands of them, where goja's JSON.parse (a token at a time through encoding/json)
// took a fifth of the time of `kg query sources --limit 0`. It makes the same values
// JSON.parse does; text it does not take it hands to JSON.parse, which throws as usual.
const parseRecordFunc = "__kgParseRecord"

// installRecordParser defines parseRecordFunc in vm.
func installRecordParser(vm *goja.Runtime) error {
	jsonParse, ok := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	if !ok {
		return nil // the prelude then uses JSON.parse itself
	}
	fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return parseJSON(vm, jsonParse, call.Argument(0).String(), call.Argument(0))
	})
	return vm.GlobalObject().DefineDataProperty(parseRecordFunc, fn, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// parseJSON makes the value of JSON text, as JSON.parse does: by jsonParser, or, text
// it does not take, by jsonParse (given arg, the text as the script has it, or text
// when arg is nil), which throws as usual.
func parseJSON(vm *goja.Runtime, jsonParse goja.Callable, text string, arg goja.Value) goja.Value {
	p := jsonParser{vm: vm, s: text}
	v, ok := p.value(0)
	if ok {
		p.space()
		ok = p.i == len(p.s)
	}
	if ok {
		return v
	}
	if arg == nil {
		arg = vm.ToValue(text)
	}
	v, err := jsonParse(goja.Undefined(), arg)
	if err != nil {
		panic(err)
	}
	return v
}

// maxJSONDepth is how deep jsonParser nests before it leaves the text to JSON.parse.
const maxJSONDepth = 200

// jsonParser reads one JSON value into goja values.
type jsonParser struct {
	vm *goja.Runtime
	s  string
	i  int
}

func (p *jsonParser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// value reads a value; ok is false for text that is not JSON (or nests too deep).
func (p *jsonParser) value(depth int) (goja.Value, bool) {
	p.space()
	if p.i >= len(p.s) || depth > maxJSONDepth {
		return nil, false
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		s, ok := p.str()
		if !ok {
			return nil, false
		}
		return p.vm.ToValue(s), true
	case c == 't':
		return p.word("true", p.vm.ToValue(true))
	case c == 'f':
		return p.word("false", p.vm.ToValue(false))
	case c == 'n':
		return p.word("null", goja.Null())
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	}
	return nil, false
}

func (p *jsonParser) word(w string, v goja.Value) (goja.Value, bool) {
	if len(p.s)-p.i >= len(w) && p.s[p.i:p.i+len(w)] == w {
		p.i += len(w)
		return v, true
	}
	return nil, false
}

func (p *jsonParser) object(depth int) (goja.Value, bool) {
	p.i++ // {
	o := p.vm.NewObject()
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return o, true
	}
	for {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return nil, false
		}
		k, ok := p.str()
		if !ok {
			return nil, false
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, false
		}
		p.i++
		v, ok := p.value(depth + 1)
		if !ok {
			return nil, false
		}
		// An own property, as JSON.parse makes it, even for "__proto__".
		if err := o.DefineDataProperty(k, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
			return nil, false
		}
		if done, ok := p.after('}'); !ok {
			return nil, false
		} else if done {
			return o, true
		}
	}
}

func (p *jsonParser) array(depth int) (goja.Value, bool) {
	p.i++ // [
	var vals []any
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return p.vm.NewArray(), true
	}
	for {
		v, ok := p.value(depth + 1)
		if !ok {
			return nil, false
		}
		vals = append(vals, v)
		if done, ok := p.after(']'); !ok {
			return nil, false
		} else if done {
			return p.vm.NewArray(vals...), true
		}
	}
}

// after reads what follows a member of an object or an array: a comma (more follow)
// or the closing mark (done). ok is false on anything else.
func (p *jsonParser) after(closing byte) (done, ok bool) {
	p.space()
	if p.i >= len(p.s) {
		return false, false
	}
	switch p.s[p.i] {
	case ',':
		p.i++
		return false, true
	case closing:
		p.i++
		return true, true
	}
	return false, false
}

// str reads a string; the text at p.i starts with its quote.
func (p *jsonParser) str() (string, bool) {
	p.i++ // "
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			s := p.s[start:p.i]
			p.i++
			return s, true
		case c == '\\':
			return p.escaped(start)
		case c < 0x20:
			return "", false
		}
		p.i++
	}
	return "", false
}

// escaped reads the rest of a string that has an escape, from start.
func (p *jsonParser) escaped(start int) (string, bool) {
	b := []byte(p.s[start:p.i])
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return string(b), true
		case c < 0x20:
			return "", false
		case c != '\\':
			b = append(b, c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.s) {
			return "", false
		}
		e := p.s[p.i+1]
		p.i += 2
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", false
			}
			if utf16.IsSurrogate(r) {
				// A pair makes one character; a lone half is kept by JavaScript, which
				// a Go string cannot hold: JSON.parse takes that text.
				if p.i+6 > len(p.s) || p.s[p.i] != '\\' || p.s[p.i+1] != 'u' {
					return "", false
				}
				p.i += 2
				r2, ok := p.hex4()
				if !ok {
					return "", false
				}
				if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
					return "", false
				}
			}
			b = utf8.AppendRune(b, r)
		default:
			return "", false
		}
	}
	return "", false
}

func (p *jsonParser) hex4() (rune, bool) {
	if p.i+4 > len(p.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(n), true
}

// number reads a number as JSON writes one.
func (p *jsonParser) number() (goja.Value, bool) {
	start := p.i
	if p.s[p.i] == '-' {
		p.i++
	}
	digits := func() int {
		n := 0
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	intStart := p.i
	if n := digits(); n == 0 || (n > 1 && p.s[intStart] == '0') {
		return nil, false
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return nil, false
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return nil, false
		}
	}
	f, err := strconv.ParseFloat(p.s[start:p.i], 64)
	if err != nil {
		return nil, false // out of range too: goja's JSON.parse refuses it
	}
	return p.vm.ToValue(f), true
}
