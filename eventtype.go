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
	// ByWeapon types are acts of violence named by how they were done: a shooting and a
	// bombing are two acts, where "an attack" or "an explosion" may name either; a truck
	// driven into a crowd is a vehicle attack, which a report that a gunman fired does not
	// make a shooting.
	ByWeapon bool
}

var eventTraits = map[string]EventTraits{
	"earthquake": {NatureFamily, true, 1, false},
	"tsunami":    {NatureFamily, true, 2, false},
	"hurricane":  {NatureFamily, true, 3, false},
	"typhoon":    {NatureFamily, true, 3, false},
	"cyclone":    {NatureFamily, true, 3, false},
	"tornado":    {NatureFamily, true, 3, false},
	"storm":      {NatureFamily, true, 4, false},
	"flood":      {NatureFamily, true, 5, false},
	"landslide":  {NatureFamily, true, 6, false},
	"avalanche":  {NatureFamily, true, 6, false},
	"eruption":   {NatureFamily, true, 6, false},
	"wildfire":   {NatureFamily, true, 7, false},
	"heatwave":   {NatureFamily, true, 7, false},
	"drought":    {NatureFamily, true, 7, false},
	"blizzard":   {NatureFamily, true, 4, false},
	"fire":       {NatureFamily, false, 8, false}, // a building burns at one address
	"collapse":   {NatureFamily, false, 8, false},
	"shooting":   {ViolenceFamily, false, 10, true},
	// a truck or a van driven into a crowd ("the truck attack"): named by its weapon
	"vehicle attack": {ViolenceFamily, false, 10, true},
	"bombing":        {ViolenceFamily, false, 11, true},
	"airstrike":      {ViolenceFamily, false, 12, true},
	"stampede":       {ViolenceFamily, false, 13, false},
	"explosion":      {ViolenceFamily, false, 14, false},
	"attack":         {ViolenceFamily, false, 15, false},
	"clash":          {ViolenceFamily, false, 16, false},
}

// EventTraitsOf returns the traits of an event type; an unknown type is of OtherFamily
// and happens at a spot.
func EventTraitsOf(typ string) EventTraits { return eventTraits[typ] }

// Regional reports whether events of type typ strike a region rather than a spot.
func Regional(typ string) bool { return eventTraits[typ].Regional }

// ByWeapon reports whether events of type typ are acts named by their weapon (see
// EventTraits.ByWeapon).
func ByWeapon(typ string) bool { return eventTraits[typ].ByWeapon }

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
