package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// orgEndingsReport is invented: companies named by a word and a business's last word
// ("Robotics", "Outfitters", "Realty"…) that no given name or company suffix marks, and
// names that end the same way but are no company of that shape.
const orgEndingsReport = `Kestrel Robotics said on Monday it would cut 200 jobs.

Halden Outfitters and Morrow Realty reported losses, while Tamsin Aerospace raised its forecast.

Brook Traders, Vell Enterprises and Quarry Logistics declined to comment.

Pell Semiconductor agreed to supply Oren Brewing.

Dana Wells, a former pilot, said she would fly again.`

func TestOrganizationEndings(t *testing.T) {
	a := kg.Article{Title: "Kestrel Robotics cuts jobs", Body: orgEndingsReport,
		Published: time.Date(2016, 5, 2, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	for name, want := range map[string]kg.EntityType{
		"Kestrel Robotics": kg.Organization, "Halden Outfitters": kg.Organization,
		"Morrow Realty": kg.Organization, "Tamsin Aerospace": kg.Organization,
		"Brook Traders": kg.Organization, "Vell Enterprises": kg.Organization,
		"Quarry Logistics": kg.Organization, "Pell Semiconductor": kg.Organization,
		"Oren Brewing": kg.Organization, "Dana Wells": kg.Person,
	} {
		got, ok := types[name]
		if !ok {
			t.Errorf("%s: not an entity (have %v)", name, types)
			continue
		}
		if got != want {
			t.Errorf("%s typed %s, want %s", name, got, want)
		}
	}
}
