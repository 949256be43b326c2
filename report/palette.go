package report

import (
	"fmt"
	"sort"
)

// palette maps outlets to colour classes.
type palette map[string]string

// colours is the number of outlet colour classes the style sheet defines (o0…o9);
// more outlets than that share colours, and the legend still names each.
const colours = 10

// newPalette gives each outlet a colour class, in the order given; the unknown outlet
// ("") is grey.
func newPalette(outlets []string) palette {
	p := palette{}
	n := 0
	for _, o := range outlets {
		if _, ok := p[o]; ok {
			continue
		}
		if o == "" {
			p[o] = "onone"
			continue
		}
		p[o] = fmt.Sprintf("o%d", n%colours)
		n++
	}
	return p
}

// pagePalette gives every outlet of the page one colour class, the same in every
// chart, table and the overview: outlets with more figures first, each takes the
// colour least used so far among those no outlet of the same event has taken (so that
// the outlets of one chart differ whenever there are colours enough), and the least
// used of all when every colour is taken there. The unknown outlet ("") is grey.
func pagePalette(events []Event) palette {
	figures := map[string]int{}
	together := map[string]map[string]bool{}
	for _, e := range events {
		var claims []Claim
		for _, m := range e.Measures {
			claims = append(claims, m.Claims...)
		}
		outs := outlets(claims)
		for _, c := range claims {
			figures[c.Publisher]++
		}
		for _, a := range outs {
			if together[a] == nil {
				together[a] = map[string]bool{}
			}
			for _, b := range outs {
				together[a][b] = a != b
			}
		}
	}
	order := make([]string, 0, len(figures))
	for o := range figures {
		order = append(order, o)
	}
	sort.Slice(order, func(i, j int) bool {
		if figures[order[i]] != figures[order[j]] {
			return figures[order[i]] > figures[order[j]]
		}
		return order[i] < order[j]
	})
	p := palette{}
	idx := map[string]int{}
	used := make([]int, colours)
	for _, o := range order {
		if o == "" {
			p[o] = "onone"
			continue
		}
		taken := make([]bool, colours)
		for other, with := range together[o] {
			if k, ok := idx[other]; ok && with {
				taken[k] = true
			}
		}
		best := -1
		for k := 0; k < colours; k++ {
			if !taken[k] && (best < 0 || used[k] < used[best]) {
				best = k
			}
		}
		if best < 0 {
			best = 0
			for k := 1; k < colours; k++ {
				if used[k] < used[best] {
					best = k
				}
			}
		}
		idx[o] = best
		used[best]++
		p[o] = fmt.Sprintf("o%d", best)
	}
	return p
}
