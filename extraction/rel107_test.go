package extraction

import "testing"

// TestTagAsideDescription: a party-and-state tag between a politician's name and the
// description after it is stepped over, as an age is ("Rep. Ida Marsh, R-Ohio, chairman
// of the House Rules Committee"); a tag with no comma after it leaves no description.
func TestTagAsideDescription(t *testing.T) {
	x := extractBody(t, "Rep. Ida Marsh, R-Ohio, chairman of the House Rules Committee, opposed the bill on Monday.")
	wantRelations(t, x, [][3]string{{"Ida Marsh", "chairmanOf", "House Rules Committee"}, {"Ida Marsh", "memberOf", "Republican Party"}})
	x = extractBody(t, "Sen. Ida Marsh (D-Ore.), a member of the Senate Finance Committee, opposed the bill on Monday.")
	wantRelations(t, x, [][3]string{{"Ida Marsh", "memberOf", "Senate Finance Committee"}, {"Ida Marsh", "memberOf", "Democratic Party"}})
	x = extractBody(t, "Sen. Ida Marsh (D-Ore.) said the chairman of the Senate Finance Committee opposed the bill.")
	for _, r := range x.Relations {
		if r.Subject == "Ida Marsh" && r.Object == "Senate Finance Committee" {
			t.Errorf("no description follows the tag: %+v", r)
		}
	}
}

// TestUnitOwnerEmployer: the head of a unit an organization owns, the unit named in
// lower-case words, works for the organization (employeeOf), as an appositive or a "who
// heads" clause says; not a parent company.
func TestUnitOwnerEmployer(t *testing.T) {
	x := extractBody(t, "Ana Pryce, director of Halvorsen University's marine biology program, said the grant was cut.")
	wantRelations(t, x, [][3]string{{"Ana Pryce", "employeeOf", "Halvorsen University"}})
	x = extractBody(t, "Tom Kessler, who heads Norvale Motors' battery business, said the plant would close.")
	wantRelations(t, x, [][3]string{{"Tom Kessler", "employeeOf", "Norvale Motors"}})
	x = extractBody(t, "Tom Kessler, the chairman of Norvale Motors' parent company, said the plant would close.")
	for _, r := range x.Relations {
		if r.Predicate == "employeeOf" && r.Object == "Norvale Motors" {
			t.Errorf("a parent company is no unit: %+v", r)
		}
	}
}

// TestNamedUnitOwnerEmployer: a unit with a name of two words or more ("the Kestrel
// Agency's Bureau of Fair Trade") leaves its head an employee of the owner too; not a
// legislature's committee (its chairman is a member), nor one word after the possessive,
// which is as often the rest of a name cut at its "'s".
func TestNamedUnitOwnerEmployer(t *testing.T) {
	x := extractBody(t, "Ana Pryce, director of the Kestrel Agency's Bureau of Fair Trade, said the fine was fair.")
	wantRelations(t, x, [][3]string{{"Ana Pryce", "employeeOf", "Kestrel Agency"}})
	x = extractBody(t, "Tom Kessler, chairman of the Norland Senate's Trade Committee, said the pact was fair.")
	x2 := extractBody(t, "Ana Pryce, director of the Kestrel Agency's Bureau, said the fine was fair.")
	for _, r := range append(x.Relations, x2.Relations...) {
		if r.Predicate == "employeeOf" {
			t.Errorf("a legislature's committee or a lone word: %+v", r)
		}
	}
}
