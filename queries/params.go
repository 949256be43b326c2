package queries

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xrash/smetrics"
)

// ErrBadParam means a parameter given to a saved query is not one it declares, has a
// value its declaration does not allow, or is required and missing. The error names
// the parameter and what it allows.
var ErrBadParam = errors.New("bad parameter")

// The types a parameter declares in its header line, "// param NAME (TYPE): meaning".
const (
	Text   = "text"   // any words (the default)
	Date   = "date"   // a day, YYYY-MM-DD
	Number = "number" // a number: 2, 0.5
	Choice = "choice" // one of the values listed: (conflict|revision)
)

// parseParam reads one "param" header line: the part after "param" and before the
// colon (`since (date)`, `verdict (conflict|revision)`, `min (number, default 2)`,
// `name (text, required)`) and the meaning after it. Words in the parentheses other
// than a type, "required" and "default X" are an error, so that a typo in a header
// fails the tests rather than loosening a check.
func parseParam(spec, description string) (Param, error) {
	p := Param{Description: description, Type: Text}
	name, rest, hasSpec := strings.Cut(spec, "(")
	p.Name = strings.TrimSpace(name)
	if !hasSpec {
		return p, nil
	}
	rest, ok := strings.CutSuffix(strings.TrimSpace(rest), ")")
	if !ok {
		return p, fmt.Errorf("param %s: no closing parenthesis", p.Name)
	}
	for _, word := range strings.Split(rest, ",") {
		word = strings.TrimSpace(word)
		switch {
		case word == Text || word == Date || word == Number:
			p.Type = word
		case word == "required":
			p.Required = true
		case strings.HasPrefix(word, "default "):
			p.Default = strings.TrimSpace(strings.TrimPrefix(word, "default "))
		case strings.Contains(word, "|"):
			p.Type = Choice
			for _, c := range strings.Split(word, "|") {
				p.Choices = append(p.Choices, strings.TrimSpace(c))
			}
		default:
			return p, fmt.Errorf("param %s: unknown word %q in (%s): want text, date, number, a|b|c, required or default X", p.Name, word, rest)
		}
	}
	return p, nil
}

// Allowed says in words what values p takes: "a date (YYYY-MM-DD)", "one of
// conflict, revision".
func (p Param) Allowed() string {
	switch p.Type {
	case Date:
		return "a date (YYYY-MM-DD)"
	case Number:
		return "a number"
	case Choice:
		return "one of " + strings.Join(p.Choices, ", ")
	}
	return "text"
}

// CheckParams reports whether params suit the parameters q declares: each one a
// parameter q declares, with a value of its type, and every required one given. A
// script that declares no parameters takes any. The error wraps ErrBadParam and says
// which parameter is wrong and what it allows, with the nearest declared name or value
// when one is close to what was typed.
func (q Query) CheckParams(params map[string]string) error {
	if len(q.Params) == 0 {
		return nil
	}
	who := q.Name
	if who == "" {
		who = "the script"
	}
	names := make([]string, 0, len(params))
	for k := range params {
		names = append(names, k)
	}
	sort.Strings(names)
	declared := map[string]Param{}
	var all []string
	for _, p := range q.Params {
		declared[p.Name] = p
		all = append(all, p.Name)
	}
	for _, k := range names {
		p, ok := declared[k]
		if !ok {
			return fmt.Errorf("%w: %s has no parameter %q%s; it takes %s", ErrBadParam, who, k, didYouMean(k, all), strings.Join(all, ", "))
		}
		if err := p.check(params[k]); err != nil {
			return fmt.Errorf("%w: %s %s=%q: %w", ErrBadParam, who, k, params[k], err)
		}
	}
	for _, p := range q.Params {
		if _, given := params[p.Name]; p.Required && !given {
			return fmt.Errorf("%w: %s needs %s: %s (--param %s=…)", ErrBadParam, who, p.Name, p.Description, p.Name)
		}
	}
	return nil
}

// check reports whether v is a value of p's type.
func (p Param) check(v string) error {
	switch p.Type {
	case Date:
		if _, err := time.Parse("2006-01-02", v); err != nil {
			return errors.New("want a date written YYYY-MM-DD, such as 2016-02-06")
		}
	case Number:
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return errors.New("want a number, such as 2")
		}
	case Choice:
		for _, c := range p.Choices {
			if v == c {
				return nil
			}
		}
		return fmt.Errorf("want %s%s", p.Allowed(), didYouMean(v, p.Choices))
	default:
		if p.Required && strings.TrimSpace(v) == "" {
			return errors.New("want some words: it is required")
		}
	}
	return nil
}

// Suggest returns the one of names nearest to typed, or "" when none is near: within
// about a third of the length in edits (Levenshtein distance, smetrics.WagnerFischer), or
// one that begins with what was typed. Ties go to the first in names.
func Suggest(typed string, names []string) string {
	best, bestD := "", -1
	lower := strings.ToLower(typed)
	for _, n := range names {
		d := smetrics.WagnerFischer(lower, strings.ToLower(n), 1, 1, 1)
		if d > max(1, (len([]rune(n))+1)/3) && !(len(lower) >= 2 && strings.HasPrefix(strings.ToLower(n), lower)) {
			continue
		}
		if bestD < 0 || d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// didYouMean is " (did you mean X?)" for the nearest of names, or "".
func didYouMean(typed string, names []string) string {
	if s := Suggest(typed, names); s != "" {
		return fmt.Sprintf(" (did you mean %s?)", s)
	}
	return ""
}
