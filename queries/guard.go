package queries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unsafe"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// Cayley's Gizmo runs a script in a goja VM on a goroutine of its own and calls into Go
// for every g.V(), .out(), .all()… Several of those Go methods panic on arguments a
// script can pass (g.V().out({}), .follow(null), g.M().labels() reversed), and a panic on
// that goroutine ends the whole process. Gizmo offers no hook, so kg reaches its VM
// (Session.vm) and replaces the objects a script can see (g, graph and the helper
// functions) with guards that turn a panic into a JavaScript error, stop a script whose
// query has ended, and can record the path a query would run instead of running it (the
// shape endpoint). CheckGizmo verifies at start-up that the fields kg reads are there.
//
// Cayley's Go code also walks the values a script hands it (arguments, g.emit, the
// script's last value) recursively, and goja exports a value stored into a Go slice or map
// recursively: a cyclic or very deep value overflows the goroutine's stack, which Go
// cannot recover from. The guard therefore copies every value that crosses from the
// script to Gizmo into a plain Go tree first, refusing one that is cyclic, nests deeper
// than MaxValueDepth or holds more than MaxValueCount values, and gives the script
// JavaScript arrays and objects of its own in place of the Go slices and maps Gizmo
// returns (or passes to a callback).

// MaxGizmoCallDepth bounds JavaScript recursion so that function f(){f()} ends with an
// error instead of growing the VM's stack until the time limit.
const MaxGizmoCallDepth = 1000

// MaxValueDepth is how deeply arrays and objects a script hands to Gizmo may nest, and
// MaxValueCount how many values one of them may hold (a value met twice counts twice).
const (
	MaxValueDepth = 100
	MaxValueCount = 1 << 20
)

// lastValueFunc is the global function through which a guarded script hands its last
// value to Gizmo (see Wrap).
const lastValueFunc = "__kgLastValue"

// gizmoHelpers are the global functions Gizmo defines besides g and graph.
var gizmoHelpers = []string{"iri", "bnode", "raw", "str", "lang", "typed", "lt", "lte", "gt", "gte", "regex", "like"}

// gizmoFinals are the path methods that run a query, with what each answers when the
// guard only records paths.
var gizmoFinals = map[string]func(vm *goja.Runtime) goja.Value{
	"all":      func(*goja.Runtime) goja.Value { return goja.Undefined() },
	"getLimit": func(*goja.Runtime) goja.Value { return goja.Undefined() },
	"forEach":  func(*goja.Runtime) goja.Value { return goja.Undefined() },
	"toArray":  func(vm *goja.Runtime) goja.Value { return vm.NewArray() },
	"tagArray": func(vm *goja.Runtime) goja.Value { return vm.NewArray() },
	"map":      func(vm *goja.Runtime) goja.Value { return vm.NewArray() },
	"toValue":  func(*goja.Runtime) goja.Value { return goja.Null() },
	"tagValue": func(*goja.Runtime) goja.Value { return goja.Null() },
	"count":    func(vm *goja.Runtime) goja.Value { return vm.ToValue(0) },
}

// finalFor returns the recorded answer of a final named key, in either spelling Gizmo
// accepts (all, All).
func finalFor(key string) (func(*goja.Runtime) goja.Value, bool) {
	if f, ok := gizmoFinals[key]; ok {
		return f, true
	}
	if key != "" && key[0] >= 'A' && key[0] <= 'Z' {
		f, ok := gizmoFinals[string(key[0]-'A'+'a')+key[1:]]
		return f, ok
	}
	return nil, false
}

var gizmoPkgPath = reflect.TypeOf(gizmo.Session{}).PkgPath()

// gizmoGuard stands between a script and Gizmo's Go objects in one session.
type gizmoGuard struct {
	vm   *goja.Runtime
	ctx  context.Context // done when the query has ended, for whatever reason
	opt  Guard
	sent int64 // the size of what the script has emitted so far (see Guard.MaxResultBytes)
}

// Guard says what a guarded session lets a script do besides running its query.
type Guard struct {
	// Record, when set, receives the path of every final the script calls, and the
	// final does not run. An error it returns is thrown in the script.
	Record func(*path.Path) error
	// Prelude runs prelude.js in the session before the script: its helpers and the
	// kg: prefix for g.IRI.
	Prelude bool
	// MaxResultBytes bounds what a script emits (g.emit), counted as the length of
	// its strings and keys and 8 for every other value; 0 means no bound. Emitting
	// one long string a thousand times costs nothing in the VM but a thousand copies
	// in the answer.
	MaxResultBytes int64
	// Store, with Prelude, is the store the session reads, for the prelude's Go
	// helpers (installHelpers); without it they answer nothing.
	Store cgraph.QuadStore
}

