package loaders

import (
	"bytes"
	"regexp"
	"strings"

	"golang.org/x/net/html/charset"
)

// Pages and feeds may say which character set they are written in; kg reads
// everything as UTF-8, so a file that is not valid UTF-8 and declares another charset
// is converted first (an old page in ISO-8859-1 keeps its "café").

var (
	metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)`)
	xmlEncoding = regexp.MustCompile(`^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([a-zA-Z0-9_.:-]+)(["'])`)
)

// declaredCharset returns the charset a page's <meta> or an XML declaration names in
// the first KiB, or "".
func declaredCharset(data []byte) string {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	if m := xmlEncoding.FindSubmatch(head); m != nil {
		return string(m[2])
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// fromDeclaredCharset converts data from the charset it declares to UTF-8. ok is
// false when it declares none, or UTF-8, or one kg does not know.
func fromDeclaredCharset(data []byte) (out []byte, ok bool) {
	name := declaredCharset(data)
	if name == "" || strings.EqualFold(name, "utf-8") || strings.EqualFold(name, "utf8") {
		return nil, false
	}
	enc, canonical := charset.Lookup(name)
	if enc == nil || canonical == "utf-8" {
		return nil, false
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, false
	}
	return out, true
}

// markUTF8 rewrites an XML declaration's encoding to UTF-8, so that an XML parser does
// not convert text that is already UTF-8 a second time.
func markUTF8(data []byte) []byte {
	if !bytes.Contains(data[:min(len(data), 200)], []byte("<?xml")) {
		return data
	}
	m := xmlEncoding.FindSubmatchIndex(data[:min(len(data), 1024)])
	if m == nil || strings.EqualFold(string(data[m[4]:m[5]]), "utf-8") {
		return data
	}
	out := make([]byte, 0, len(data))
	out = append(out, data[:m[4]]...)
	out = append(out, "UTF-8"...)
	return append(out, data[m[5]:]...)
}
