package kg

// The kinds of event kg follows, in one table: which family of types reports use for
// one happening (a bombing is also reported as an explosion and an attack), and which
// types strike a region rather than a spot (reports place one earthquake in several
// towns). Extraction and the linker both ask this table.

// EventFamily groups event types that reports use for one happening.
type EventFamily int

// The event families.
const (
	OtherFamily    EventFamily = iota // defections, elections, talks…
	NatureFamily                      // an earthquake and its fires, landslides and tsunami
	ViolenceFamily                    // a bombing, an explosion, a shooting, an attack
)

// EventTraits is what kg knows of an event type.
type EventTraits struct {
	Family EventFamily
	// Regional types strike a region, not a spot: reports of one event name different
	// towns of one country.
	Regional bool
	// Rank orders types from the most specific (1): reports that call a bombing an
	// explosion or an attack tell of a bombing. 0 is unranked (after every ranked type).
	Rank int
}

var eventTraits = map[string]EventTraits{
	"earthquake": {NatureFamily, true, 1},
	"tsunami":    {NatureFamily, true, 2},
	"hurricane":  {NatureFamily, true, 3},
	"typhoon":    {NatureFamily, true, 3},
	"cyclone":    {NatureFamily, true, 3},
	"tornado":    {NatureFamily, true, 3},
	"storm":      {NatureFamily, true, 4},
	"flood":      {NatureFamily, true, 5},
	"landslide":  {NatureFamily, true, 6},
	"avalanche":  {NatureFamily, true, 6},
	"eruption":   {NatureFamily, true, 6},
	"wildfire":   {NatureFamily, true, 7},
	"heatwave":   {NatureFamily, true, 7},
	"drought":    {NatureFamily, true, 7},
	"blizzard":   {NatureFamily, true, 4},
	"fire":       {NatureFamily, false, 8}, // a building burns at one address
	"collapse":   {NatureFamily, false, 8},
	"shooting":   {ViolenceFamily, false, 10},
	// a truck or a van driven into a crowd ("the truck attack"): named by its weapon
	"vehicle attack": {ViolenceFamily, false, 10},
	"bombing":        {ViolenceFamily, false, 11},
	"airstrike":      {ViolenceFamily, false, 12},
	"stampede":       {ViolenceFamily, false, 13},
	"explosion":      {ViolenceFamily, false, 14},
	"attack":         {ViolenceFamily, false, 15},
	"clash":          {ViolenceFamily, false, 16},
}

// EventTraitsOf returns the traits of an event type; an unknown type is of OtherFamily
// and happens at a spot.
func EventTraitsOf(typ string) EventTraits { return eventTraits[typ] }

// Regional reports whether events of type typ strike a region rather than a spot.
func Regional(typ string) bool { return eventTraits[typ].Regional }

// MoreSpecific reports whether event type a is more specific than b (see Rank).
func MoreSpecific(a, b string) bool {
	ra, rb := eventTraits[a].Rank, eventTraits[b].Rank
	if ra == 0 {
		ra = 1 << 20
	}
	if rb == 0 {
		rb = 1 << 20
	}
	return ra < rb
}

// FamilyOf returns the family of an event type.
func FamilyOf(typ string) EventFamily { return eventTraits[typ].Family }

// String names the family: "nature", "violence", "other".
func (f EventFamily) String() string {
	switch f {
	case NatureFamily:
		return "nature"
	case ViolenceFamily:
		return "violence"
	}
	return "other"
}