// GuardGizmo installs a guard in the session's VM. It must be called before the
// session executes anything, and the script must be one Wrap returned. When ctx ends,
// the script is interrupted.
func GuardGizmo(ctx context.Context, ses *gizmo.Session, opt Guard) error {
	vm, err := unexported[*goja.Runtime](ses, "vm")
	if err != nil {
		return err
	}
	vm.SetMaxCallStackSize(MaxGizmoCallDepth)
	g := &gizmoGuard{vm: vm, ctx: ctx, opt: opt}
	root, ok := vm.Get("graph").(*goja.Object)
	if !ok {
		return fmt.Errorf("%w: no graph object", ErrUnsupportedGizmo)
	}
	wrapped := g.wrap(root)
	for _, name := range []string{"graph", "g"} {
		if err := vm.Set(name, wrapped); err != nil {
			return fmt.Errorf("guard gizmo: %w", err)
		}
	}
	for _, name := range gizmoHelpers {
		fn, ok := goja.AssertFunction(vm.Get(name))
		if !ok {
			continue
		}
		if err := vm.Set(name, g.method(name, fn, goja.Undefined())); err != nil {
			return fmt.Errorf("guard gizmo: %w", err)
		}
	}
	last := vm.ToValue(func(call goja.FunctionCall) goja.Value { return g.lastValue(call.Argument(0)) })
	if err := vm.GlobalObject().DefineDataProperty(lastValueFunc, last, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
		return fmt.Errorf("guard gizmo: %w", err)
	}
	// A script busy in JavaScript of its own calls nothing the guard sees: stop it from
	// outside as soon as its query ends (time, memory, or the answer is complete).
	context.AfterFunc(ctx, func() { vm.Interrupt(context.Cause(ctx)) })
	if opt.Prelude {
		if err := installRecordParser(vm); err != nil {
			return fmt.Errorf("guard gizmo: %w", err)
		}
		if err := installHelpers(ctx, vm, opt.Store, opt.Record != nil); err != nil {
			return fmt.Errorf("guard gizmo: %w", err)
		}
		p, err := prelude()
		if err != nil {
			return err
		}
		if _, err := vm.RunProgram(p); err != nil {
			return fmt.Errorf("run prelude: %w", err)
		}
	}
	return nil
}

// Wrap returns script as a guarded session runs it. The script is parsed and compiled
// first, so that a syntax error is returned with its line and column in the script; it then runs in a direct eval
// whose value (the script's last value, which Gizmo exports) passes through the guard
// like any other value a script hands to Gizmo. Positions in errors stay the script's.
func Wrap(script string) (string, error) {
	if _, err := parser.ParseFile(nil, "", script, 0); err != nil {
		return "", syntaxError(err)
	}
	if _, err := goja.Compile("gizmo", script, false); err != nil {
		return "", err
	}
	lit, err := json.Marshal(script)
	if err != nil {
		return "", fmt.Errorf("wrap script: %w", err)
	}
	return lastValueFunc + "(eval(" + string(lit) + "));\n", nil
}

// gizmoObject is what a script sees in place of one of Gizmo's Go objects (the graph
// object or a path): a read-only object whose methods call the real ones through the
// guard. The real object is never reachable from the script.
type gizmoObject struct {
	guard   *gizmoGuard
	target  *goja.Object
	self    *goja.Object
	isPath  bool
	methods map[string]goja.Value
}

var (
	_ goja.DynamicObject = (*gizmoObject)(nil)

	gizmoObjectType = reflect.TypeOf((*gizmoObject)(nil))
)

func (g *gizmoGuard) wrap(target *goja.Object) goja.Value {
	o := &gizmoObject{
		guard:   g,
		target:  target,
		isPath:  target.ExportType() != nil && target.ExportType().String() == "*gizmo.pathObject",
		methods: make(map[string]goja.Value),
	}
	o.self = g.vm.NewDynamicObject(o)
	return o.self
}

func (o *gizmoObject) Get(key string) goja.Value {
	if m, ok := o.methods[key]; ok {
		return m
	}
	v := o.target.Get(key)
	if v == nil {
		return nil
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return o.guard.toScript(v)
	}
	var m goja.Value
	if final, ok := finalFor(key); ok && o.isPath && o.guard.opt.Record != nil {
		m = o.guard.vm.ToValue(func(goja.FunctionCall) goja.Value {
			o.guard.stopIfEnded()
			o.guard.recordPath(key, o.target)
			return final(o.guard.vm)
		})
	} else {
		m = o.guard.method(key, fn, o.self)
	}
	o.methods[key] = m
	return m
}

