package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
	"golang.org/x/text/unicode/norm"
)

// Namespaces kg writes IRIs in. Stored IRIs are always full; the prefixes are registered
// with the quad library's vocabulary (voc) so that people can type "kg:entity/…" in
// Gizmo after g.addDefaultNamespaces(), and are written into every store so that
// g.loadNamespaces() finds them too.
const (
	NS       = "https://factgraph.org/kg/"
	Prefix   = "kg:"
	SchemaNS = "http://schema.org/"
	ProvNS   = "http://www.w3.org/ns/prov#"
	RDFNS    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFSNS   = "http://www.w3.org/2000/01/rdf-schema#"
)

func init() {
	voc.RegisterPrefix(Prefix, NS)
	voc.RegisterPrefix("prov:", ProvNS)
	voc.RegisterPrefix("schema:", SchemaNS)
	voc.RegisterPrefix("rdf:", RDFNS)
	voc.RegisterPrefix("rdfs:", RDFSNS)
}

// Prefixes are the namespaces kg registers, by prefix.
var Prefixes = map[string]string{
	Prefix:    NS,
	"prov:":   ProvNS,
	"schema:": SchemaNS,
	"rdf:":    RDFNS,
	"rdfs:":   RDFSNS,
}

// Short writes a full IRI with its registered prefix ("kg:article/…"), or unchanged.
func Short(iri string) string {
	for p, ns := range Prefixes {
		if strings.HasPrefix(iri, ns) {
			return p + iri[len(ns):]
		}
	}
	return iri
}

// Full expands a prefixed IRI ("kg:article/…") to the full one, or returns it unchanged.
func Full(iri string) string {
	for p, ns := range Prefixes {
		if strings.HasPrefix(iri, p) {
			return ns + iri[len(p):]
		}
	}
	return iri
}

// Node kinds: the first segment of a kg IRI's path.
const (
	KindArticle  = "article"
	KindEntity   = "entity"
	KindClaim    = "claim"
	KindEvent    = "event"
	KindConflict = "conflict"
	KindAgree    = "agreement"
	KindMerge    = "merge"
)

// ArticleIRI is the node of an article: kg:article/<content hash>.
func ArticleIRI(id string) quad.IRI { return quad.IRI(NS + KindArticle + "/" + id) }

// ArticleIDOf is the content hash an article IRI names: the inverse of ArticleIRI.
func ArticleIDOf(iri quad.IRI) string {
	return strings.TrimPrefix(string(iri), NS+KindArticle+"/")
}

// EntityIRI is the node of an entity: kg:entity/<type>/<slug of its name key>.
func EntityIRI(typ, name string) quad.IRI {
	return quad.IRI(NS + KindEntity + "/" + strings.ToLower(typ) + "/" + Slug(NameKey(name)))
}

// EventIRI is the node of an event: kg:event/<type>/<place>/<date>; an unknown place or
// date is written "unknown".
func EventIRI(typ, place, date string) quad.IRI {
	p, d := Slug(place), date
	if p == "" {
		p = "unknown"
	}
	if d == "" {
		d = "unknown"
	}
	return quad.IRI(NS + KindEvent + "/" + Slug(typ) + "/" + p + "/" + d)
}

// HashIRI is a node named by the hash of its parts: kg:<kind>/<hash>.
func HashIRI(kind string, parts ...string) quad.IRI {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return quad.IRI(NS + kind + "/" + hex.EncodeToString(h.Sum(nil)[:12]))
}

// KindOf returns the kind of a kg IRI ("article", "entity"…), or "".
func KindOf(iri quad.IRI) string {
	s := string(iri)
	if !strings.HasPrefix(s, NS) {
		return ""
	}
	s = s[len(NS):]
	if i := strings.IndexByte(s, '/'); i > 0 {
		return s[:i]
	}
	return ""
}

// Slug writes s as lower-case ASCII words joined by hyphens: "Lai Ching-Te" → "lai-ching-te".
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range foldASCII(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r + 'a' - 'A')
		case r == '\'' || r == '’' || r == '.':
			// "O'Brien", "U.N." keep their letters together
		default:
			dash = true
		}
	}
	return b.String()
}

// NameKey is the form of a name under which two spellings of one entity meet across
// articles: case, accents, punctuation, the particles al-/el-/ad- inside a name and
// company suffixes (Inc., Corp., Co., Ltd.) are ignored, so "Bashar al-Assad" and
// "Bashar Assad" share the key "bashar assad", and "Apple Inc." and "Apple" share "apple".
func NameKey(name string) string {
	words := strings.FieldsFunc(foldASCII(name), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '.' || r == '-' || r == '&')
	})
	out := make([]string, 0, len(words))
	for i, w := range words {
		w = strings.ToLower(strings.Trim(w, "'.-"))
		w = strings.ReplaceAll(w, ".", "")
		w = strings.ReplaceAll(w, "'", "")
		if i > 0 {
			for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "ar-"} {
				if strings.HasPrefix(w, p) && len(w) > len(p)+1 {
					w = w[len(p):]
					break
				}
			}
			if w == "al" || w == "el" {
				continue
			}
		}
		if i > 0 && i == len(words)-1 && companySuffix[w] {
			continue
		}
		w = strings.ReplaceAll(w, "-", " ")
		if w != "" {
			out = append(out, w)
		}
	}
	if len(out) > 1 && out[0] == "the" {
		out = out[1:]
	}
	return strings.Join(out, " ")
}

var companySuffix = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "llc": true, "plc": true,
	"corporation": true, "incorporated": true, "limited": true, "sa": true, "ag": true, "nv": true,
}

// foldASCII removes accents: "Muezzinoğlu" → "Muezzinoglu".
func foldASCII(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ı':
			r = 'i'
		case 'ł':
			r = 'l'
		case 'ø':
			r = 'o'
		case 'đ':
			r = 'd'
		case '‘', '’':
			r = '\''
		case '–', '—':
			r = '-'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Surname is the family name of a person's full name, as a name key: the last word
// ("Kofi Annan" → "annan"), or the first where the given name is hyphenated in the East
// Asian order ("Lai Ching-te" → "lai", "Ma Ying-jeou" → "ma"). A single word has none.
func Surname(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	if len(words) == 2 && strings.Contains(words[1], "-") && !strings.Contains(words[0], "-") {
		return NameKey(words[0])
	}
	return NameKey(words[len(words)-1])
}
