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
}

var eventTraits = map[string]EventTraits{
	"earthquake": {NatureFamily, true},
	"tsunami":    {NatureFamily, true},
	"flood":      {NatureFamily, true},
	"storm":      {NatureFamily, true},
	"hurricane":  {NatureFamily, true},
	"typhoon":    {NatureFamily, true},
	"cyclone":    {NatureFamily, true},
	"tornado":    {NatureFamily, true},
	"landslide":  {NatureFamily, true},
	"eruption":   {NatureFamily, true},
	"wildfire":   {NatureFamily, true},
	"avalanche":  {NatureFamily, true},
	"heatwave":   {NatureFamily, true},
	"drought":    {NatureFamily, true},
	"blizzard":   {NatureFamily, true},
	"fire":       {NatureFamily, false}, // a building burns at one address
	"collapse":   {NatureFamily, false},
	"bombing":    {ViolenceFamily, false},
	"explosion":  {ViolenceFamily, false},
	"shooting":   {ViolenceFamily, false},
	"attack":     {ViolenceFamily, false},
	"airstrike":  {ViolenceFamily, false},
	"clash":      {ViolenceFamily, false},
	"stampede":   {ViolenceFamily, false},
}

// EventTraitsOf returns the traits of an event type; an unknown type is of OtherFamily
// and happens at a spot.
func EventTraitsOf(typ string) EventTraits { return eventTraits[typ] }

// Regional reports whether events of type typ strike a region rather than a spot.
func Regional(typ string) bool { return eventTraits[typ].Regional }

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
