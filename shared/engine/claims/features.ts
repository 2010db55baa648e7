// Pair features for "do these two sentences report the same thing?".
// Lexical overlap on canonical stems (synonyms folded), order (bigrams, LCS),
// and the details that flip meaning: numbers, proper names, negation; content left unaligned
// after WordNet synonyms (wordnet-synsets.ts) are allowed to pair words up.
// A sentence is prepared once (`prepare`) so alignment can score many pairs cheaply.
import { idf } from './rarity';
import { unalignedIdf } from './unaligned';
import { dice, lcsRatio, longestRun, overlap, stemBigramDice, tokenEdit } from './seq';
import { canon, foldText, isStop, surfaceTokens, NEGATORS, type WordSenses } from './text';

export { idf };

export interface Prepared {
  /** content stems in order */
  stems: string[];
  stemSet: Set<string>;
  /** 5-letter prefixes of long stems, for near matches the stemmer misses */
  prefixes: Set<string>;
  /** summed rarity of the distinct content stems */
  mass: number;
  numbers: Set<string>;
  /** canonical stems of capitalised words (names, places, organisations) */
  names: Set<string>;
  negated: boolean;
  tokens: number;
  /** canonical surface tokens (stop words kept), source of the lazy order features */
  canonSurface: string[];
  detail: Detail | null;
  /** non-name content stems that have WordNet senses; built for pairs that reach the model */
  senses: Map<string, WordSenses> | null;
}

/** Order and character features: built only for pairs that reach the model (most never do). */
export interface Detail {
  bigrams: Set<string>;
  trigrams: Set<string>;
  /** character 4-grams of the folded text packed into 32-bit numbers (the text is ASCII) */
  chars: Set<number>;
  /** all surface tokens, stop words included */
  words: Set<string>;
}

