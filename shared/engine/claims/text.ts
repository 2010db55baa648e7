// Word-level normalisation shared by claim extraction, pair scoring and alignment.
// Goal: two renderings of the same fact ("U.S." / "US" / "United States",
// "adviser" / "advisor", "wounding" / "injuring") reduce to the same tokens,
// while anything that changes the fact (numbers, negation) stays visible.
import anyAscii from 'any-ascii';
import { stemmer } from 'stemmer';
import { WORDNET_SYNSETS } from './wordnet-synsets';

/** Function words that carry no fact of their own. Negation words are deliberately absent. */
const STOP = new Set(
  ('a an the and or but if of to in on at by for with from as into onto over under about than then that this these those ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'it its it\'s he him his she her hers they them their theirs we us our you your i me my mine who whom whose which what ' +
    'there here also just so such very too more most much many some any each other another both either ' +
    'up out off down again further once only own same s t d ll re ve m o y mr mrs ms dr said says say told tell ' +
    'according while when where why how all its itself himself herself themselves one').split(' '),
);
// "us" stays a stop word: the country is rewritten to "usa" case-sensitively in foldText.

/** Multi-word and dotted forms rewritten before tokenising (lower-cased input). */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bu\.\s?s\.(?:\s?a\.)?/g, ' usa '],
  [/\bunited states(?: of america)?\b/g, ' usa '],
  [/\bu\.\s?k\./g, ' uk '],
  [/\bunited kingdom\b/g, ' uk '],
  [/\bgreat britain\b/g, ' uk '],
  [/\bu\.\s?n\./g, ' un '],
  [/\bunited nations\b/g, ' un '],
  [/\be\.\s?u\./g, ' eu '],
  [/\beuropean union\b/g, ' eu '],
  [/\bper ?cent\b/g, ' % '],
  [/n['’]t\b/g, ' not'],
  [/\bcannot\b/g, 'can not'],
  // "take part" is one verb: without this, "part" (a share) and "take" (grab) match it
  [/\b(?:take|takes|took|taken|taking) part\b/g, ' participate '],
];

/** Whole-word rewrites applied to single lower-case words (spelling variants, abbreviations). */
const WORD_MAP: Readonly<Record<string, string>> = {
  america: 'usa', britain: 'uk',
  advisor: 'adviser', advisors: 'advisers', toward: 'towards', amid: 'amidst', among: 'amongst',
  won: 'win', wo: 'will', ca: 'can', sha: 'shall',
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
  mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', thu: 'thursday', thurs: 'thursday', fri: 'friday',
  colour: 'color', favour: 'favor', labour: 'labor', honour: 'honor', defence: 'defense', offence: 'offense',
  centre: 'center', theatre: 'theater', programme: 'program', travelled: 'traveled', travelling: 'traveling',
  cancelled: 'canceled', cancelling: 'canceling', percent: '%', pct: '%',
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', dozen: '12', hundred: '100', thousand: '1000', million: '1000000', billion: '1000000000',
};

/** Stem-level synonym classes: words a reporter swaps without changing the fact. */
const SYN_GROUPS: readonly string[][] = [
  ['injur', 'wound', 'hurt'],
  ['kill', 'slain', 'slai'],
  ['die', 'di', 'dead', 'death'],
  ['begin', 'start', 'began', 'commenc', 'launch', 'begun', 'kick'],
  ['end', 'finish', 'conclud', 'halt'],
  ['troop', 'soldier', 'forc', 'armi', 'militari'],
  ['larg', 'big', 'numer', 'huge', 'major', 'larger', 'bigger'],
  ['small', 'littl', 'minor', 'smaller'],
  ['talk', 'negoti', 'discuss', 'meet', 'met', 'meetin', 'convers'],
  ['offici', 'diplomat', 'repres', 'envoi', 'deleg'],
  ['nation', 'countri', 'state'],
  ['presid', 'leader', 'head'],
  ['lose', 'lost', 'lo', 'losin'],
  ['rise', 'rose', 'increas', 'climb', 'jump', 'gain', 'grow', 'grew', 'surg', 'rallied', 'ralli', 'soar'],
  ['fall', 'fell', 'declin', 'drop', 'decreas', 'slip', 'slid', 'slide', 'tumbl', 'plung', 'lower'],
  ['buy', 'bui', 'bought', 'acquir', 'purchas'],
  ['sell', 'sold'],
  ['show', 'shown', 'reveal', 'indic'],
  ['seek', 'sought'],
  ['hold', 'held'],
  ['lead', 'led'],
  ['think', 'thought', 'believ'],
  ['go', 'went', 'gone', 'travel', 'visit', 'trip', 'journei'],
  ['accus', 'charg', 'alleg'],
  ['arrest', 'detain', 'captur'],
  ['particip', 'attend', 'join'],
  ['firm', 'compani', 'corpor', 'busi'],
  ['attack', 'strike', 'assault', 'struck', 'raid'],
  ['quarter', 'qtr'],
  ['share', 'stock'],
  ['expect', 'anticip', 'forecast', 'predict'],
  ['chief', 'head'],
  ['need', 'requir'],
  ['help', 'aid', 'assist', 'support'],
  ['plan', 'intend', 'aim'],
  ['ask', 'request', 'urg'],
  ['speak', 'spoke', 'spoken'],
  ['make', 'made'],
  ['take', 'took', 'taken'],
  ['give', 'gave', 'given'],
  ['get', 'got', 'receiv', 'obtain'],
  ['come', 'came'],
  ['find', 'found'],
  ['leav', 'left', 'depart'],
  ['steadili', 'slowli', 'gradual'],
  ['approv', 'pass', 'adopt', 'back'],
  ['reject', 'refus', 'declin', 'spurn'],
  ['announc', 'unveil', 'report', 'disclos'],
  ['probe', 'investig', 'inquiri'],
  ['author', 'polic', 'offic'],
  ['lawmak', 'legisl', 'senat', 'congressmen'],
  ['sai', 'state', 'told', 'ad', 'note', 'explain', 'comment'],
  ['earn', 'profit', 'incom'],
  ['revenu', 'sale'],
  ['cut', 'reduc', 'slash', 'trim'],
  ['fire', 'dismiss', 'sack', 'oust'],
  ['quit', 'resign', 'step'],
  ['warn', 'caution'],
  ['prison', 'jail', 'imprison'],
  ['suspect', 'accus', 'defend'],
  ['court', 'judg', 'tribun'],
  ['rule', 'decid', 'verdict', 'decis'],
  ['law', 'legisl', 'bill', 'measur'],
  ['nearli', 'almost', 'roughli', 'approxim', 'about', 'around'],
  ['week', 'weekli'],
  ['month', 'monthli'],
  ['year', 'annual', 'yearli'],
  ['previou', 'prior', 'earlier', 'last'],
  ['current', 'now', 'present'],
  ['also', 'addit'],
  ['mr', 'mrs', 'ms'],
];

const SYN = new Map<string, string>();
for (const g of SYN_GROUPS) for (const s of g) if (!SYN.has(s)) SYN.set(s, g[0] as string);

const NON_ASCII_RE = /[\u0080-\uffff]/;
const US_RE = /\bU\.\s?S\.(?:\s?A\.)?|\bUSA?\b/g;
const TOKEN_RE = /[a-z0-9%$€£]+(?:[.,][0-9]+)*/g;

/** Lower-case ASCII with multi-word names folded ("united states" -> "usa"). */
export function foldText(text: string): string {
  // Upper-case "US" is the country, lower-case "us" the pronoun: decide before lower-casing.
  // anyAscii is costly; most news text is ASCII apart from curly quotes and dashes
  let t = (NON_ASCII_RE.test(text) ? anyAscii(text) : text).replace(US_RE, ' usa ').toLowerCase();
  for (const [re, to] of PHRASES) t = t.replace(re, to);
  return t;
}

/** Surface tokens (lower-case, ASCII, mapped spellings), stop words kept. */
export function surfaceTokens(text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  for (const m of folded.matchAll(TOKEN_RE)) {
    let w = m[0];
    if (/^[0-9]/.test(w)) w = w.replace(/,(?=\d{3}\b)/g, '');
    out.push(WORD_MAP[w] ?? w);
  }
  return out;
}

const stemCache = new Map<string, string>();
/** Canonical stem of one surface token: Porter stem, British "-ise" folded, synonym class. */
export function canon(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  let w = word;
  if (/^[a-z]+$/.test(w)) {
    w = w.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
    w = stemmer(w);
    w = SYN.get(w) ?? w;
  }
  if (stemCache.size < 200000) stemCache.set(word, w);
  return w;
}

const WORD_CLEAN_RE = /['’].*$|[^a-z0-9%]/g;
const US_WORD_RE = /^U\.?S\.?A?\.?$/;
/**
 * Canonical key of ONE word as written ("Wounding" -> "injur"), or null for stop words.
 * A cheap per-word path for snippets; multi-word folds ("United States") are not applied.
 */
export function wordKey(word: string): string | null {
  if (US_WORD_RE.test(word)) return 'usa';
  let w = word.toLowerCase().replace(WORD_CLEAN_RE, '');
  if (!w) return null;
  w = WORD_MAP[w] ?? w;
  return STOP.has(w) ? null : canon(w);
}

export function isStop(word: string): boolean {
  return STOP.has(word);
}

/** Content stems of a text: no stop words, canonical forms. Order kept, duplicates kept. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of surfaceTokens(text)) if (!STOP.has(w)) out.push(canon(w));
  return out;
}

export const NEGATORS = new Set(['not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'without']);

/** WordNet senses of one canonical stem: its synsets, and synsets one hypernym/similar-to hop away. */
export interface WordSenses {
  syn: readonly number[];
  rel: readonly number[];
}
const NO_SENSES: WordSenses = { syn: [], rel: [] };
let wordnet: Map<string, WordSenses> | null = null;

/** Parsed on first use: start-up of callers that never compare pairs stays free. */
function wordnetMap(): Map<string, WordSenses> {
  if (wordnet) return wordnet;
  wordnet = new Map();
  const ids = (s: string | undefined): number[] => (s ? s.split('.').map((x) => parseInt(x, 36)) : []);
  for (const entry of WORDNET_SYNSETS.split(' ')) {
    const eq = entry.indexOf('=');
    const [syn, rel] = entry.slice(eq + 1).split('/');
    wordnet.set(entry.slice(0, eq), { syn: ids(syn), rel: ids(rel) });
  }
  return wordnet;
}

export function wordSenses(stem: string): WordSenses {
  return wordnetMap().get(stem) ?? NO_SENSES;
}

function intersects(a: readonly number[], b: readonly number[]): boolean {
  for (const x of a) for (const y of b) if (x === y) return true;
  return false;
}

/** Two stems share a WordNet synset among their common senses ("purchase" / "buy"). */
export function wordnetSynonyms(a: string, b: string): boolean {
  return intersects(wordSenses(a).syn, wordSenses(b).syn);
}

/** One stem's sense is a direct hypernym / similar adjective of the other's ("rifle" / "gun"). */
export function wordnetRelated(a: string, b: string): boolean {
  const x = wordSenses(a);
  const y = wordSenses(b);
  return intersects(x.syn, y.rel) || intersects(x.rel, y.syn);
}
