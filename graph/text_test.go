package graph

import (
	"errors"
	"path/filepath"
	"testing"
)

// TestInvalidTextRefusedAlone: an article whose path or text is not UTF-8 is refused
// by AddArticle, and the other articles of the batch are written. (Bolt refused the
// string when it wrote the transaction, and with it the whole batch.)
func TestInvalidTextRefusedAlone(t *testing.T) {
	for _, field := range []string{"path", "title", "text"} {
		t.Run(field, func(t *testing.T) {
			s := openStore(t, Options{Backend: Bolt, Addr: filepath.Join(t.TempDir(), "kg.db")})
			bad := later.extraction()
			switch field {
			case "path":
				bad.Article.Path = "news/caf\xe9.txt"
			case "title":
				bad.Article.Title = "Caf\xe9 owners count the dead"
			case "text":
				bad.Article.Body += " Caf\xe9."
			}
			bad.Article.ID = ""
			mustAdd(t, s, early, Added)
			if _, err := s.AddArticle(bad); !errors.Is(err, ErrInvalidText) {
				t.Errorf("AddArticle = %v, want ErrInvalidText", err)
			}
			mustAdd(t, s, rival, Added)
			if err := s.Flush(); err != nil {
				t.Fatalf("flush: %v", err)
			}
			if st := stats(t, s); st.Articles != 2 {
				t.Errorf("%d articles in the store, want the two good ones", st.Articles)
			}
		})
	}
}