func (o *gizmoObject) Set(string, goja.Value) bool { return false }
func (o *gizmoObject) Has(key string) bool         { return o.target.Get(key) != nil }
func (o *gizmoObject) Delete(string) bool          { return false }
func (o *gizmoObject) Keys() []string              { return o.target.Keys() }

// method returns a function that calls fn with this as its receiver, preparing its
// arguments and guarding what it returns.
func (g *gizmoGuard) method(name string, fn goja.Callable, this goja.Value) goja.Value {
	return g.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		g.stopIfEnded()
		args := make([]goja.Value, len(call.Arguments))
		for i, a := range call.Arguments {
			args[i] = g.toGizmo(name, a)
		}
		return g.toScript(g.invoke(name, fn, this, args))
	})
}

// invoke calls fn and turns whatever goes wrong into something the VM can throw: a
// JavaScript error for a Go panic or an error, and an uncatchable interrupt once the
// query has ended.
func (g *gizmoGuard) invoke(name string, fn goja.Callable, this goja.Value, args []goja.Value) goja.Value {
	var (
		res goja.Value
		err error
	)
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = errGizmoPanic{name: name, value: r}
			}
		}()
		res, err = fn(this, args...)
	}()
	if err == nil {
		return res
	}
	if p, ok := err.(errGizmoPanic); ok {
		// A TypeError: it is the script's arguments that Gizmo could not take, and the
		// constructor is one a script cannot replace.
		panic(g.vm.NewTypeError("%s", p.Error()))
	}
	g.rethrow(err)
	return nil
}

// rethrow throws err in the script: an exception as it is, an interrupt or a stack
// overflow as the uncatchable errors they are, any other error as a GoError.
func (g *gizmoGuard) rethrow(err error) {
	if g.ctx.Err() != nil {
		// Gizmo turns an interrupt inside a final or a callback into an ordinary
		// error that a script could catch and go on; interrupt again.
		g.vm.Interrupt(context.Cause(g.ctx))
	}
	switch e := err.(type) {
	case *goja.InterruptedError:
		panic(e)
	case *goja.StackOverflowError:
		panic(e)
	case *goja.Exception:
		panic(e)
	}
	panic(g.vm.NewGoError(err))
}

// errGizmoPanic is a panic in one of Gizmo's methods.
type errGizmoPanic struct {
	name  string
	value any
}

func (e errGizmoPanic) Error() string {
	return fmt.Sprintf("gizmo cannot run %s() with these arguments: %v", e.name, e.value)
}

// stopIfEnded interrupts the script when its query has ended: the VM stops at the next
// instruction, and no catch block can keep it going.
func (g *gizmoGuard) stopIfEnded() {
	if g.ctx.Err() != nil {
		err := context.Cause(g.ctx)
		g.vm.Interrupt(err)
		panic(g.vm.NewGoError(err))
	}
}

// toScript gives the script what a Gizmo method returned: Gizmo's own objects guarded,
// and its Go slices and maps (toArray, tagValue…) as JavaScript arrays and objects,
// which the script owns: goja would export whatever the script stored into a Go map,
// recursively. Anything else passes unchanged.
func (g *gizmoGuard) toScript(v goja.Value) goja.Value {
	obj, ok := v.(*goja.Object)
	if !ok {
		return v
	}
	t := obj.ExportType()
	switch {
	case t == nil:
		return v
	case t.Kind() == reflect.Pointer && t.Elem().PkgPath() == gizmoPkgPath:
		return g.wrap(obj)
	case t.Kind() == reflect.Slice || t.Kind() == reflect.Map:
		return g.scriptValue(obj.Export())
	}
	return v
}

// scriptValue builds the JavaScript value of a Go value Gizmo made (no cycles).
func (g *gizmoGuard) scriptValue(x any) goja.Value {
	switch x := x.(type) {
	case []any:
		vals := make([]any, len(x))
		for i, e := range x {
			vals[i] = g.scriptValue(e)
		}
		return g.vm.NewArray(vals...)
	case []map[string]any:
		vals := make([]any, len(x))
		for i, e := range x {
			vals[i] = g.scriptValue(e)
		}
		return g.vm.NewArray(vals...)
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		o := g.vm.NewObject()
		for _, k := range keys {
			o.Set(k, g.scriptValue(x[k]))
		}
		return o
	}
	return g.vm.ToValue(x)
}

