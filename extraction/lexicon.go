package extraction

import (
	"bufio"
	"embed"
	"strings"

	"github.com/biter777/countries"
)

//go:embed data/*.txt
var dataFS embed.FS

// Lexicon features of a word (token.feat).
const (
	lxFunc         = 1 << iota // function word: cannot start a name ("The", "He", "In")
	lxMonth                    // January, Jan.
	lxDay                      // Monday, Saturday
	lxNumWord                  // one, two, twelve, dozen
	lxScale                    // hundred, thousand, million, billion
	lxQual                     // a qualifier word: about, nearly, over…
	lxSpeech                   // said, told, added…
	lxHonor                    // Mr., Gen., Dr.: a title before a name
	lxPronoun                  // he, she, they…
	lxGroup                    // activists, militants, rebels…
	lxOrgHead                  // Council, Ministry, Party… (last word of an organization)
	lxPlaceHead                // Street, Province, Island… (last word of a place)
	lxTimeUnit                 // hour, day, year…
	lxDistUnit                 // mile, km, meter…
	lxPersonNoun               // people, civilians, soldiers…: what casualty counts count
	lxStarter                  // a word that starts sentences but is not a name (However, Meanwhile)
	lxRole                     // a role noun: spokesman, minister, official…
	lxDebrisWord               // words of page furniture
	lxOrgPrefix                // words that start organization names: Bank, Ministry of…
	lxNationalRole             // roles held for a country: president, prime minister, minister
)

type lexEntry struct {
	low  string
	feat uint32
}

var lexicon = map[string]*lexEntry{}

func addLex(words string, feat uint32) {
	for _, w := range strings.Fields(words) {
		w = strings.ReplaceAll(w, "_", " ")
		lw := strings.ToLower(w)
		if e, ok := lexicon[lw]; ok {
			e.feat |= feat
			continue
		}
		lexicon[lw] = &lexEntry{low: lw, feat: feat}
	}
}

// lookupLex finds the lexicon entry of a word of any case without allocating.
func lookupLex(w string) *lexEntry {
	if len(w) > 40 {
		return nil
	}
	var buf [40]byte
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if !ascii {
		s := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		return lexicon[s]
	}
	return lexicon[string(buf[:len(w)])]
}

// lowerASCII lower-cases s, allocating only when it has upper-case letters.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

var abbrevs = map[string]bool{}

