package extraction

// companySubject returns the business "the company" or "the firm" at token at stands
// for as the subject of a verb (describedSubject) or of the clause a pronoun looks back
// to (clauseSubjectAt), or -1. Recency comes first, as for speakers, sources and objects
// (salientCompany): when the main clause of the prose sentence before has one business
// for its subject, that business — "Tessel Inc is expanding into parking. The company
// has invested in ParkNow" is Tessel's, though the story's lead names another business
// more. Else the most salient business (salientBusiness), as before.
func (rd *reader) companySubject(at int) int {
	if name := rd.salientCompany(at, rd.low(at+1)); name != "" {
		if e := rd.entIndex(name); e >= 0 {
			return e
		}
	}
	return rd.salientBusiness(at)
}
