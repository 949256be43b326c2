package loaders

import (
	"bytes"
	"strings"
	"time"
	"unicode/utf8"
)

// quickFrontMatter decodes the plain shapes of YAML front matter that scraped archives
// write — "key: value" lines, quoted strings, folded (">") and literal ("|") block
// scalars, and lists of those — into the same map yaml.v3 gives, without the YAML
// library (a profile of the 2016 corpus spent 4% of `kg extract` in yaml.v3). ok is false
// for anything else (flow collections, anchors, tags, comments, escapes, tabs, multi-line
// plain or quoted scalars, numbers, duplicate keys…): the caller then asks yaml.v3, so
// every unusual shape keeps the library's answer and its error messages.
// TestQuickFrontMatterAgreesWithYAML and FuzzQuickFrontMatter hold the two to the same
// result.
func quickFrontMatter(fm []byte) (map[string]any, bool) {
	lines := splitYAMLLines(fm)
	if lines == nil {
		return nil, false
	}
	meta := make(map[string]any, 8)
	for i := 0; i < len(lines); {
		line := lines[i]
		if line == "" {
			i++
			continue
		}
		if line[0] == ' ' || line[0] == '-' || line[0] == '#' {
			return nil, false
		}
		colon := strings.IndexByte(line, ':')
		if colon <= 0 || !plainKey(line[:colon]) {
			return nil, false
		}
		key := line[:colon]
		switch key {
		case "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL":
			return nil, false // yaml.v3 reads these keys as booleans or null
		}
		if _, dup := meta[key]; dup {
			return nil, false
		}
		rest := line[colon+1:]
		if rest != "" && rest[0] != ' ' {
			return nil, false
		}
		rest = strings.TrimLeft(rest, " ")
		i++
		// The lines that belong to this entry: indented or blank, up to the next key.
		j := i
		for j < len(lines) && (lines[j] == "" || lines[j][0] == ' ' || lines[j][0] == '-') {
			j++
		}
		inner := lines[i:j]
		i = j
		var v any
		var ok bool
		switch {
		case rest == "":
			v, ok = quickList(inner)
		default:
			v, ok = quickValue(rest, inner, 0)
		}
		if !ok {
			return nil, false
		}
		meta[key] = v
	}
	return meta, true
}

// splitYAMLLines splits front matter into lines without their "\n"; nil when a byte
// the quick reader leaves to yaml.v3 occurs (tabs, carriage returns, NULs, document
// markers), or when fm does not end with a line break.
func splitYAMLLines(fm []byte) []string {
	if len(fm) > 0 && fm[len(fm)-1] != '\n' {
		return nil // a block scalar's last line break would depend on it
	}
	if bytes.IndexByte(fm, '\t') >= 0 || bytes.IndexByte(fm, '\r') >= 0 || bytes.IndexByte(fm, 0) >= 0 {
		return nil
	}
	s := string(fm)
	for _, r := range s {
		// YAML's printable characters, without the ones it reads as line breaks or a
		// byte order mark; invalid UTF-8 comes out as U+FFFD's error rune below.
		switch {
		case r == '\n', r >= 0x20 && r <= 0x7e:
		case r == utf8.RuneError, r == 0x85, r == 0x2028, r == 0x2029, r == 0xfeff:
			return nil
		case r >= 0xa0 && r <= 0xd7ff, r >= 0xe000 && r <= 0xfffd, r >= 0x10000 && r <= 0x10ffff:
		default:
			return nil
		}
	}
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for _, l := range lines {
		if strings.HasPrefix(l, "---") || strings.HasPrefix(l, "...") {
			return nil
		}
		if l != "" && strings.TrimRight(l, " ") == "" {
			return nil // spaces alone: content or not, by the block around them
		}
	}
	return lines
}

// plainKey accepts short keys of letters, digits and underscores that start with a
// letter.
func plainKey(k string) bool {
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case (c >= '0' && c <= '9' || c == '_') && i > 0:
		default:
			return false
		}
	}
	return k != "" && len(k) <= 256 // YAML's implicit keys stop at 1,024 characters
}

