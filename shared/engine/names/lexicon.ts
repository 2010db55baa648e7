// Closed-class word lists used to find and normalise names. These are general English
// (titles, roles, particles, demonyms, organisation cues), never lists of people: the
// method must carry over to any news text. All entries are lower case.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Honorifics and ranks written directly before a name; removed from spellings. */
export const HONORIFICS = set(`
  mr mrs ms miss mx dr prof sir dame lord lady rev fr
  prince princess king queen sheikh sheikha shaikh emir amir sultan crown
  imam ayatollah rabbi pope cardinal archbishop bishop pastor father sister brother
  gen general col colonel lt lieutenant maj major capt captain sgt sergeant adm admiral marshal cmdr commander
  sen senator rep representative gov governor pres president premier chancellor
  mayor judge justice minister secretary ambassador envoy spokesman spokeswoman spokesperson
  presidents ministers senators speaker chairman chairwoman congressman congresswoman councilman councilwoman
  leader whip activist retired superintendent commissioner
`);

/** Royal / religious honorifics after which a given name alone refers to the person ("Prince Khalid"). */
export const GIVEN_NAME_HONORIFICS = set(`prince princess king queen sheikh sheikha shaikh emir amir sultan imam pope sir dame`);

/** Words that make up titles and roles around a name ("Russian Foreign Minister", "national security adviser"). */
export const ROLE_WORDS = set(`
  president vice prime minister ministers secretary state foreign defence defense interior finance
  economy trade justice health education energy home affairs national security homeland
  adviser advisor advisers advisors counsellor counselor aide aides spokesman spokeswoman spokesperson
  envoy special ambassador chancellor king queen prince princess crown sheikh emir sultan
  general senator representative governor mayor judge chief head director leader chairman chairwoman chair
  ceo cfo coo founder co-founder deputy assistant attorney commander officer official
  journalist reporter correspondent editor columnist writer analyst professor economist researcher
  mr mrs ms dr sir dame lord lady pope cardinal archbishop bishop imam rabbi
  colonel lieutenant major captain sergeant admiral marshal
  former then late acting interim executive senior top policy press media
  presidential party opposition campaign manager strategist spokesperson
  white house kremlin pentagon cabinet council committee
  of the for and to
  presidents sen rep gov gen col lt maj capt sgt adm prof rev
  speaker majority minority whip senate house congressman congresswoman activist retired commissioner
`);

/** Role words that carry meaning when comparing two roles (not "of", "the", "former"). */
export const ROLE_STOP = set(`of the for and to a an former then late acting interim senior top mr mrs ms dr`);

/** Spelling variants of role words that mean the same thing. */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['advisor', 'adviser'],
  ['advisors', 'adviser'],
  ['advisers', 'adviser'],
  ['counselor', 'counsellor'],
  ['defense', 'defence'],
  ['spokeswoman', 'spokesperson'],
  ['spokesman', 'spokesperson'],
  ['ministers', 'minister'],
  ['presidents', 'president'],
]);

/**
 * Lower-case name particles: kept inside a name, ignored when comparing core parts.
 * bin/ibn/ben/bint/ould introduce a patronymic (droppable); al/el and the European
 * particles introduce a family name.
 */
export const PATRONYMIC_PARTICLES = set(`bin ibn ben bint binti ould ap`);
export const FAMILY_PARTICLES = set(`al el ad ar as ash at az an ul abu abd de da di du del della der den van von ter ten la le dos das y`);
export const isParticle = (w: string): boolean => PATRONYMIC_PARTICLES.has(w) || FAMILY_PARTICLES.has(w);

/** Particles that may stand alone in lower case between name parts; not "at", "as", "an" (English words). */
export const RUN_PARTICLES = set(`al el ul bin ibn ben bint binti ould abu abd de da di du del della der den van von ter ten la le dos das y`);

/** Particles that may be glued to the next part with a hyphen ("al-Thani", "ash-Sharif"). */
export const HYPHEN_PARTICLES = set(`al el ad ar as ash at az an ul abu abd bin ibn ben bint`);

/** Generational suffixes: they distinguish people (Jr. is not Sr.). */
export const NAME_SUFFIXES = set(`jr sr ii iii iv`);