// toGizmo prepares an argument of the Gizmo method name: a guarded object becomes the
// real one, a function a callback whose arguments are the script's own values, and an
// array or object a plain Go copy (see copier). Anything else passes unchanged.
func (g *gizmoGuard) toGizmo(name string, v goja.Value) goja.Value {
	emit := strings.EqualFold(name, "emit")
	obj, ok := v.(*goja.Object)
	if !ok {
		if s, ok := v.(goja.String); ok && emit {
			g.emitted(int64(s.Length()))
		}
		return v
	}
	t := obj.ExportType()
	switch {
	case t == gizmoObjectType:
		return obj.Export().(*gizmoObject).target
	case t == typeOfMap || t == typeOfSlice || t == typeOfPairs:
		c := g.newCopier(name + "()")
		x := c.copy(obj, 0)
		if emit {
			g.emitted(c.bytes)
		}
		return g.vm.ToValue(x)
	}
	if t != nil && t.Implements(guardSizedType) { // made in Go: counted, not walked
		c := g.newCopier(name + "()")
		c.copy(obj, 0)
		if emit {
			g.emitted(c.bytes)
		}
		return v
	}
	if fn, ok := goja.AssertFunction(obj); ok {
		return g.callback(fn)
	}
	if emit {
		g.emitted(8)
	}
	return v
}

// emitted counts n bytes more emitted, and throws when the results pass
// Guard.MaxResultBytes.
func (g *gizmoGuard) emitted(n int64) {
	g.sent += n
	if max := g.opt.MaxResultBytes; max > 0 && g.sent > max {
		panic(g.vm.NewTypeError("emit(): the results are larger than %d bytes, the most a query may return", max))
	}
}

// callback wraps a function the script hands to Gizmo (forEach, map): Gizmo calls it
// with Go maps, which it gets as JavaScript objects.
func (g *gizmoGuard) callback(fn goja.Callable) goja.Value {
	return g.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		args := make([]goja.Value, len(call.Arguments))
		for i, a := range call.Arguments {
			args[i] = g.toScript(a)
		}
		res, err := fn(call.This, args...)
		if err != nil {
			g.rethrow(err)
		}
		return res
	})
}

// lastValue passes the script's last value to Gizmo (see Wrap): a guarded path as it is
// (the shape endpoint draws it), an array or object as a plain Go copy.
func (g *gizmoGuard) lastValue(v goja.Value) goja.Value {
	obj, ok := v.(*goja.Object)
	if !ok || obj.ExportType() == gizmoObjectType {
		return v
	}
	if t := obj.ExportType(); t == typeOfMap || t == typeOfSlice || t == typeOfPairs {
		return g.vm.ToValue(g.newCopier("the script's last value").copy(obj, 0))
	}
	return v
}

// The types goja exports objects, arrays (and Sets) and Maps as.
var (
	typeOfMap   = reflect.TypeOf(map[string]any(nil))
	typeOfSlice = reflect.TypeOf([]any(nil))
	typeOfPairs = reflect.TypeOf([][2]any(nil))
)

// copier copies a value a script hands to Gizmo into a plain Go tree, walking it once
// with bounds: no cycles, at most MaxValueDepth levels of arrays and objects, at most
// MaxValueCount values. Getters run once, during the copy, so the value Gizmo gets is
// the one that was checked.
type copier struct {
	g     *gizmoGuard
	what  string // what the value is for, in messages: "emit()"
	count int    // values copied
	bytes int64  // their size: the bytes of strings and keys, 8 for other values
	open  map[*goja.Object]bool
}

func (g *gizmoGuard) newCopier(what string) *copier {
	return &copier{g: g, what: what, open: make(map[*goja.Object]bool)}
}

func (c *copier) fail(format string, args ...any) {
	panic(c.g.vm.NewTypeError("%s: %s", c.what, fmt.Sprintf(format, args...)))
}

