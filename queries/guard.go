package queries

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"unsafe"

	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/dop251/goja"
)

// Cayley's Gizmo runs a script in a goja VM on a goroutine of its own and calls into Go
// for every g.V(), .out(), .all()… Several of those Go methods panic on arguments a
// script can pass (g.V().out({}), .follow(null), g.M().labels() reversed), and a panic on
// that goroutine ends the whole process. Gizmo offers no hook, so kg reaches its VM
// (Session.vm) and replaces the objects a script can see (g, graph and the helper
// functions) with guards that turn a panic into a JavaScript error, stop a script whose
// query has ended, and can record the path a query would run instead of running it (the
// shape endpoint). CheckGizmo verifies at start-up that the fields kg reads are there.

// MaxGizmoCallDepth bounds JavaScript recursion so that function f(){f()} ends with an
// error instead of growing the VM's stack until the time limit.
const MaxGizmoCallDepth = 1000

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
	vm  *goja.Runtime
	ctx context.Context // done when the query has ended, for whatever reason
	// record, when set, receives the path of every final the script calls, and the
	// final does not run. An error it returns is thrown in the script.
	record func(*path.Path) error
}

// GuardGizmo installs a guard in the session's VM. It must be called before the
// session executes anything.
func GuardGizmo(ctx context.Context, ses *gizmo.Session, record func(*path.Path) error) error {
	vm, err := unexported[*goja.Runtime](ses, "vm")
	if err != nil {
		return err
	}
	vm.SetMaxCallStackSize(MaxGizmoCallDepth)
	g := &gizmoGuard{vm: vm, ctx: ctx, record: record}
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
	return nil
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
		return o.guard.guardValue(v)
	}
	var m goja.Value
	if final, ok := finalFor(key); ok && o.isPath && o.guard.record != nil {
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

// method returns a function that calls fn with this as its receiver, unwrapping guarded
// arguments and guarding what it returns.
func (g *gizmoGuard) method(name string, fn goja.Callable, this goja.Value) goja.Value {
	return g.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		g.stopIfEnded()
		args := make([]goja.Value, len(call.Arguments))
		for i, a := range call.Arguments {
			args[i] = g.unwrap(a, 0)
		}
		return g.guardValue(g.invoke(name, fn, this, args))
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
	if g.ctx.Err() != nil {
		// Gizmo turns an interrupt inside a final or a callback into an ordinary
		// error that a script could catch and go on; interrupt again.
		g.vm.Interrupt(g.ctx.Err())
	}
	var ex *goja.Exception
	switch e := err.(type) {
	case *goja.InterruptedError:
		panic(e)
	case *goja.StackOverflowError:
		panic(e)
	case *goja.Exception:
		ex = e
	}
	if ex != nil {
		panic(ex)
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
	if err := g.ctx.Err(); err != nil {
		g.vm.Interrupt(err)
		panic(g.vm.NewGoError(err))
	}
}

// guardValue wraps Gizmo's own objects; anything else passes unchanged.
func (g *gizmoGuard) guardValue(v goja.Value) goja.Value {
	obj, ok := v.(*goja.Object)
	if !ok {
		return v
	}
	t := obj.ExportType()
	if t != nil && t.Kind() == reflect.Pointer && t.Elem().PkgPath() == gizmoPkgPath {
		return g.wrap(obj)
	}
	return v
}

// maxUnwrapDepth bounds how deep unwrap looks into nested arrays, and maxUnwrapLength
// how long an array a script may pass (a = []; a.length = 1e9 would take gigabytes).
const (
	maxUnwrapDepth  = 8
	maxUnwrapLength = 1 << 20
)

// unwrap replaces guarded objects, also inside arrays, by the real ones Gizmo expects.
func (g *gizmoGuard) unwrap(v goja.Value, depth int) goja.Value {
	obj, ok := v.(*goja.Object)
	if !ok {
		return v
	}
	if obj.ExportType() == gizmoObjectType {
		return obj.Export().(*gizmoObject).target
	}
	if obj.ClassName() != "Array" || depth >= maxUnwrapDepth {
		return v
	}
	n := obj.Get("length").ToInteger()
	if n < 0 || n > maxUnwrapLength {
		panic(g.vm.NewTypeError("an array of %d values is more than gizmo takes (%d)", n, maxUnwrapLength))
	}
	elems := make([]any, n)
	for i := range elems {
		elems[i] = g.unwrap(obj.Get(strconv.Itoa(i)), depth+1)
	}
	return g.vm.NewArray(elems...)
}

func (g *gizmoGuard) recordPath(final string, target *goja.Object) {
	p, err := unexported[*path.Path](target.Export(), "path")
	if err != nil {
		panic(g.vm.NewGoError(err))
	}
	if p == nil {
		panic(g.vm.NewGoError(fmt.Errorf("%s(): the path is empty", final)))
	}
	if err := g.record(p.Clone()); err != nil {
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
	if err := GuardGizmo(ctx, ses, func(p *path.Path) error { recorded = p; return nil }); err != nil {
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
