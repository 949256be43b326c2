package kg

import "strings"

// Amount classes: the words of an amount's measure in one number. An amount (a sum of
// money, a percentage) is one quantity whether a report calls it "revenue" or
// "revenues", "profit" or "profits", "market value" or "market values": the plural of
// a word for an amount is a way of saying it, not a count of things. A count is
// otherwise: "one count" and "16 counts" of a charge, "a vote" and "votes" are different
// quantities, so a figure with no unit keeps its measure's number.

// ownSenses are plurals with a sense of their own, which an amount's measure keeps:
// "sales" are a company's revenue, "a sale" one deal; "damages" are an award,
// "damage" a cost of harm; "earnings", "savings", "proceeds" and "funds" are sums no
// singular names.
var ownSenses = map[string]bool{
	"sales": true, "damages": true, "earnings": true, "savings": true, "proceeds": true,
	"funds": true, "shares": true, "securities": true, "goods": true, "arms": true,
	"holdings": true, "assets": true, "terms": true, "futures": true, "returns": true,
	"means": true, "news": true, "series": true, "species": true, "odds": true,
}

// AmountClass is the class of a figure's measure (MeasureClass) with, for a figure that
// has a unit, the last word of its measure in the singular: "revenues" and "revenue"
// of dollars meet, "annual profits" and "annual profit" meet; "counts" and "count"
// with no unit stay apart.
func AmountClass(measure, unit string) string {
	c := MeasureClass(measure)
	if unit == "" {
		return c
	}
	sp := strings.LastIndexByte(c, ' ')
	return c[:sp+1] + singular(c[sp+1:])
}

// singular is a measure word in the singular, when it is a regular plural of a
// noun: "revenues" → "revenue", "subsidies" → "subsidy", "losses" → "loss", "taxes" →
// "tax". Words that are not plurals ("loss", "bonus", "basis", "economics") and plurals
// with a sense of their own (ownSenses) are kept.
func singular(w string) string {
	switch {
	case len(w) <= 3 || ownSenses[w] || !strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "ics"):
		return w // "loss", "bonus", "basis", "economics"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}