const NUMBER_RE = /^[0-9]/;
const CAP_WORD_RE = /[\p{Lu}][\p{L}'’.-]*/gu;
const NAME_CLEAN_RE = /['’].*$|[^a-z0-9]/g;

export function prepare(text: string): Prepared {
  const surface = surfaceTokens(text);
  const stems: string[] = [];
  const numbers = new Set<string>();
  let negated = false;
  const canonSurface = new Array<string>(surface.length);
  surface.forEach((w, i) => {
    if (NEGATORS.has(w)) negated = true;
    if (NUMBER_RE.test(w)) numbers.add(w.replace(/\.0+$/, ''));
    const c = canon(w);
    canonSurface[i] = c;
    if (!isStop(w)) stems.push(c);
  });
  // capitalised words, the sentence's first word included: a stray "Senior" costs less than
  // missing a sentence-initial "French" that the other sentence has mid-sentence
  const names = new Set<string>();
  for (const m of text.matchAll(CAP_WORD_RE)) {
    const w = m[0].toLowerCase().replace(NAME_CLEAN_RE, '');
    if (w && !isStop(w)) names.add(canon(w));
  }
  const stemSet = new Set(stems);
  const prefixes = new Set<string>();
  for (const w of stemSet) if (w.length >= 5) prefixes.add(w.slice(0, 5));
  return { stems, stemSet, prefixes, mass: idfMass(stemSet), numbers, names, negated, tokens: surface.length, canonSurface, detail: null, senses: null };
}

export function detailOf(p: Prepared): Detail {
  if (p.detail) return p.detail;
  const cs = p.canonSurface;
  const bigrams = new Set<string>();
  const trigrams = new Set<string>();
  for (let i = 0; i + 1 < cs.length; i++) {
    bigrams.add(`${cs[i]} ${cs[i + 1]}`);
    if (i + 2 < cs.length) trigrams.add(`${cs[i]} ${cs[i + 1]} ${cs[i + 2]}`);
  }
  const flat = cs.join(' ');
  const chars = new Set<number>();
  for (let i = 0; i + 4 <= flat.length; i++) {
    chars.add(((flat.charCodeAt(i) & 255) << 24) | ((flat.charCodeAt(i + 1) & 255) << 16) | ((flat.charCodeAt(i + 2) & 255) << 8) | (flat.charCodeAt(i + 3) & 255));
  }
  p.detail = { bigrams, trigrams, chars, words: new Set(cs) };
  return p.detail;
}

function idfMass(a: ReadonlySet<string>): number {
  let m = 0;
  for (const w of a) m += idf(w);
  return m;
}

/**
 * Share of the smaller side's non-name content (actions, things) found in the other.
 * Alignment gate: two claims that share only their people and places report different facts.
 */
export function eventOverlap(a: Prepared, b: Prepared): number {
  let na = 0;
  let nb = 0;
  let shared = 0;
  for (const w of a.stemSet) {
    if (a.names.has(w)) continue;
    na++;
    if (b.stemSet.has(w) && !b.names.has(w)) shared++;
  }
  for (const w of b.stemSet) if (!b.names.has(w)) nb++;
  const m = Math.min(na, nb);
  return m ? shared / m : 0;
}

/** Rarity-weighted share of the smaller side's content found in the other: the cheap pre-filter. */
export function rareCoverage(a: Prepared, b: Prepared): number {
  const shared = idfShared(a.stemSet, b.stemSet);
  const m = Math.min(a.mass, b.mass);
  return m ? shared / m : 0;
}

function idfShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let m = 0;
  for (const w of a) if (b.has(w)) m += idf(w);
  return m;
}

/**
 * Containment: the shorter claim is a complete fact that the longer one also states, with more
 * around it ("X will travel to Y this week" inside "X postponed his trip to Y scheduled for this
 * week, citing ..."). The paraphrase model punishes the length gap; this does not. Returns the
 * rarity-weighted coverage of the shorter side, or 0 when the shorter side is too thin to be a fact
 * of its own, names a person or place the longer never mentions, or shares no action word.
 */
export function containment(a: Prepared, b: Prepared): number {
  const [s, l] = a.mass <= b.mass ? [a, b] : [b, a];
  if (s.stemSet.size < MIN_CONTAINED_STEMS || nameOnly(s, l) > 0) return 0;
  let actions = 0;
  for (const w of s.stemSet) if (!s.names.has(w) && l.stemSet.has(w) && idf(w) >= MIN_ACTION_IDF && !TIME_WORDS.has(w)) actions++;
  if (!actions) return 0;
  // hedges ("likely", "possibly") qualify the fact rather than state it: left out of the coverage
  let mass = 0;
  let covered = 0;
  for (const w of s.stemSet) {
    if (HEDGES.has(w)) continue;
    const v = idf(w);
    mass += v;
    if (l.stemSet.has(w)) covered += v;
  }
  return mass ? covered / mass : 0;
}
const HEDGES = new Set(['like', 'probabl', 'possibl', 'perhap', 'mayb', 'reportedli', 'allegedli']);
/** a contained claim needs this many content stems... */
const MIN_CONTAINED_STEMS = 5;
/** ...and a shared non-name word rarer than the commonest news words ("said", "week") */
const MIN_ACTION_IDF = 3.5;
/** time words are shared by unrelated facts of one news day: never the action that ties two claims */
const TIME_WORDS = new Set(['mondai', 'tuesdai', 'wednesdai', 'thursdai', 'fridai', 'saturdai', 'sundai', 'week', 'month', 'year', 'dai', 'todai', 'yesterdai', 'tomorrow', 'later', 'previou', 'time', 'morn', 'night', 'even']);

/** Names of `a` that `b` never mentions. */
function nameOnly(a: Prepared, b: Prepared): number {
  let n = 0;
  for (const w of a.names) if (!b.stemSet.has(w) && !b.names.has(w)) n++;
  return n;
}

/** Rarity of the most informative word of `a` missing from `b`. */
function maxUnmatchedIdf(a: Prepared, b: Prepared): number {
  let m = 0;
  for (const w of a.stemSet) if (!b.stemSet.has(w)) m = Math.max(m, idf(w));
  return m;
}

/** Content words of `a` with no exact or near (shared 5-letter prefix) match in `b`. */
function unmatched(a: Prepared, b: Prepared): number {
  let n = 0;
  for (const w of a.stemSet) {
    if (b.stemSet.has(w)) continue;
    if (w.length >= 5 && b.prefixes.has(w.slice(0, 5))) continue;
    n++;
  }
  return n;
}

export const FEATURE_NAMES = [
  'cov_min', 'cov_max', 'bigram', 'trigram', 'lcs', 'unm_min', 'unm_max', 'len_diff',
  'num_both_same', 'num_mismatch', 'name_miss', 'neg_flip', 'char4', 'word_cov_min', 'word_cov_max',
  'cov_x_len', 'log_len', 'idf_cov_min', 'idf_cov_max', 'idf_unm_min', 'idf_unm_max', 'edit', 'lcsubstr', 'name_unm_max', 'max_unm_idf', 'stem_bigram', 'idf_dice', 'wn_unal_min', 'wn_unal_max', 'bias',
] as const;

export interface FeatureOptions {
  /** alignment: values and polarity are compared later as conflicts, so they must not split clusters */
  ignoreValues?: boolean;
}

export function features(a: Prepared, b: Prepared, options: FeatureOptions = {}): number[] {
  const da = detailOf(a);
  const db = detailOf(b);
  const shared = overlap(a.stemSet, b.stemSet);
  const ca = a.stemSet.size ? shared / a.stemSet.size : 0;
  const cb = b.stemSet.size ? shared / b.stemSet.size : 0;
  const ua = unmatched(a, b);
  const ub = unmatched(b, a);
  const numShared = overlap(a.numbers, b.numbers);
  const numDiff = a.numbers.size + b.numbers.size - 2 * numShared;
  const bothNums = a.numbers.size > 0 && b.numbers.size > 0;
  const nameMiss = a.names.size + b.names.size ? (a.names.size + b.names.size - 2 * overlap(a.names, b.names)) / (a.names.size + b.names.size) : 0;
  const ignore = options.ignoreValues === true;
  const sharedIdf = idfShared(a.stemSet, b.stemSet);
  const ma = a.mass;
  const mb = b.mass;
  const ia = ma ? sharedIdf / ma : 0;
  const ib = mb ? sharedIdf / mb : 0;
  const sharedWords = overlap(da.words, db.words);
  const wa = da.words.size ? sharedWords / da.words.size : 0;
  const wb = db.words.size ? sharedWords / db.words.size : 0;
  const edit = tokenEdit(a.canonSurface, b.canonSurface);
  const gapA = unalignedIdf(a, b);
  const gapB = unalignedIdf(b, a);
  const covLen = Math.min(ca, cb) * (1 - Math.abs(a.tokens - b.tokens) / Math.max(1, a.tokens, b.tokens));
  return [
    Math.min(ca, cb),
    Math.max(ca, cb),
    dice(da.bigrams, db.bigrams),
    dice(da.trigrams, db.trigrams),
    lcsRatio(a.stems, b.stems),
    Math.log1p(Math.min(ua, ub)),
    Math.log1p(Math.max(ua, ub)),
    Math.abs(a.tokens - b.tokens) / Math.max(1, a.tokens, b.tokens),
    !ignore && bothNums && numDiff === 0 ? 1 : 0,
    ignore ? 0 : Math.log1p(numDiff),
    nameMiss,
    !ignore && a.negated !== b.negated ? 1 : 0,
    dice(da.chars, db.chars),
    Math.min(wa, wb),
    Math.max(wa, wb),
    covLen,
    Math.log1p(Math.min(a.tokens, b.tokens)) / 4,
    Math.min(ia, ib),
    Math.max(ia, ib),
    Math.log1p(Math.min(ma - sharedIdf, mb - sharedIdf)) / 3,
    Math.log1p(Math.max(ma - sharedIdf, mb - sharedIdf)) / 3,
    edit,
    longestRun(a.canonSurface, b.canonSurface),
    Math.log1p(Math.max(nameOnly(a, b), nameOnly(b, a))),
    Math.max(maxUnmatchedIdf(a, b), maxUnmatchedIdf(b, a)) / 10,
    stemBigramDice(a.stems, b.stems),
    ma + mb ? (2 * sharedIdf) / (ma + mb) : 0,
    Math.log1p(Math.min(gapA, gapB)) / 3,
    Math.log1p(Math.max(gapA, gapB)) / 3,
    1,
  ];
}

export { foldText };
