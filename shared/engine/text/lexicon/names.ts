// Words about the shape of names: particles inside them, suffixes after them, and the
// capitalised words that are not names. General English and name morphology only; never
// lists of people or places from any corpus.
import { wordSet } from './words';

/** bin/ibn/ben/bint/ould introduce a patronymic; droppable when names are compared. */
export const PATRONYMIC_PARTICLES = wordSet(`bin ibn ben bint binti ould ap`);
/** al/el and the European particles introduce a family name. */
export const FAMILY_PARTICLES = wordSet(`al el ad ar as ash at az an ul abu abd de da di du del della der den van von ter ten la le dos das y`);
/** Particles that may stand in lower case between name parts; not "at", "as", "an" (English words). */
export const RUN_PARTICLES = wordSet(`al el ul bin ibn ben bint binti ould abu abd de da di du del della der den van von ter ten la le dos das y`);
/** Particles that may be glued to the next part with a hyphen ("al-Amin", "ash-Shami"). */
export const HYPHEN_PARTICLES = wordSet(`al el ad ar as ash at az an ul abu abd bin ibn ben bint`);
/** Generational suffixes: they tell people apart (Jr. is not Sr.). */
export const NAME_SUFFIXES = wordSet(`jr sr ii iii iv`);

export function isParticle(w: string): boolean {
  return PATRONYMIC_PARTICLES.has(w) || FAMILY_PARTICLES.has(w);
}

/** Nationality and place adjectives, and country abbreviations that head a role ("French Finance Minister"). */
export const DEMONYMS = wordSet(`
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

/** Country abbreviations that are places, not organisations, when they stand alone. */
export const PLACE_ABBREVIATIONS = wordSet(`us u.s usa u.s.a uk u.k uae gb eu`);

/** Last words that make a capitalised run a place, building, event or document, not a person. */
export const NOT_PERSON_TAIL = wordSet(`
  palace street square quarter strip bank sea ocean river lake island islands region province state states city county
  mountains mountain valley airport station center centre hotel hall building tower bridge park summit conference war
  day games cup prize award act bill plan treaty accord accords agreement strait peninsula coast desert gate road avenue
  stadium church mosque temple cathedral museum zone zero district village town basin gulf bay canal border
  forum festival week month year era revolution crisis scandal doctrine initiative program programme project
`);

/** First words that make a run a place or other non-person ("New …", "North …", "Lake …"). */
export const NOT_PERSON_HEAD = wordSet(`
  united european middle north south east west new northern southern eastern western central great upper lower
  saint san santa los las fort port mount lake cape holy grand
`);

/** Capitalised words that are never names: function words at sentence starts, page words. */
export const NOT_NAME = wordSet(`
  the a an and but or nor so yet for of in on at to from by with without about after before during while when where
  what which who whom whose why how if then than that this these those there here it its he she they we you i his her
  their our my your him them us me not no yes also still however meanwhile moreover although though because since
  until unless as ahead despite amid among between both either neither each every all some many most more few other
  another such only just even once twice beyond across under over through against within along around behind below
  above near like unlike instead perhaps indeed already now later earlier again read see watch click share follow
  subscribe comments popular spotlight photo video image file update updated note
  god are is was were be been being did do does has have had will would can could should off up down out
  according asked speaking writing one two three four five six seven eight nine ten first second third last next
  finally furthermore nevertheless nonetheless maybe
`);

/** Prepositions after which a capitalised run is a place ("in Dunmore", "at Vell Palace"). */
export const PLACE_PREPOSITIONS = wordSet(`in at near across outside inside into toward towards via from`);
