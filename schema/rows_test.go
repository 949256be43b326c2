package schema

import (
	"strings"
	"testing"
	"time"
)

func TestPackUnpack(t *testing.T) {
	rows := []string{
		string(Row(FigureRecord{Measure: "killed", Value: 25, Text: "At least 25\nwere killed."}, "2016-02-07T11:46:43Z", "kg:article/a", OffsetKey(3))),
		string(Row(QuoteRecord{Speaker: "Kofi\nAnnan", Text: "line one\nline two"}, "~", "kg:article/b", OffsetKey(0), "Kofi\tAnnan")),
	}
	got := Unpack(string(Pack(rows)))
	if len(got) != len(rows) {
		t.Fatalf("Unpack(Pack(%d rows)) = %d rows: %q", len(rows), len(got), got)
	}
	for i := range rows {
		if got[i] != rows[i] {
			t.Errorf("row %d = %q, want %q", i, got[i], rows[i])
		}
		if k := strings.Split(got[i], "\t"); len(k) < 4 {
			t.Errorf("row %d has keys %q: a tab or newline in a key was kept", i, k)
		}
	}
}

func TestRowAnchor(t *testing.T) {
	at := time.Date(2016, 2, 6, 23, 30, 0, 0, time.FixedZone("UTC+8", 8*3600)) // 15:30 UTC
	tests := []struct {
		got, want string
	}{
		{string(RowAnchor(FigureRow, at)), NS + "index/figure/2016-02-06"},
		{string(RowAnchor(EventFigureRow, at)), NS + "index/eventFigure/2016-02-06"},
		{string(RowAnchor(ArticleRow, time.Time{})), NS + "index/article/undated"},
		{string(ConflictAnchor(string(Row(ConflictRecord{}, "kg:conflict/x", "2016-02-07T01:00:00Z")))), NS + "index/conflict/2016-02-07"},
		{string(ConflictAnchor(string(Row(ConflictRecord{}, "kg:conflict/x", "")))), NS + "index/conflict/undated"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("anchor = %s, want %s", tt.got, tt.want)
		}
	}
	if k := RowKindOf(QuoteRow); k != "quote" {
		t.Errorf("RowKindOf(quoteRow) = %q", k)
	}
}
