package extraction

import "testing"

// src192Sources maps each figure of testdata/NAME.input to its source.
func src192Sources(t *testing.T, name string) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, f := range extract(t, name).Figures {
		got[f.Text] = f.Source
	}
	return got
}

// src192Want checks that every figure of want is in got with its source.
func src192Want(t *testing.T, got, want map[string]string) {
	t.Helper()
	wantByText(t, "figure", "source", got, want)
}

// TestHeadlineTeller checks that a headline opening on who says its claim ("Norvale
// says ferry bookings top $40 million …") gives its figure to that organization, named
// whole in the body (headlinetellers.go).
func TestHeadlineTeller(t *testing.T) {
	src192Want(t, src192Sources(t, "headline-tellers"), map[string]string{
		"$40 million": "Norvale Shipping Inc",
	})
}

// TestBodyExperts checks that a body's experts before a forecast verb ("Kelmar Freight
// Ltd analysts predicted", "Marlow University researchers projected") make the body the
// figure's source (bodyexperts.go).
func TestBodyExperts(t *testing.T) {
	src192Want(t, src192Sources(t, "body-experts"), map[string]string{
		"12 percent":     "Kelmar Freight Ltd",
		"3,000 new jobs": "Marlow University",
	})
}

// TestPollPublishedBy checks that "the last poll published by X" names its pollster X,
// not the poll the article named before (pollsources.go).
func TestPollPublishedBy(t *testing.T) {
	src192Want(t, src192Sources(t, "poll-published"), map[string]string{
		"9 percent": "Fjord Polling Ltd",
	})
}
