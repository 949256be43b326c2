package queries

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseParam(t *testing.T) {
	tests := []struct {
		spec string
		want Param
		bad  bool
	}{
		{"event", Param{Name: "event", Type: Text}, false},
		{"since (date)", Param{Name: "since", Type: Date}, false},
		{"min (number, default 2)", Param{Name: "min", Type: Number, Default: "2"}, false},
		{"verdict (conflict|revision)", Param{Name: "verdict", Type: Choice, Choices: []string{"conflict", "revision"}}, false},
		{"name (text, required)", Param{Name: "name", Type: Text, Required: true}, false},
		{"since (dat)", Param{Name: "since", Type: Text}, true},
		{"since (date", Param{Name: "since", Type: Text}, true},
	}
	for _, tt := range tests {
		got, err := parseParam(tt.spec, "")
		if (err != nil) != tt.bad {
			t.Errorf("%q: error %v, want an error: %v", tt.spec, err, tt.bad)
		}
		if !tt.bad && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q = %+v, want %+v", tt.spec, got, tt.want)
		}
	}
}

// TestCheckParams: an unknown name or a bad value is an error that names the
// parameter and what it allows; a required one that is missing says so.
func TestCheckParams(t *testing.T) {
	get := func(name string) Query {
		q, err := Get(name)
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	tests := []struct {
		query  string
		params map[string]string
		want   []string // in the error; none: no error
	}{
		{"figures", map[string]string{"event": "earthquake", "since": "2016-02-06", "only": "events"}, nil},
		{"figures", map[string]string{"evnt": "earthquake"}, []string{`"evnt"`, "did you mean event?", "takes event, measure"}},
		{"figures", map[string]string{"since": "yesterday"}, []string{"since", `"yesterday"`, "YYYY-MM-DD"}},
		{"figures", map[string]string{"until": "2016-02-30"}, []string{"until", "YYYY-MM-DD"}},
		{"contradictions", map[string]string{"verdict": "conflicts"}, []string{"verdict", "one of conflict, revision", "did you mean conflict?"}},
		{"corroborations", map[string]string{"min": "abc"}, []string{"min", `"abc"`, "a number"}},
		{"corroborations", map[string]string{"min": "3"}, nil},
		{"entity", map[string]string{}, []string{"entity needs name", "--param name="}},
		{"entity", map[string]string{"name": "Annan", "type": "Persn"}, []string{"type", "Person, Organization, Place, Group", "did you mean Person?"}},
		{"sources", map[string]string{"kind": "quote"}, nil},
	}
	for _, tt := range tests {
		err := get(tt.query).CheckParams(tt.params)
		if len(tt.want) == 0 {
			if err != nil {
				t.Errorf("%s %v: %v", tt.query, tt.params, err)
			}
			continue
		}
		if !errors.Is(err, ErrBadParam) {
			t.Errorf("%s %v: error %v, want ErrBadParam", tt.query, tt.params, err)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s %v: %q does not say %q", tt.query, tt.params, err, w)
			}
		}
	}
}

// TestRunChecksParams: Run refuses what the script's header does not declare, before
// it runs anything; a script that declares nothing takes any parameter.
func TestRunChecksParams(t *testing.T) {
	qs := annan(t)
	q, _ := Get("figures")
	if _, err := Run(context.Background(), qs, q.Source, Options{Params: map[string]string{"evnt": "x"}}); !errors.Is(err, ErrBadParam) {
		t.Errorf("saved query with an unknown parameter: %v, want ErrBadParam", err)
	}
	script := "// param n (number): how many\ng.emit(params.n)"
	if _, err := Run(context.Background(), qs, script, Options{Params: map[string]string{"n": "many"}}); !errors.Is(err, ErrBadParam) || !strings.Contains(err.Error(), "the script n=") {
		t.Errorf("script of one's own with a bad value: %v", err)
	}
	if _, err := Run(context.Background(), qs, "g.emit(params.x)", Options{Params: map[string]string{"x": "1"}}); err != nil {
		t.Errorf("a script that declares nothing: %v", err)
	}
}

func TestSuggest(t *testing.T) {
	names := []string{"load", "extract", "query", "stats", "export", "serve", "report"}
	for typed, want := range map[string]string{"lod": "load", "qeury": "query", "sever": "serve", "exprot": "export", "zzz": "", "rep": "report", "x": ""} {
		if got := Suggest(typed, names); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", typed, got, want)
		}
	}
}
