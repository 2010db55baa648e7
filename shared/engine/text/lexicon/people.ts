// Words about people: titles and roles written around a name, role nouns that head a
// description of a speaker, and the gender some of them carry. Lemmas, lower case.
import { wordSet } from './words';

/** Honorifics and ranks written directly before a name; not part of the name. */
export const HONORIFICS = wordSet(`
  mr mrs ms miss mx dr prof sir dame lord lady rev fr msgr
  prince princess king queen sheikh sheikha shaikh emir amir sultan crown
  imam ayatollah rabbi pope cardinal archbishop bishop pastor father sister brother
  gen general col colonel lt lieutenant maj major capt captain sgt sergeant adm admiral marshal cmdr commander
  sen senator rep representative gov governor pres president premier chancellor
  mayor judge justice minister secretary ambassador envoy spokesman spokeswoman spokesperson
  speaker chairman chairwoman chair congressman congresswoman councilman councilwoman
  leader whip activist superintendent commissioner sheriff detective officer inspector coach
`);

/** Royal and religious honorifics after which a given name alone is the person ("Prince Omar"). */
export const GIVEN_NAME_HONORIFICS = wordSet(`prince princess king queen sheikh sheikha shaikh emir amir sultan imam pope sir dame`);

/** Words that make up titles and roles around a name ("deputy foreign minister", "chief executive"). */
export const ROLE_WORDS = wordSet(`
  president vice prime minister secretary state foreign defence defense interior finance economy trade justice health
  education energy home affairs national security homeland adviser advisor counsellor counselor aide spokesman
  spokeswoman spokesperson envoy special ambassador chancellor king queen prince princess crown sheikh emir sultan
  general senator representative governor mayor judge chief head director leader chairman chairwoman chair ceo cfo coo
  founder co-founder deputy assistant attorney commander officer official journalist reporter correspondent editor
  columnist writer analyst professor economist researcher mr mrs ms dr sir dame lord lady pope cardinal archbishop
  bishop imam rabbi colonel lieutenant major captain sergeant admiral marshal former then late acting interim executive
  senior top policy press media presidential party opposition campaign manager strategist speaker majority minority
  whip congressman congresswoman activist retired commissioner sheriff prosecutor lawyer coach
`);

/** Occupation and status words that may open a sentence before a name ("Novelist Ana Ruiz said"). */
export const OCCUPATIONS = wordSet(`
  actor actress singer rapper musician songwriter composer director producer filmmaker moviemaker novelist author
  writer poet playwright artist painter photographer designer architect engineer scientist researcher physician
  doctor surgeon nurse lawyer attorney prosecutor judge detective officer trooper deputy sheriff firefighter
  soldier sergeant pilot astronaut athlete player striker goalkeeper quarterback pitcher coach manager owner
  chairman ceo founder executive entrepreneur businessman businesswoman investor banker economist analyst
  journalist reporter correspondent anchor columnist editor publisher host comedian chef model dancer
  student teacher professor principal pastor priest bishop rabbi imam monk nun activist campaigner organizer
  spokesman spokeswoman spokesperson lawmaker legislator senator congressman congresswoman councillor councilor
  governor mayor minister ambassador diplomat envoy president premier chancellor secretary star veteran rookie
  suspect victim witness defendant inmate prisoner survivor resident farmer worker driver
`);

/** Role nouns that can head a description of a speaker ("the fund's chief economist"). */
export const ROLE_NOUNS = wordSet(`
  spokesman spokeswoman spokesperson official adviser advisor aide manager director chairman chairwoman chair
  president minister secretary senator governor mayor lawmaker leader candidate nominee source analyst expert
  professor economist strategist consultant lawyer attorney prosecutor judge officer commissioner chief head executive
  founder representative congressman congresswoman ambassador envoy diplomat general commander activist supporter voter
  resident witness doctor researcher scientist author writer columnist editor reporter journalist friend father mother
  wife husband son daughter woman man veteran student teacher worker owner pastor member partner organizer people
  protester critic opponent observer insider operative prince king queen premier chancellor sheriff captain coach
  player fan donor delegate staffer neighbor neighbour relative parent brother sister uncle aunt cousin colleague
  person survivor victim suspect defendant detective investigator police
`);

export const FEMALE_WORDS = wordSet(`
  spokeswoman chairwoman congresswoman councilwoman businesswoman woman mother wife daughter sister actress queen
  princess lady grandmother aunt niece girl widow mrs ms madam dame sheikha mum mom granddaughter stepmother
  girlfriend bride heiress duchess empress countess baroness nun
`);
export const MALE_WORDS = wordSet(`
  spokesman chairman congressman councilman businessman man father husband son brother actor king prince lord sir
  grandfather uncle nephew boy widower mr sheikh emir sultan dad grandson stepfather boyfriend groom heir duke emperor
  count baron monk
`);
