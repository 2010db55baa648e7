// General English lexicons for attribution: reporting verbs, titles and role nouns,
// pronouns. Nothing here is tuned to particular articles.

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Verbs of saying, in every inflected form. They introduce direct and indirect speech. */
export const SPEECH_VERBS = set(`
say said says saying tell told tells telling add added adds adding write wrote writes writing written
state stated states stress stressed stresses stressing note noted notes noting assert asserted asserts asserting
argue argued argues arguing claim claimed claims claiming explain explained explains explaining insist insisted insists insisting
warn warned warns warning declare declared declares declaring announce announced announces announcing
acknowledge acknowledged acknowledges acknowledging admit admitted admits admitting reply replied replies replying
respond responded responds responding recall recalled recalls recalling suggest suggested suggests suggesting
tweet tweeted tweets tweeting ask asked asks asking remark remarked remarks observe observed observes
comment commented comments joke joked jokes joking boast boasted boasts lament lamented laments caution cautioned cautions
vow vowed vows vowing promise promised promises pledge pledged pledges predict predicted predicts
complain complained complains complaining concede conceded concedes contend contended contends maintain maintained maintains
allege alleged alleges charge charged charges confirm confirmed confirms deny denied denies urge urged urges
shout shouted shouts yell yelled chant chanted testify testified testifies recount recounted recounts reiterate reiterated reiterates
mention mentioned mentions indicate indicated indicates hint hinted quip quipped retort retorted counter countered
assure assured assures reassured remind reminded reminds proclaim proclaimed proclaims
opine opined opines brag bragged brags gripe griped gripes plead pleaded pleads speculate speculated speculates
elaborated reasoned interjected murmured muttered marveled marvelled thundered concurred inquired
exclaim exclaimed whisper whispered muse mused scoff scoffed laugh laughed sigh sighed conclude concluded concludes
report reported reports reporting emphasize emphasized emphasizes emphasise emphasised emphasises
continued explain wonder wondered wonders acknowledge
repeated reveal revealed reveals disclose disclosed announce posted quoted
reads yelling shouting chanting tweeting posting replying responding declaring announcing asking insisting warning
stating stressing acknowledging admitting recalling suggesting explaining arguing claiming vowing promising pledging
wonder wondering joking boasting lamenting cautioning predicting complaining conceding contending maintaining alleging
confirming denying urging testifying mentioning indicating quipping retorting countering exclaiming concluding reporting emphasizing
`);

/** Verbs of thinking and wanting: attribution of internal states (indirect only). */
export const BELIEF_VERBS = set(`
believe believes believed think thinks thought want wants wanted feel feels felt hope hopes hoped fear fears feared
expect expects expected know knows knew worry worries worried doubt doubts doubted
estimate estimated estimates project projected projects find found finds show showed shows shown
predict predicts predicted suspect suspects suspected assume assumed
`);

/**
 * Forms that are also common nouns ("Russian state television", "his comments"): cues only
 * when nothing noun-like follows them and no determiner precedes them.
 */
export const NOUN_LIKE_CUES = set(`state states report reports claim claims comment comments note notes charge charges post posts
remark remarks promise promises pledge pledges vow vows estimate estimates fear fears hope hopes doubt doubts worry worries
project projects show shows find finds laugh joke sigh counter chant mention quote warning warnings tweet tweets reply replies
respond repeat concern concerns statement`);

/** Cues that take the quotation as a name for something: "called it “a disaster”". */
export const NAMING_VERBS = set(`call called calls calling describe described describes describing dub dubbed label labeled labelled brand branded term termed
characterize characterized characterizes characterise characterised portray portrayed portrays deem deemed deems dismiss dismissed dismisses hail hailed hails`);

/** Reporting verbs that may be capitalised ("Said Dorothy Poynter, …", "… Murphy Tweeted") without being names. */
export const CAP_CUES = set(`said says added asked wrote tweeted told explained insisted declared`);

export const PERSON_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'p' | 'n'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'p'],
  ['we', 'p'],
  ['i', 'n'],
  ['it', 'n'],
  ['who', 'n'],
]);

/** Titles and roles written before a name ("Foreign Minister Pavel Novak"): not part of the name. */
export const TITLE_WORDS = set(`
mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt. capt capt. rev rev. hon hon. st.
president vice secretary minister prime foreign defense defence interior finance deputy state senator representative congressman congresswoman
governor mayor chairman chairwoman chair chief justice judge attorney general ambassador envoy special spokesman spokeswoman spokesperson
adviser advisor aide director executive ceo cfo coo founder leader speaker majority minority whip candidate nominee former then
prince princess king queen crown sheikh emir sultan pope cardinal bishop archbishop rabbi imam pastor father sister brother
officer commissioner commander admiral sergeant captain colonel lieutenant major private professor doctor
national security senior top head assistant acting interim premier chancellor councilman councilwoman councilor lawmaker
democratic republican democrat gop presidential incumbent rival challenger economist analyst strategist pollster columnist
correspondent reporter editor journalist publisher anchor host author writer commentator activist campaign manager
first lady gentleman lord sir dame house white u.s. us uk u.k. un u.n. eu e.u. federal
`);

