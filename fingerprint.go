package kg

import (
	"encoding/base64"
	"encoding/binary"
	"hash/fnv"
	"unicode"
	"unicode/utf8"
)

// Copies of one story — a wire report carried by several outlets, an outlet's update
// minutes later — repeat most of their words. A Fingerprint keeps a small sample of an
// article's word sequences (a MinHash of its 5-word shingles), so that two articles'
// share of common sequences can be estimated without their texts: Similarity of two
// fingerprints is about the Jaccard similarity of the shingle sets.

// FingerprintSize is the number of hashes a fingerprint keeps.
const FingerprintSize = 32

// Fingerprint is the MinHash of a text's shingles, written as a short string.
type Fingerprint string

const (
	shingle     = 5
	minShingles = 30 // fewer: a caption or a boilerplate line, which many stories share
)

// FingerprintOf returns the fingerprint of a text, or "" for one too short to tell
// copies apart (fewer than 30 shingles). It reads the text once and keeps nothing of
// it but the last few words' hashes.
func FingerprintOf(text string) Fingerprint {
	var mins [FingerprintSize]uint32
	for i := range mins {
		mins[i] = ^uint32(0)
	}
	var ring [shingle]uint64 // the hashes of the last words
	words, shingles := 0, 0
	word := fnv.New64a()
	inWord := false
	var buf [utf8.UTFMax]byte
	endWord := func() {
		if !inWord {
			return
		}
		inWord = false
		ring[words%shingle] = word.Sum64()
		word.Reset()
		words++
		if words < shingle {
			return
		}
		shingles++
		var x uint64 = 14695981039346656037
		for k := 0; k < shingle; k++ {
			x ^= ring[(words+k)%shingle] // oldest word first
			x *= 1099511628211
			x ^= x >> 29
		}
		// FingerprintSize hash functions from one 64-bit hash: h1 + k·h2.
		h1, h2 := uint32(x), uint32(x>>32)|1
		for k := range mins {
			if v := h1 + uint32(k)*h2; v < mins[k] {
				mins[k] = v
			}
		}
	}
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			endWord()
			continue
		}
		inWord = true
		n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		word.Write(buf[:n])
	}
	endWord()
	if shingles < minShingles {
		return ""
	}
	b := make([]byte, 4*FingerprintSize)
	for k, v := range mins {
		binary.BigEndian.PutUint32(b[4*k:], v)
	}
	return Fingerprint(base64.RawStdEncoding.EncodeToString(b))
}

// Similarity estimates the share of shingles two texts have in common (0 to 1); 0 when
// either fingerprint is empty or unreadable.
func (a Fingerprint) Similarity(b Fingerprint) float64 {
	x, err1 := base64.RawStdEncoding.DecodeString(string(a))
	y, err2 := base64.RawStdEncoding.DecodeString(string(b))
	if err1 != nil || err2 != nil || len(x) != 4*FingerprintSize || len(y) != len(x) {
		return 0
	}
	same := 0
	for k := 0; k < FingerprintSize; k++ {
		if binary.BigEndian.Uint32(x[4*k:]) == binary.BigEndian.Uint32(y[4*k:]) {
			same++
		}
	}
	return float64(same) / FingerprintSize
}