func (c *copier) copy(v goja.Value, depth int) any {
	c.count++
	if c.count > MaxValueCount {
		c.fail("the value holds more than %d values, the most gizmo takes", MaxValueCount)
	}
	c.bytes += 8
	obj, ok := v.(*goja.Object)
	if !ok {
		if v == nil {
			return nil
		}
		x := v.Export()
		if s, ok := x.(string); ok {
			c.bytes += int64(len(s))
		}
		return x
	}
	t := obj.ExportType()
	if t != nil && t.Implements(guardSizedType) { // made in Go: counted, not walked
		x := obj.Export().(guardSized)
		n, b := x.guardSize()
		c.count += n - 1
		c.bytes += b - 8
		if c.count > MaxValueCount {
			c.fail("the value holds more than %d values, the most gizmo takes", MaxValueCount)
		}
		return x
	}
	switch t {
	case gizmoObjectType:
		return obj.Export().(*gizmoObject).target.Export()
	case typeOfMap, typeOfSlice:
	case typeOfPairs:
		c.fail("the value holds a Map: gizmo takes arrays and objects")
	default:
		return obj.Export() // a date, a function, a value of Gizmo's: nothing to walk
	}
	if depth >= MaxValueDepth {
		c.fail("the value nests arrays and objects more than %d deep, the most gizmo takes", MaxValueDepth)
	}
	if c.open[obj] {
		c.fail("the value contains itself (a cycle): gizmo takes values without cycles")
	}
	c.open[obj] = true
	defer delete(c.open, obj)
	if t == typeOfMap {
		keys := obj.Keys()
		m := make(map[string]any, len(keys))
		for _, k := range keys {
			c.bytes += int64(len(k))
			m[k] = c.copy(obj.Get(k), depth+1)
		}
		return m
	}
	if class := obj.ClassName(); class != "Array" && class != "Arguments" {
		if tag := obj.GetSymbol(goja.SymToStringTag); tag != nil && !goja.IsUndefined(tag) {
			class = tag.String() // "Set"
		}
		c.fail("the value holds a %s: gizmo takes arrays and objects", class)
	}
	n := obj.Get("length").ToInteger()
	if n < 0 || n > MaxValueCount {
		c.fail("an array of %d values is more than gizmo takes (%d)", n, MaxValueCount)
	}
	out := make([]any, n)
	for i := range out {
		out[i] = c.copy(obj.Get(strconv.Itoa(i)), depth+1)
	}
	return out
}

func (g *gizmoGuard) recordPath(final string, target *goja.Object) {
	p, err := unexported[*path.Path](target.Export(), "path")
	if err != nil {
		panic(g.vm.NewGoError(err))
	}
	if p == nil {
		panic(g.vm.NewGoError(fmt.Errorf("%s(): the path is empty", final)))
	}
	if err := g.opt.Record(p.Clone()); err != nil {
		panic(g.vm.NewGoError(err))
	}
}

// unexported reads the unexported field name of the struct that ptr points to. It
// fails, rather than guess, when the field is missing or of another type: a newer
// Cayley than the one kg was written for.
func unexported[T any](ptr any, name string) (T, error) {
	var zero T
	v := reflect.ValueOf(ptr)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return zero, fmt.Errorf("%w: %T is not a pointer to a struct", ErrUnsupportedGizmo, ptr)
	}
	f := v.Elem().FieldByName(name)
	if !f.IsValid() || f.Type() != reflect.TypeFor[T]() {
		return zero, fmt.Errorf("%w: %T has no field %s of type %v", ErrUnsupportedGizmo, ptr, name, reflect.TypeFor[T]())
	}
	return *(*T)(unsafe.Pointer(f.UnsafeAddr())), nil
}

// CheckGizmo makes sure the Gizmo that kg was built with is one it can guard: a
// session's VM is reachable and a path's Go value is where kg looks for it.
func CheckGizmo(ses *gizmo.Session) error {
	var recorded *path.Path
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := GuardGizmo(ctx, ses, Guard{Record: func(p *path.Path) error { recorded = p; return nil }}); err != nil {
		return err
	}
	vm, _ := unexported[*goja.Runtime](ses, "vm")
	if _, err := vm.RunString(`g.V("<a>").out("<b>").all()`); err != nil {
		return fmt.Errorf("%w: %v", ErrUnsupportedGizmo, err)
	}
	if recorded == nil {
		return fmt.Errorf("%w: a final was not recorded", ErrUnsupportedGizmo)
	}
	return nil
}

// ErrUnsupportedGizmo means the Cayley that kg was built with lays out its Gizmo
// session differently from the one kg's guard was written for.
var ErrUnsupportedGizmo = errors.New("unsupported version of cayley's gizmo")

// RecordedPath returns the query path of a script's final value when it is a guarded
// path object (a script that ends with g.V()…out() and no final), or nil.
func RecordedPath(val any) (*path.Path, error) {
	o, ok := val.(*gizmoObject)
	if !ok || !o.isPath {
		return nil, nil
	}
	return unexported[*path.Path](o.target.Export(), "path")
}

// syntaxError words a parse error of a script as Explain words the others: "SyntaxError:
// Unexpected token . (line 2, column 5)", and how many more there are.
func syntaxError(err error) error {
	var list parser.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return err
	}
	more := ""
	if len(list) > 1 {
		more = fmt.Sprintf("; %d more after it", len(list)-1)
	}
	e := list[0]
	return fmt.Errorf("SyntaxError: %s (line %d, column %d%s)", e.Message, e.Position.Line, e.Position.Column, more)
}
