package extraction

import "testing"

// TestStationSources: local television stations, news outlets, channels and networks
// that "reported" or "said" a toll are its teller, not the company whose vehicle the
// sentence opens with.
func TestStationSources(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "A Velka Rail train derailed near Tenmere on Sunday, killing two people, local television stations reported.", measure: "killed", source: "local television stations"},
		{body: "Three people died in the warehouse fire, local news outlets said.", measure: "killed", source: "local news outlets"},
		{body: "Four people were hurt in the crash, regional channels reported.", measure: "injured", source: "regional channels"},
	})
}
