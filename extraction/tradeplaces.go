package extraction

// Trades after a place: "Orlando personal injury lawyer Lou Pendas", "Irish
// photographer Mark Duffy", "Louisiana political analyst Silas Lee". A place or a
// demonym before a trade's lower-case title says where its holder works or comes from,
// not whom they serve: no lawyerOf Orlando, photographerOf Ireland. Offices stay held of
// their place ("Texas state senator Ana Reyes", "Georgia congressman Tom Hale"), as do
// a team's posts ("Oregon coach Dana Altman"), a country's news agency ("state news
// agency Tass") and a founder's state.

// placeTradePredicates are the predicates of the trades a place before their title does
// not employ: a lawyer, a photographer, a researcher or an analyst practises there.
var placeTradePredicates = map[string]bool{"lawyerOf": true, "attorneyOf": true, "photographerOf": true,
	"researcherOf": true, "journalistOf": true, "analystOf": true, "professorOf": true, "fighterOf": true,
	"executiveOf": true, "economistOf": true, "scientistOf": true, "writerOf": true, "reporterOf": true,
	"correspondentOf": true, "consultantOf": true, "expertOf": true, "artistOf": true, "designerOf": true,
	"architectOf": true, "physicianOf": true, "doctorOf": true, "bankerOf": true, "investorOf": true,
	"activistOf": true, "filmmakerOf": true}

// tradeRole reports whether a lower-case title after a place is a trade the place does
// not employ: "personal injury lawyer", "photographer", "political analyst"; not an
// office ("state senator", "police chief"), nor "coach" or "news agency".
func tradeRole(role string) bool {
	return placeTradePredicates[rolePredicate(role)]
}
