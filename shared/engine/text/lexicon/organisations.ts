// Words that make a capitalised run an organisation, and the context words that say a
// single capitalised word names one. Lemmas, lower case.
import { wordSet } from './words';

/** Last words that make a capitalised run an organisation ("… Ministry", "… Party"). */
export const ORG_TAIL = wordSet(`
  ministry department agency fund bank party university college institute council committee commission court
  parliament assembly association federation union league organization organisation foundation corporation corp inc
  ltd llc plc co company group holdings service force army navy police office bureau authority
  times post news journal herald tribune press network channel television radio media club guard cabinet
  secretariat board alliance coalition movement front brigade hospital school airline airways motors
  technologies system labs pharmaceuticals capital partners investments associated broadcasting
  administration embassy senate congress team
`);

/** First words of an organisation written "X of Y" ("Ministry of Health", "University of Vell"). */
export const ORG_HEAD = wordSet(`ministry department university bank court office council church institute board bureau college school`);

/** First words that make any capitalised run an organisation ("Channel Nine"). */
export const ORG_HEAD_ALONE = wordSet(`channel radio`);

/** Lower-case nouns right before a name that say it is an organisation ("the newspaper Vellposten"). */
export const ORG_CUE_BEFORE = wordSet(`newspaper daily channel agency broadcaster outlet firm company group website network magazine tabloid weekly station carrier maker manufacturer retailer startup bank insurer airline club team`);

/** Corporate designators written after an organisation's name ("Vellcorp Inc."). */
export const CORPORATE_SUFFIXES = wordSet(`inc corp co ltd llc plc ag sa gmbh nv bv spa oy ab`);

/**
 * Verbs whose subject is typically an organisation when the subject is one capitalised word
 * ("Vellcorp agreed to pay", "Tarnbank sells", "the Bluecrest announced") — lemmas.
 */
export const ORG_VERBS = wordSet(`
  acquire merge sell buy agree announce report launch release ship manufacture produce employ hire lay invest sue
  settle file list trade price earn lose post forecast raise cut recall sign own operate supply license beat win
`);

/** Last words that make a run a news outlet rather than another organisation. */
export const OUTLET_TAIL = wordSet(`times post news journal herald tribune press network channel television radio media gazette daily telegraph guardian observer chronicle standard express mail magazine review wire agency broadcasting`);
