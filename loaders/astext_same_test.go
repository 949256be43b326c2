package loaders

import (
	"bytes"
	"math/rand"
	"testing"
	"unicode/utf8"
)

// asTextBefore is asText as it was before speedload64 (every file went through the
// sample loop): the short way for valid text without control characters must give
// the same bytes and errors.
func asTextBefore(data []byte) ([]byte, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		data = fromUTF16(data)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, ErrBinary
	}
	if !utf8.Valid(data) {
		if conv, ok := fromDeclaredCharset(data); ok {
			data = conv
		}
	}
	data = markUTF8(data)
	// Judge a sample: text with a few bad bytes is repaired, noise is refused.
	sample := data
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	bad, total := 0, 0
	for i := 0; i < len(sample); {
		c := sample[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
				bad++ // control characters are as unlikely in text as bad bytes
			}
			total++
			i++
			continue
		}
		r, n := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && n == 1 && !(i+4 > len(sample) && len(sample) < len(data)) {
			bad++
		}
		total++
		i += n
	}
	if bad*10 > total { // more than 10% noise
		return nil, ErrBinary
	}
	if utf8.Valid(data) {
		return data, nil
	}
	return bytes.ToValidUTF8(data, []byte("\uFFFD")), nil
}

func TestAsTextSameAsBefore(t *testing.T) {
	inputs := []string{"", " \n", "plain text\n", "\xef\xbb\xbfbom text", "\xff\xfeh\x00i\x00", "bad \xff byte",
		"ctrl \x01 char", "\x1b[0m esc", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>caf\xe9</rss>",
		"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss>ok</rss>", "<meta charset=\"windows-1252\">\x93quoted\x94",
		"nul \x00 byte", "“curly” — text", "\x01\x02\x03\x04abc"}
	pieces := []string{"a", " ", "\n", "é", "\xff", "\xe2\x82", "\x01", "\x07", "\t", "€", "<p>", "\x1b", "\x00"}
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 5000; i++ {
		var b bytes.Buffer
		for j := rng.Intn(60); j > 0; j-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		inputs = append(inputs, b.String())
	}
	// a sample cut inside a rune, past 64 KB
	inputs = append(inputs, string(bytes.Repeat([]byte("€"), 30000)), string(bytes.Repeat([]byte("ab\x02"), 30000)))
	for _, in := range inputs {
		got, gerr := asText([]byte(in))
		want, werr := asTextBefore([]byte(in))
		if !bytes.Equal(got, want) || gerr != werr {
			t.Errorf("asText(%q) = %q, %v; before %q, %v", in, got, gerr, want, werr)
		}
	}
}

func FuzzAsTextSameAsBefore(f *testing.F) {
	f.Add([]byte("plain \x01 text \xff"))
	f.Fuzz(func(t *testing.T, in []byte) {
		got, gerr := asText(bytes.Clone(in))
		want, werr := asTextBefore(bytes.Clone(in))
		if !bytes.Equal(got, want) || gerr != werr {
			t.Errorf("asText(%q) = %q, %v; before %q, %v", in, got, gerr, want, werr)
		}
	})
}
