package extraction

// Monarchs' titles. A king, queen or emir reigns over a country the report names (the
// title's own phrase, a demonym, the word lists' leaders); the article's country is no
// default for one: "King Salman" in a report from Washington reigns in Saudi Arabia,
// "Queen Latifah" and "the King Fire" reign nowhere. Only a report whose country has a
// monarch ("King Felipe VI" in a report from Madrid) gives its own by default; presidents
// and ministers, whose country a report often leaves unsaid, keep the default.

// monarchTitles are the titles a monarch or a monarch's family holds.
var monarchTitles = newTokSet(map[string]bool{"king": true, "queen": true, "emir": true, "prince": true,
	"princess": true, "emperor": true, "empress": true, "sultan": true, "crown prince": true, "monarch": true})

// monarchies are the countries a monarch reigns over today, by the names countryNames
// uses; a report from one of them may leave its monarch's country unsaid.
var monarchies = map[string]bool{"United Kingdom": true, "Spain": true, "Belgium": true, "Netherlands": true,
	"Sweden": true, "Norway": true, "Denmark": true, "Luxembourg": true, "Monaco": true, "Liechtenstein": true,
	"Japan": true, "Thailand": true, "Cambodia": true, "Malaysia": true, "Brunei": true, "Bhutan": true,
	"Saudi Arabia": true, "Jordan": true, "Morocco": true, "Kuwait": true, "Qatar": true, "Bahrain": true,
	"Oman": true, "United Arab Emirates": true, "Swaziland": true, "Lesotho": true, "Tonga": true,
	"Canada": true, "Australia": true, "New Zealand": true}
