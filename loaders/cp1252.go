package loaders

import (
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// Text that was Windows-1252 but was decoded as Latin-1 on its way into an archive
// carries C1 control characters (U+0080–U+009F) where the writer typed curly quotes,
// dashes, an ellipsis or a bullet: "\u0093Let them go,\u0094 he said". Extraction knows
// none of those controls as quotation marks, so such a report loses its quotes and its
// apostrophes split words. repairWindows1252 maps each of them to the character that
// Windows-1252 gives its byte; text without them is returned as it is.
func repairWindows1252(s string) string {
	if !hasC1(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= 0x80 && r <= 0x9f {
			return charmap.Windows1252.DecodeByte(byte(r))
		}
		return r
	}, s)
}

// hasC1 reports whether s holds a C1 control character (UTF-8 0xC2 0x80–0x9F).
func hasC1(s string) bool {
	for {
		i := strings.IndexByte(s, 0xc2)
		if i < 0 || i+1 >= len(s) {
			return false
		}
		if c := s[i+1]; c >= 0x80 && c <= 0x9f {
			return true
		}
		s = s[i+1:]
	}
}