// quickList reads a block sequence ("- item" lines at one indentation, each item a
// one-line scalar or a block scalar); an entry with nothing after its key and no items
// is null.
func quickList(inner []string) (any, bool) {
	for len(inner) > 0 && inner[len(inner)-1] == "" {
		inner = inner[:len(inner)-1]
	}
	if len(inner) == 0 {
		return nil, true
	}
	first := inner[0]
	dash := len(first) - len(strings.TrimLeft(first, " "))
	var items []any
	for k := 0; k < len(inner); {
		l := inner[k]
		if l == "" || len(l) < dash+2 || strings.TrimLeft(l[:dash], " ") != "" || l[dash] != '-' || l[dash+1] != ' ' {
			return nil, false
		}
		text := strings.TrimLeft(l[dash+2:], " ")
		k++
		m := k
		for m < len(inner) && (inner[m] == "" || indentOf(inner[m]) > dash) {
			m++
		}
		if text == "" {
			return nil, false
		}
		v, ok := quickValue(text, inner[k:m], dash+1)
		if !ok {
			return nil, false
		}
		items = append(items, v)
		k = m
	}
	return items, true
}

func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

// quickValue reads the scalar that starts with text on its key's (or dash's) line and
// continues over inner, whose lines must be indented deeper than parent.
func quickValue(text string, inner []string, parent int) (any, bool) {
	switch text[0] {
	case '>', '|':
		return quickBlock(text, inner, parent)
	}
	if nonBlank(inner) {
		return nil, false // a multi-line plain or quoted scalar
	}
	switch text[0] {
	case '"':
		if len(text) < 2 || text[len(text)-1] != '"' || strings.ContainsAny(text[1:len(text)-1], `"\`) {
			return nil, false
		}
		return text[1 : len(text)-1], true
	case '\'':
		if len(text) < 2 || text[len(text)-1] != '\'' {
			return nil, false
		}
		body := text[1 : len(text)-1]
		if strings.Count(body, "'")%2 != 0 || strings.Contains(strings.ReplaceAll(body, "''", ""), "'") {
			return nil, false
		}
		return strings.ReplaceAll(body, "''", "'"), true
	}
	return quickPlain(strings.TrimRight(text, " "))
}

func nonBlank(lines []string) bool {
	for _, l := range lines {
		if l != "" {
			return true
		}
	}
	return false
}

// quickPlain resolves a one-line plain scalar as yaml.v3 does into an interface: a
// boolean or null by yaml.v3's spellings, a string that starts with a letter, or a
// timestamp; anything else (numbers, indicators, comments) is left to yaml.v3.
func quickPlain(s string) (any, bool) {
	if s == "" || strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return nil, false
	}
	switch s {
	case "true", "True", "TRUE":
		return true, true
	case "false", "False", "FALSE":
		return false, true
	case "null", "Null", "NULL", "~":
		return nil, true
	}
	c := s[0]
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return s, true
	case c >= '0' && c <= '9':
		if t, ok := yamlTimestamp(s); ok {
			return t, true
		}
	}
	return nil, false
}

// yamlTimestamp is yaml.v3's reading of an unquoted timestamp (resolve.go's
// parseTimestamp and allowedTimestampFormats).
func yamlTimestamp(s string) (time.Time, bool) {
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
	}
	if i != 4 || i == len(s) || s[i] != '-' {
		return time.Time{}, false
	}
	for _, format := range []string{
		"2006-1-2T15:4:5.999999999Z07:00",
		"2006-1-2t15:4:5.999999999Z07:00",
		"2006-1-2 15:4:5.999999999",
		"2006-1-2",
	} {
		if t, err := time.Parse(format, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// quickBlock reads a folded (">", ">-") or literal ("|", "|-") block scalar whose lines
// all share one indentation (deeper than parent) with no blank line between them and no
// trailing spaces: the shapes where folding is only joining.
func quickBlock(header string, inner []string, parent int) (any, bool) {
	var keep string
	switch strings.TrimRight(header, " ") {
	case ">", "|":
		keep = "\n"
	case ">-", "|-":
	default:
		return nil, false
	}
	for len(inner) > 0 && inner[len(inner)-1] == "" {
		inner = inner[:len(inner)-1]
	}
	if len(inner) == 0 {
		return "", true
	}
	ind := indentOf(inner[0])
	if ind <= parent {
		return nil, false
	}
	parts := make([]string, len(inner))
	for k, l := range inner {
		if l == "" || indentOf(l) != ind || strings.HasSuffix(l, " ") {
			return nil, false
		}
		parts[k] = l[ind:]
	}
	sep := " "
	if header[0] == '|' {
		sep = "\n"
	}
	return strings.Join(parts, sep) + keep, true
}
