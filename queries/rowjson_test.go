package queries

import (
	"testing"

	"github.com/dop251/goja"
)

// TestRecordParser holds the Go parser of row records to JSON.parse: the same values
// for JSON, the same error for what is not.
func TestRecordParser(t *testing.T) {
	vm := goja.New()
	if err := installRecordParser(vm); err != nil {
		t.Fatal(err)
	}
	same := `(function (s) {
	  var a = __kgParseRecord(s), b = JSON.parse(s);
	  var ka = a !== null && typeof a === "object" ? Object.keys(a).join() : "", kb = b !== null && typeof b === "object" ? Object.keys(b).join() : "";
	  return JSON.stringify(a) === JSON.stringify(b) && ka === kb && typeof a === typeof b && (a === null || typeof a !== "object" || Object.getPrototypeOf(a) === Object.getPrototypeOf(b));
	})`
	check, err := vm.RunString(same)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(check)
	for _, text := range []string{
		`{"event":"kg:event/earthquake/taiwan/tainan/2016-02-06","value":12,"low":1.5e3,"high":-0.25,"ok":true,"no":false,"none":null}`,
		`{"text":"\u201cWe are searching,\u201d he said \"loudly\" \\ \/ \b\f\n\r\t","emoji":"\ud83d\ude00 caf\u00e9 東京"}`,
		`{"list":[1,[2,[3,{"a":[]}]],{}],"empty":"","nested":{"x":{"y":{"z":"deep"}}}}`,
		`{"__proto__":{"polluted":1},"2":"two","1":"one","b":1,"a":2,"b":3}`,
		` [ 1 , 2 ,"x" ] `, `"a string"`, `123`, `-0`, `1e400`, `null`, `true`,
		"{\"raw\":\"tab\there\"}", `{"a":1,}`, `{"a" 1}`, `[1 2]`, `01`, `{"a":"\ud800"}`, `{"a":"\x"}`, ``, `{`, `{"a":1} x`,
	} {
		v, err := fn(goja.Undefined(), vm.ToValue(text))
		_, parseErr := vm.RunString("JSON.parse(" + strconvQuote(text) + ")")
		if parseErr != nil {
			// Text that is not JSON: the same exception from both.
			_, ours := vm.RunString("__kgParseRecord(" + strconvQuote(text) + ")")
			if ours == nil || exception(ours) != exception(parseErr) {
				t.Errorf("%s: JSON.parse throws %v, the Go parser %v", text, parseErr, ours)
			}
			continue
		}
		if err != nil || !v.ToBoolean() {
			t.Errorf("%s: parsed unlike JSON.parse (%v)", text, err)
		}
	}
}

func strconvQuote(s string) string {
	b, _ := goja.New().RunString("JSON.stringify")
	fn, _ := goja.AssertFunction(b)
	v, _ := fn(goja.Undefined(), goja.New().ToValue(s))
	return v.String()
}

// exception is what a script sees of an error: the value thrown.
func exception(err error) string {
	if ex, ok := err.(*goja.Exception); ok {
		return ex.Value().String()
	}
	return err.Error()
}