/** Nationality and place adjectives, and country abbreviations that head a role ("U.S. Secretary"). */
export const DEMONYMS = set(`
  american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss austrian
  russian ukrainian belarusian polish czech slovak hungarian romanian bulgarian serbian croatian bosnian greek
  turkish cypriot georgian armenian azerbaijani kazakh uzbek estonian latvian lithuanian finnish swedish norwegian danish icelandic
  saudi emirati qatari kuwaiti bahraini omani yemeni iraqi iranian syrian lebanese jordanian israeli palestinian egyptian
  libyan tunisian algerian moroccan sudanese ethiopian somali kenyan nigerian ghanaian south african
  chinese taiwanese japanese korean mongolian vietnamese thai cambodian burmese malaysian indonesian filipino singaporean
  indian pakistani afghan bangladeshi nepali sri lankan australian canadian mexican cuban venezuelan colombian brazilian
  argentine argentinian chilean peruvian european western eastern arab asian african latin
  u.s us usa uk u.k eu un nato gulf
  republican democratic democrat conservative liberal labour
`);

/** Country abbreviations that are not organisations when they stand alone. */
export const PLACE_ABBREVIATIONS = set(`us u.s usa u.s.a uk u.k uae gb eu`);

/** Last words that make a capitalised run an organisation. */
export const ORG_TAIL = set(`
  ministry department agency fund bank party university college institute council committee commission court
  parliament assembly association federation union league organization organisation foundation corporation corp inc
  ltd llc plc co company group holdings service services force forces army navy police office bureau authority
  times post news journal herald tribune press network channel television radio media club guard cabinet
  secretariat board alliance coalition movement front brigade brigades hospital school airlines airways motors
  technologies systems labs pharmaceuticals capital partners investments associated broadcasting corporation
  administration embassy senate congress
`);

/** First words of an organisation written "X of Y" ("Ministry of Defence", "University of Oxford"). */
export const ORG_HEAD = set(`ministry department university bank court office council church institute board bureau college school`);

/** First words that make any capitalised run an organisation ("Channel One"). */
export const ORG_HEAD_ALONE = set(`channel radio`);

/** Lower-case nouns right before a name that say it is an organisation ("the newspaper Dagbladet"). */
export const ORG_CUE_BEFORE = set(`newspaper daily channel agency broadcaster outlet firm company group website network magazine tabloid weekly station`);

/** Last words that make a run a place, building, event or document rather than a person. */
export const NOT_PERSON_TAIL = set(`
  palace street square quarter strip bank sea ocean river lake island islands region province state states city county
  mountains mountain valley airport station center centre hotel hall building tower bridge park summit conference war
  day games cup prize award act bill plan treaty accord accords agreement strait peninsula coast desert gate road avenue
  stadium church mosque temple cathedral museum zone zero district village town basin gulf bay canal border
  forum festival week month year era revolution crisis scandal doctrine initiative program programme project
`);

/** First words that make a run a place or other non-person ("United States", "New York", "Middle East"). */
export const NOT_PERSON_HEAD = set(`
  united european middle north south east west new northern southern eastern western central great upper lower
  saint san santa los las fort port mount lake cape holy grand
`);

/** Capitalised words that are never names: function words at sentence starts, days, months. */
export const NOT_NAME = set(`
  the a an and but or nor so yet for of in on at to from by with without about after before during while when where
  what which who whom whose why how if then than that this these those there here it its he she they we you i his her
  their our my your him them us me not no yes also still however meanwhile moreover although though because since
  until unless as ahead despite amid among between both either neither each every all some many most more few other
  another such only just even once twice beyond across under over through against within along around behind below
  above near like unlike instead perhaps indeed already now later earlier again read see watch click share follow subscribe comments popular spotlight
  monday tuesday wednesday thursday friday saturday sunday
  january february march september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow
  one two three four five six seven eight nine ten first second third last next
  photo video image getty pool afp ap file update updated editor's note
  god are is was were be been being did do does has have had will would can could should off up down out
`);

/** Prepositions after which a capitalised run is a place ("in Lisbon", "at Belem Palace"). */
export const PLACE_PREPOSITIONS = set(`in at near across outside inside into toward towards via`);

/** Verbs of saying: a single capitalised word before one of them is a person ("Smith said"). */
export const SPEECH_VERBS = set(`said says told tells wrote writes added adds asked asks noted notes stressed argued warned insisted replied explained declared announced tweeted posted`);

export const PERSON_PRONOUNS = set(`he she him his her`);
