package extraction

import "testing"

// TestVehicleAttack: a truck driven into a crowd is a vehicle attack, whether the lead
// tells it by its shape ("drove a truck into a crowd", "a lorry ploughed into
// pedestrians") or names it ("the truck attack"), and a report that the driver was a
// gunman does not make it a shooting; a clause that tells who someone is ("one who
// drove a truck into a crowd") is no lead's news; a truck that crashes into a car is
// no attack.
func TestVehicleAttack(t *testing.T) {
	tests := []struct {
		name, headline, body, want string
	}{
		{"object", "Dozens dead in Harwick festival",
			"HARWICK — A gunman killed 40 people on Friday when he drove a heavy truck at high speed into a crowd watching fireworks in Harwick, officials said.",
			"vehicle attack"},
		{"subject", "Lorry ploughs into pedestrians in Karvo",
			"KARVO — A lorry ploughed into pedestrians on a busy street in Karvo on Tuesday, killing 12 people, police said.",
			"vehicle attack"},
		{"named", "Militant group claims truck attack on Harwick",
			"HARWICK — A militant group claimed the truck attack on Harwick on Saturday as police arrested three people in connection with the killing of 40 people.",
			"vehicle attack"},
		{"aside", "New fences for Harwick fair",
			"HARWICK — Harwick on Friday set up fences around the fair, measures meant to thwart an attacker like one in Karvo who drove a truck into a crowd, killing 40 people.",
			""},
		{"accident", "Two dead as truck hits car in Karvo",
			"KARVO — A truck crashed into a car on a highway near Karvo on Tuesday, killing two people, police said.",
			"crash"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, emphasised(tt.headline, tt.body))
			var got string
			for _, e := range x.Events {
				if e.Main {
					got = e.Type
				}
			}
			if tt.want == "crash" {
				if got == vehicleAttack {
					t.Errorf("an accident is no attack: %+v", x.Events)
				}
				return
			}
			if got != tt.want {
				t.Errorf("main event %q, want %q: %+v", got, tt.want, x.Events)
			}
		})
	}
}
