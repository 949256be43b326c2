// Package loaders owns kg's readers: it turns the bytes of a file into kg.Articles
// (plain text, Markdown with YAML front matter, HTML pages, JSON and JSON Lines, RSS
// and Atom feeds) or into raw quads (N-Quads), and it walks folders to find the files.
// Each format is one Loader in its own file; a Registry, built explicitly by Default,
// picks the loader by extension, then by sniffing the content. The package also owns
// the cleaning every loader shares (markup and archive debris removed, entities
// decoded, invalid UTF-8 repaired) and the table of outlets (publishers.txt) that names
// an article's publisher from its web address.
package loaders
