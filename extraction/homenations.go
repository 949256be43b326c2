package extraction

// Home nations. The word lists give "Scottish", "Welsh" and "English" the United
// Kingdom, as a citizen's nationality should; but the leader of one of them leads that
// nation, not the kingdom: "Scottish leader Nicola Sturgeon", "Welsh First Minister
// Carwyn Jones".

// homeNations are the demonyms of nations within a country, by the nation they name.
var homeNations = map[string]string{"Scottish": "Scotland", "Welsh": "Wales", "English": "England"}