/** Female and male role nouns, used to check gender compatibility of descriptions. */
export const FEMALE_ROLES = set(`spokeswoman chairwoman congresswoman councilwoman businesswoman woman women mother wife daughter sister actress queen princess lady grandmother aunt niece girl widow mrs mrs. ms ms. madam dame`);
export const MALE_ROLES = set(`spokesman chairman congressman councilman businessman man men father husband son brother actor king prince lord sir grandfather uncle nephew boy widower mr mr. sheikh emir sultan`);

/** Last words that mark an organisation or a place, not a person. */
export const ORG_WORDS = set(`
union council party committee commission palace association department ministry post times news press agency fund bank
university institute center centre group network channel court congress senate house office administration force forces
army navy police service states kingdom republic arabia emirates strip city county state province region federation
foundation corporation company inc corp co ltd llc organization organisation club league board bureau authority
journal tribune herald gazette daily magazine television radio tv network newspaper times post review guardian telegraph
campaign coalition caucus movement front alliance church school college hospital airport station street avenue square
parliament assembly cabinet government kremlin pentagon embassy consulate mission council staff team delegation media
review index poll survey report study statement release website site facebook twitter instagram youtube x
`);

/** Lowercase particles inside names: "Mohammed bin Salman", "Ludwig van Beethoven". */
export const NAME_PARTICLES = set(`bin ibn bint al el de del della der di da dos das du van von la le st. abu`);

/** Words that start a sentence but are not names. */
export const NOT_NAMES = set(`
the a an this that these those there then but and or so yet if when while after before as at in on of for to by with from
he she it they we i you his her its their our my your him them us me who whom whose which what where why how
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow tonight
still also however meanwhile although though because since until unless instead indeed yes no not now here
according asked speaking writing mr mrs ms dr some many most all both each every one two three several few other another
moreover furthermore nevertheless nonetheless instead indeed earlier later first finally then now just even perhaps maybe
`);

/** Nouns that can head a description of a speaker ("the sovereign wealth fund manager"). */
export const ROLE_NOUNS = set(`
spokesman spokeswoman spokesperson official officials adviser advisor advisers advisors aide aides manager director chairman chairwoman
chair president minister secretary senator governor mayor lawmaker lawmakers leader leaders candidate nominee source sources analyst
analysts expert experts professor economist economists strategist consultant lawyer attorney prosecutor prosecutors judge officer officers
commissioner chief head executive founder representative congressman congresswoman ambassador envoy diplomat diplomats general
commander activist activists supporter supporters voter voters resident residents witness witnesses doctor researcher researchers
scientist author writer columnist editor reporter journalist statement release report campaign committee ministry department agency
newspaper network channel poll survey study group organization party government administration police military friend father mother
wife husband son daughter woman man veteran student teacher worker owner pastor member members partner organizer organizers
people protesters critics opponents observers republicans democrats officials aide insider insiders operative operatives
prince king queen premier chancellor sheriff captain coach player fan fans donor donors delegate delegates staffer staffers
`);

/**
 * Verbs of stance and evaluation that attribute a position without saying-words
 * ("Trump criticized the deal", "the senator endorsed Clinton"): indirect speech only.
 */
export const STANCE_VERBS = set(`
endorse endorsed endorses endorsing criticize criticized criticizes criticizing criticise criticised accuse accused accuses accusing
support supports supported supporting want wants wanted seem seems seemed appear appears appeared decline declined declines
refuse refused refuses propose proposed proposes praise praised praises defend defended defends defending urge urged urges
cite cited cites citing agree agreed agrees blame blamed blames attack attacked attacks slam slammed slams blast blasted blasts
condemn condemned condemns oppose opposed opposes opposing reject rejected rejects question questioned plan plans planned
intend intends intended consider considers considered see sees saw view views viewed regard regarded recognize recognized
demand demanded demands request requested threaten threatened threatens decide decided push pushed pushes welcome welcomed
welcomes applaud applauded dispute disputed disputes challenge challenged recommend recommended advocate advocated favor favored
favors prefer preferred imply implied implies assure assured commit committed unveil unveiled unveils vow insist insists
acknowledge acknowledges concede concedes lament laments mock mocked mocks ridicule ridiculed denounce denounced denounces
reference referenced references discuss discussed discusses address addressed addresses highlight highlighted highlights
tout touted touts promote promoted promotes champion championed embrace embraced embraces back backed backs
seek seeks sought seeking backing offer offers offered referring refers referred pointed expressed expresses
talked talking spoke hoping expecting learned identified listed
`);