func isAbbrev(w string) bool {
	if len(w) > 8 {
		return false
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbrevs[string(buf[:len(w)])]
}

// Gazetteers built once from data/ and github.com/biter777/countries.
var (
	countryOf    = map[string]string{} // any name of a country or place → country ("Tainan" → "Taiwan")
	countryNames = map[string]string{} // alias of a country → its common name ("U.S." → "United States")
	demonymOf    = map[string]string{} // "Turkish" → "Turkey"
	orgAlias     = map[string]string{} // alias → organization name ("AP" → "Associated Press")
	orgCountry   = map[string]string{}
	firstNames   = map[string]bool{}
	nameGender   = map[string]byte{}   // given name → 'F' or 'M', where the name says
	leaderOf     = map[string]string{} // office holder → the country or body served ("Obama" → "United States")
	titleRole    = map[string]string{} // "Gen." → "general", "Mr." → ""
	roleNouns    = map[string]bool{}   // "spokesman", "chief financial officer"
	maxTitleLen  = 1                   // words in the longest title
	maxRoleLen   = 1
)

func init() {
	addLex(`the a an and or but nor of in on at to for with by from as that this these those
	he she it they we i you his her its their our my your there here when while after before
	if then than so because although though since until unless whether which who whom whose what
	where why how all any both each every few more most other some such no not only own same
	too very can will just should now also one is are was were be been being have has had do
	does did would could may might must shall about into over under again further once during
	without within along across behind beyond upon among around against between through
	yet still even many much another later earlier meanwhile however instead indeed moreover
	thus hence despite amid like unlike near next last first second third new old
	yes oh please mr mrs ms whoever whatever whichever wherever everyone everybody nobody someone`, lxFunc)
	addLex(`however meanwhile but and so yet still earlier later now today yesterday tomorrow
	instead also elsewhere separately overall indeed moreover nevertheless nonetheless
	according asked asked police officials authorities witnesses residents some many most several
	rescuers firefighters survivors troops soldiers security forensic armed local state
	preliminary initial television video photos photo more less other others local national
	federal several dozens hundreds thousands millions both neither either additional writing
	editing reporting compiled`, lxStarter)
	addLex(`january february march april june july august september october november december
	jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.`, lxMonth)
	addLex(`monday tuesday wednesday thursday friday saturday sunday`, lxDay)
	addLex(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen
	fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
	ninety dozen`, lxNumWord)
	addLex(`hundred thousand million billion trillion`, lxScale)
	addLex(`about around approximately roughly some nearly almost over more than less fewer
	least up to as many estimated close upwards no`, lxQual)
	addLex(`said says say told tells tell added adds stated states noted notes explained
	wrote writes declared warned warns insisted insists recalled continued argued announced
	announces urged urges remarked acknowledged cautioned complained claimed conceded
	confirmed confirms estimated predicted replied responded commented observed posted
	tweeted reported reports called asked stressed emphasized suggested described
	speaking quoted quoting`, lxSpeech)
	addLex(`he she they we i it him her them us`, lxPronoun)
	addLex(`activists militants rebels insurgents protesters protestors demonstrators fighters
	opposition extremists radicals separatists jihadists islamists tourists guerrillas
	forces troops refugees migrants residents villagers gunmen assailants attackers
	loyalists supporters critics voters students workers militant rebel activist`, lxGroup)
	addLex(`council ministry party agency bureau office corp corp. inc inc. co co. ltd ltd.
	company group association institute university embassy consulate police army forces
	front league nations union committee commission department survey service news times
	post tv television network airlines airline bank court parliament assembly congress senate
	foundation fund organization organisation authority administration corporation
	consulting technologies systems motors reserve federation brigade brigades battalion
	guard navy command center centre hospital school college academy club channel radio
	press journal tribune herald telegraph daily broadcasting media holdings partners capital
	industries electronics energy petroleum oil railways rail communications telecom labs
	laboratories society movement coalition alliance cabinet government state foundation
	agencies museum trust board observatory watch institution bloc caucus regime ministries
	plc llc sa ag nv gmbh`, lxOrgHead)
	addLex(`street st. road avenue ave. boulevard square province county city district region
	island islands mountains mountain river sea ocean building mall airport monument palace
	plaza bridge park valley lake bay gulf coast strait peninsula desert border state
	prefecture village town neighborhood neighbourhood heights hills highway tower towers
	market temple mosque church cathedral stadium station camp port harbor harbour canal
	plate ring`, lxPlaceHead)
	addLex(`second seconds minute minutes hour hours day days week weeks month months year years
	decade decades century centuries night nights morning mornings weekend weekends`, lxTimeUnit)
	addLex(`mile miles km kilometer kilometers kilometre kilometres meter meters metre metres
	yard yards feet foot inch inches`, lxDistUnit)
	addLex(`people persons person civilians soldiers troops police policemen officers
	children adults men women students workers passengers residents villagers tourists
	pilgrims fighters militants rebels insurgents protesters demonstrators migrants refugees
	bodies victims others foreigners nationals citizens miners firefighters officials
	employees staff patients prisoners inmates detainees suspects hostages journalists
	generals colonels sergeants soldier officer man woman child boy girl baby toddler
	assailants attackers gunmen bombers members personnel servicemen sailors marines
	crew americans family families individuals infants teenagers guards`, lxPersonNoun)
	addLex(`photo credit image video advertisement getty`, lxDebrisWord)

	for _, a := range strings.Fields(`mr mrs ms dr gen maj col lt sgt capt cmdr adm gov sen rep rev
	prof jr sr st mt ft no vs etc inc corp co ltd bros jan feb mar apr jun jul aug sep sept oct
	nov dec brig cpl pvt supt insp det msgr fr hon mme messrs ave blvd dept univ approx est gens
	sens reps govs pp fig nos`) {
		abbrevs[a] = true
	}

	loadCountries()
	eachLine("data/demonyms.txt", func(f []string) {
		if len(f) >= 2 {
			demonymOf[f[0]] = f[1]
			if !strings.HasSuffix(f[0], "s") {
				demonymOf[f[0]+"s"] = f[1] // Israelis, Syrians, Iraqis
			}
		}
	})
	eachLine("data/cities.txt", func(f []string) {
		if len(f) >= 2 {
			countryOf[f[0]] = f[1]
		} else {
			countryOf[f[0]] = ""
		}
	})
	eachLine("data/organizations.txt", func(f []string) {
		name := f[0]
		orgAlias[name] = name
		if len(f) >= 2 {
			for _, a := range strings.Split(f[1], "|") {
				if a = strings.TrimSpace(a); a != "" {
					orgAlias[a] = name
				}
			}
		}
		if len(f) >= 3 && f[2] != "" {
			orgCountry[name] = f[2]
		}
	})
	eachLine("data/firstnames.txt", func(f []string) {
		firstNames[f[0]] = true
		if len(f) >= 2 && (f[1] == "F" || f[1] == "M") {
			nameGender[f[0]] = f[1][0]
		}
	})
	eachLine("data/leaders.txt", func(f []string) {
		if len(f) >= 2 {
			leaderOf[f[0]] = f[1]
		}
	})
	eachLine("data/titles.txt", func(f []string) {
		role := ""
		if len(f) >= 2 {
			role = f[1]
		}
		titleRole[f[0]] = role
		if n := len(strings.Fields(f[0])); n > maxTitleLen {
			maxTitleLen = n
		}
		if strings.HasSuffix(f[0], ".") {
			addLex(strings.ReplaceAll(f[0], " ", "_"), lxHonor)
		}
	})
	eachLine("data/roles.txt", func(f []string) {
		roleNouns[f[0]] = true
		if n := len(strings.Fields(f[0])); n > maxRoleLen {
			maxRoleLen = n
		}
		ws := strings.Fields(f[0])
		addLex(ws[len(ws)-1], lxRole)
	})
	addLex(`president prime_minister premier minister foreign_minister defense_minister
	defence_minister interior_minister health_minister finance_minister king queen emir
	chancellor president-elect vice_president`, lxNationalRole)
}

func loadCountries() {
	for _, c := range countries.All() {
		name := c.String()
		if name == "" || name == "Unknown" {
			continue
		}
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i]
		}
		countryNames[name] = name
		countryOf[name] = name
		if cap := c.Capital().String(); cap != "" && cap != "None" && cap != "Unknown" {
			if _, ok := countryOf[cap]; !ok {
				countryOf[cap] = name
			}
		}
	}
	eachLine("data/countries.txt", func(f []string) {
		name := f[0]
		// re-point every place of an official name to the common name
		for _, off := range []string{name} {
			countryNames[off] = name
			countryOf[off] = name
		}
		if len(f) >= 2 {
			for _, a := range strings.Split(f[1], "|") {
				if a = strings.TrimSpace(a); a != "" {
					if old, ok := countryNames[a]; ok && old != name {
						for p, c := range countryOf {
							if c == old {
								countryOf[p] = name
							}
						}
					}
					countryNames[a] = name
					countryOf[a] = name
				}
			}
		}
	})
	// a capital whose country was renamed above follows it
	for p, c := range countryOf {
		if n, ok := countryNames[c]; ok && n != c {
			countryOf[p] = n
		}
	}
	delete(countryNames, "Congo")
	countryNames["Congo"] = "Congo"
	countryOf["Washington"] = "United States"
}

func eachLine(path string, fn func(fields []string)) {
	f, err := dataFS.Open(path)
	if err != nil {
		panic("extraction: missing embedded word list " + path)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if fields[0] == "" {
			continue
		}
		fn(fields)
	}
}
