package loaders

import (
	"regexp"
	"strings"
)

// Markdown to plain paragraphs by simple, line-based rules: enough for the prose of a
// news report (headings, quotes, lists, links, emphasis), linear in the input, and
// never recursive. Inline HTML and entities go through the HTML converter.

var (
	mdImage     = regexp.MustCompile(`!\[[^\]\n]*\]\([^)\n]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]\n]*)\]\([^)\n]*\)`)
	mdRefLink   = regexp.MustCompile(`\[([^\]\n]+)\]\[[^\]\n]*\]`)
	mdRefDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	mdAutoLink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdStrong    = regexp.MustCompile(`(\*\*|__)(\S(?:[^\n]*?\S)?)(\*\*|__)`)
	mdEmphStar  = regexp.MustCompile(`(^|[^\w*])\*(\S(?:[^*\n]*?\S)?)\*([^\w*]|$)`)
	mdEmphUnder = regexp.MustCompile(`(^|[^\w_])_(\S(?:[^_\n]*?\S)?)_([^\w_]|$)`)
	mdCode      = regexp.MustCompile("`+([^`\n]+)`+")
	mdListItem  = regexp.MustCompile(`^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+`)
	mdRule      = regexp.MustCompile(`^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$`)
	mdSetext    = regexp.MustCompile(`^\s{0,3}(?:=+|-+)\s*$`)
	mdHeading   = regexp.MustCompile(`^\s{0,3}#{1,6}(?:\s+|$)`)
)

// markdownParagraphs returns the prose of a Markdown text as paragraphs.
func markdownParagraphs(text string) []string { return markdownEmphasis(text, nil) }

// markdownEmphasis is markdownParagraphs that also adds the text of each emphasised run
// (*…*, _…_, <em>…</em>) to emph when emph is not nil.
func markdownEmphasis(text string, emph *[]string) []string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	fence := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, " \t\r")
		trimmed := strings.TrimLeft(line, " \t")
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
				flush()
				continue
			}
			cur = append(cur, strings.TrimSpace(line))
			continue
		}
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			flush()
			fence = trimmed[:3]
			continue
		}
		// Block quotes: drop the markers, keep the words.
		for strings.HasPrefix(trimmed, ">") {
			trimmed = strings.TrimLeft(trimmed[1:], " \t")
		}
		switch {
		case trimmed == "":
			flush()
		case mdSetext.MatchString(trimmed) && len(cur) > 0:
			flush() // the lines before were a heading
		case mdRule.MatchString(trimmed):
			flush()
		case mdRefDef.MatchString(trimmed):
			// a link reference definition: not prose
		case mdHeading.MatchString(trimmed):
			flush()
			h := strings.TrimLeft(trimmed, "#")
			h = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(h), "#"))
			if h != "" {
				paras = append(paras, mdInlineEmphasis(h, emph))
			}
		case mdListItem.MatchString(trimmed):
			flush()
			cur = append(cur, mdInlineEmphasis(mdListItem.ReplaceAllString(trimmed, ""), emph))
		default:
			cur = append(cur, mdInlineEmphasis(trimmed, emph))
		}
	}
	flush()
	out := paras[:0]
	for _, p := range paras {
		if strings.IndexByte(p, '<') >= 0 || strings.IndexByte(p, '&') >= 0 {
			p = strings.Join(htmlParagraphs([]byte(p), htmlMode{emphasis: emph}), "\n")
		} else {
			p = collapseSpace(p)
		}
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// mdInline removes inline Markdown: images, link targets, emphasis, code ticks,
// hard-break backslashes.
func mdInline(s string) string { return mdInlineEmphasis(s, nil) }

// mdInlineEmphasis is mdInline that also adds the text of each emphasised run (*…*,
// _…_; not strong **…**) to emph when emph is not nil.
func mdInlineEmphasis(s string, emph *[]string) string {
	if strings.ContainsAny(s, "[<") {
		s = mdImage.ReplaceAllString(s, "")
		s = mdLink.ReplaceAllString(s, "$1")
		s = mdRefLink.ReplaceAllString(s, "$1")
		s = mdAutoLink.ReplaceAllString(s, "$1")
	}
	if strings.ContainsAny(s, "*_") {
		s = mdStrong.ReplaceAllString(s, "$2")
		if emph != nil {
			for _, re := range []*regexp.Regexp{mdEmphStar, mdEmphUnder} {
				for _, m := range re.FindAllStringSubmatch(s, -1) {
					if t := mdInline(m[2]); len(t) <= maxEmphasis {
						*emph = append(*emph, t)
					}
				}
			}
		}
		s = mdEmphStar.ReplaceAllString(s, "$1$2$3")
		s = mdEmphUnder.ReplaceAllString(s, "$1$2$3")
	}
	if strings.IndexByte(s, '`') >= 0 {
		s = mdCode.ReplaceAllString(s, "$1")
	}
	s = strings.TrimSuffix(s, "\\")
	if strings.IndexByte(s, '\\') >= 0 {
		s = unescapeMarkdown(s)
	}
	return s
}

// unescapeMarkdown drops the backslash of Markdown's escaped punctuation ("\*").
func unescapeMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|<>\"'$", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
