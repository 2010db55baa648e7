// Finds the reporting verb (cue) and the speaker phrase for a stretch of speech inside one
// sentence, looking after it ("…,” he said", "…,” said Lavrov", "…,” Dmitriev, who …, told AP")
// and before it ("Lavrov said that …: “…”", "according to X", "X wrote on X: “…”").
import { BELIEF_VERBS, CAP_CUES, NAMING_VERBS, NOUN_LIKE_CUES, SPEECH_VERBS } from './lexicon';
import { NEGATED_AUX, npAfter, npBefore, VERB_FILLERS, WEEKDAYS, type NP } from './phrases';
import type { Token } from './tokens';

export interface Attribution {
  /** cue token range (inclusive) or -1 when the speaker stands alone */
  cueFrom: number;
  cueTo: number;
  np: NP;
}

const EXTRA_CUES = new Set(['quoted', 'according']);

const DETERMINER_ONLY = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const DET_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'in', 'for', 'with', 'new', 'recent', 'repeated', 'earlier', 'such', 'public']);

export function isCue(t: Token, belief: boolean): boolean {
  if (t.punct || (t.cap && t.lower !== 'according' && !CAP_CUES.has(t.lower))) return false;
  return SPEECH_VERBS.has(t.lower) || NAMING_VERBS.has(t.lower) || EXTRA_CUES.has(t.lower) || (belief && BELIEF_VERBS.has(t.lower));
}

/** isCue plus context: "his comments", "Russian state television" are nouns, not verbs. */
export function cueAt(tokens: readonly Token[], c: number, belief: boolean): boolean {
  const t = tokens[c]!;
  if (!isCue(t, belief)) return false;
  const prev = tokens[c - 1];
  if (prev && DETERMINER_ONLY.has(prev.lower)) return false;
  if (!NOUN_LIKE_CUES.has(t.lower)) return true;
  if (prev && !prev.punct && (DET_BEFORE.has(prev.lower) || /['\u2019]s$/.test(prev.w))) return false;
  const next = tokens[c + 1];
  if (next && !next.punct && /^[a-z]/.test(next.w) && next.lower !== 'that' && !WEEKDAYS.has(next.lower) && next.lower !== 'on' && next.lower !== 'in' && next.lower !== 'to') return false;
  return true;
}

function isPunctW(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.punct && chars.includes(t.w);
}

/** Skips an apposition that ends at the comma `comma` ("Kirill Dmitriev, head of the fund, said"). */
function skipAppositionBack(tokens: readonly Token[], comma: number, floor: number, inQuote: Uint8Array): number {
  for (let k = comma - 1; k >= Math.max(floor, comma - 25); k--) {
    if (inQuote[k]) return -1;
    if (tokens[k]!.w === ',') return k - 1;
  }
  return -1;
}

/** Speaker phrase ending right before the verb at `c`, skipping fillers and appositions. */
function filler(t: Token): boolean {
  return !t.punct && (VERB_FILLERS.has(t.lower) || WEEKDAYS.has(t.lower) || NEGATED_AUX.test(t.lower) || (!t.cap && t.lower.length > 4 && t.lower.endsWith('ly')));
}

function subjectBefore(tokens: readonly Token[], c: number, floor: number, inQuote: Uint8Array): NP | null {
  let k = c - 1;
  for (;;) {
    while (k >= floor && filler(tokens[k]!)) {
      k--;
      // "the senator on Tuesday dismissed": a time phrase between subject and verb
      if (k >= floor && tokens[k]!.lower === 'on' && WEEKDAYS.has(tokens[k + 1]!.lower)) k--;
    }
    // "Sen. Ted Cruz (Tex.) has said": skip a short parenthesis
    if (k >= floor && tokens[k]!.w === ')') {
      let o = k - 1;
      while (o >= floor && k - o < 8 && tokens[o]!.w !== '(') o--;
      if (o >= floor && tokens[o]!.w === '(') {
        k = o - 1;
        continue;
      }
    }
    break;
  }
  if (k < floor || inQuote[k]) return null;
  const t = tokens[k]!;
  if (t.w === ',') {
    const j = skipAppositionBack(tokens, k, floor, inQuote);
    // "Putin's adviser, Yuri Ushakov, told": a name in the apposition is the better mention
    const inner = npBefore(tokens, k - 1, floor);
    if (inner && inner.kind === 'name' && j >= floor && inner.from === j + 2) return inner;
    return j >= floor ? npBefore(tokens, j, floor) : null;
  }
  if (t.lower === 'and' || t.lower === 'but') {
    // "he said and vowed to": the subject of the coordinated verb
    const prev = tokens[k - 1];
    if (prev && k - 1 >= floor && cueAt(tokens, k - 1, true)) return subjectBefore(tokens, k - 1, floor, inQuote);
    // "Trump denounced the tests and pledged …": the nearest name or pronoun followed by a verb
    for (let j = k - 1; j >= floor && k - j < 20; j--) {
      if (inQuote[j]) return null;
      const next = tokens[j + 1]!;
      if (!next.punct && !next.cap && /(?:ed|s)$/.test(next.lower) && !tokens[j]!.punct) {
        const np = npBefore(tokens, j, floor);
        if (np && np.kind !== 'description' && np.to === j) return np;
      }
    }
    return null;
  }
  return npBefore(tokens, k, floor);
}

/** The first noun phrase of the sentence (subject of a participle cue: "…, saying: “…”"). */
export function clauseSubject(tokens: readonly Token[], floor: number, c: number, inQuote: Uint8Array): NP | null {
  let s = floor;
  // skip a leading adverbial that ends in a comma ("Ahead of the talks, …")
  const first = tokens[s];
  if (first && (/^(?:in|on|at|after|before|ahead|during|speaking|writing|asked|for|with|later|earlier|meanwhile|still|but|and|moreover|however|yet|also|instead|first|finally|then|now)$/i.test(first.w) || /ly$/.test(first.lower))) {
    for (let k = s; k < c; k++) if (tokens[k]!.w === ',') {
      s = k + 1;
      break;
    }
  }
  for (let k = s; k < Math.min(c, s + 3); k++) {
    if (inQuote[k]) return null;
    const np = npAfter(tokens, k, c - 1);
    if (np && np.from === k) return np;
  }
  return null;
}

/** Attribution after the speech: tokens from `a` to `limit` (inclusive). */
export function findAfter(tokens: readonly Token[], a: number, limit: number, inQuote: Uint8Array, loose = false): Attribution | null {
  let i = a;
  while (i <= limit && tokens[i]!.punct && !inQuote[i]) i++;
  if (i > limit || inQuote[i]) return null;
  const t = tokens[i]!;
  if (cueAt(tokens, i, false) && t.lower !== 'according') {
    // inverted: "said Lavrov", "said a statement from the campaign"
    let j = i + 1;
    while (j <= limit && WEEKDAYS.has(tokens[j]!.lower)) j++;
    const np = npAfter(tokens, j, limit);
    return np ? { cueFrom: i, cueTo: i, np } : null;
  }
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const np = npAfter(tokens, i + 2, limit);
    return np ? { cueFrom: i, cueTo: i + 1, np } : null;
  }
  const np = npAfter(tokens, i, limit);
  if (!np) return null;
  for (let k = i; k < np.from; k++) if (tokens[k]!.punct) return null;
  let j = np.to + 1;
  if (isPunctW(tokens[j], ',')) {
    let k = j + 1;
    while (k <= limit && k - j < 30 && tokens[k]!.w !== ',' && !inQuote[k]) k++;
    if (k <= limit && tokens[k]!.w === ',') j = k + 1;
  }
  while (j <= limit && filler(tokens[j]!)) j++;
  if (j > limit || isPunctW(tokens[j], '.!?')) {
    // a bare name after the speech ("…,” Lavrov.): speaker without a verb
    return np.kind === 'name' && np.from === i && j === np.to + 1 ? { cueFrom: -1, cueTo: -1, np } : null;
  }
  const v = tokens[j]!;
  if (cueAt(tokens, j, true) && v.lower !== 'according') return { cueFrom: j, cueTo: j, np };
  // right after a closed quotation, a name or pronoun and a past or present verb is its
  // attribution even when the verb is no saying-word ("“Go home,” Trump barked.")
  if (loose && np.kind !== 'description' && np.from === i && looseVerb(v)) return { cueFrom: j, cueTo: j, np };
  return null;
}

const NOT_LOOSE = new Set(['was', 'is', 'has', 'does', 'its', 'this', 'his', 'as', 'us', 'yes', 'thus', 'less', 'unless', 'plus', 'bus', 'news', 'ms', 'mrs']);
function looseVerb(v: Token): boolean {
  return !v.punct && !v.cap && /^[a-z]+(?:ed|s)$/.test(v.w) && v.w.length > 3 && !NOT_LOOSE.has(v.lower);
}

/** The attribution whose cue is token `c`, for speech ending at `b` (null when `c` is no usable cue). */
function attributionAt(tokens: readonly Token[], c: number, b: number, floor: number, inQuote: Uint8Array, belief: boolean, sawAndThat: boolean): Attribution | null {
  const t = tokens[c]!;
  if (inQuote[c] || !cueAt(tokens, c, belief)) return null;
  if (t.lower === 'according') {
    if (sawAndThat || tokens[c + 1]?.lower !== 'to') return null;
    const np = npAfter(tokens, c + 2, b);
    return np ? { cueFrom: c, cueTo: c + 1, np } : null;
  }
  if (t.cap) {
    // sentence-initial inverted cue: "Said Dorothy Poynter, who …, “…”"
    const inv = npAfter(tokens, c + 1, b);
    return inv ? { cueFrom: c, cueTo: c, np: inv } : null;
  }
  // a participle after a comma takes the subject of the main clause: "Trump hit back, calling him …"
  const participle = /ing$/.test(t.lower);
  const afterComma = participle && tokens[c - 1]?.w === ',';
  const np = afterComma
    ? (clauseSubject(tokens, floor, c, inQuote) ?? subjectBefore(tokens, c, floor, inQuote))
    : participle
      ? (subjectBefore(tokens, c, floor, inQuote) ?? clauseSubject(tokens, floor, c, inQuote))
      : subjectBefore(tokens, c, floor, inQuote);
  return np ? { cueFrom: c, cueTo: c, np } : null;
}

/** Attribution before the speech: nearest cue scanning back from `b` to `floor`. */
export function findBefore(tokens: readonly Token[], b: number, floor: number, inQuote: Uint8Array, belief: boolean): Attribution | null {
  let sawAndThat = false;
  for (let c = b; c >= floor && b - c < 40; c--) {
    const t = tokens[c]!;
    if (t.lower === 'that' && tokens[c - 1]?.lower === 'and') sawAndThat = true;
    const a = attributionAt(tokens, c, b, floor, inQuote, belief, sawAndThat);
    if (a) return a;
    // "was told", "is said": passive without an agent before; keep looking further back
  }
  return null;
}

/**
 * The outermost attribution before a quoted fragment: the first cue of the sentence that has a
 * speaker ("Rubio said he had begun to expose Trump, whom he called a “con artist.”" is Rubio's).
 */
export function findOutermost(tokens: readonly Token[], b: number, floor: number, inQuote: Uint8Array, belief: boolean): Attribution | null {
  for (let c = Math.max(floor, b - 39); c <= b; c++) {
    const a = attributionAt(tokens, c, b, floor, inQuote, belief, false);
    if (a) return a;
  }
  return null;
}

/** "described as a “pariah” by former President Joe Biden": the agent after "by". */
export function findAgent(tokens: readonly Token[], qFrom: number, a: number, limit: number, floor: number): Attribution | null {
  let v = -1;
  for (let k = qFrom - 1; k >= floor && qFrom - k <= 5; k--) {
    if (NAMING_VERBS.has(tokens[k]!.lower) || tokens[k]!.lower === 'quoted') {
      v = k;
      break;
    }
  }
  if (v < 0) return null;
  let i = a;
  while (i <= limit && tokens[i]!.punct) i++;
  if (tokens[i]?.lower !== 'by') return null;
  const np = npAfter(tokens, i + 1, limit);
  return np ? { cueFrom: v, cueTo: v, np } : null;
}

/** A sentence-final attribution ("…, said Kirill Dmitriev, head of the fund.") covering the whole sentence. */
export function findTail(tokens: readonly Token[], from: number, end: number, inQuote: Uint8Array): Attribution | null {
  for (let k = end; k > from && end - k < 18; k--) {
    if (inQuote[k]) return null;
    if (tokens[k]!.w !== ',') continue;
    const a = findAfter(tokens, k + 1, end, inQuote);
    if (a && a.cueFrom >= 0 && end - Math.max(a.cueTo, a.np.to) <= 8) return a;
  }
  return null;
}

/**
 * No reporting verb: the sentence subject when it names someone and its verb follows
 * ("Campaign chair Paul Manafort dismissed the kerfuffle as “absurd.”"). The verb becomes the cue.
 */
export function subjectFallback(tokens: readonly Token[], floor: number, qFrom: number, inQuote: Uint8Array): Attribution | null {
  const np = clauseSubject(tokens, floor, qFrom, inQuote);
  if (!np || np.kind === 'description') return null;
  let v = np.to + 1;
  if (tokens[v]?.w === ',') {
    // "Filippo Grandi, the U.N. refugee chief, reacted …"
    let k = v + 1;
    while (k < qFrom && k - v < 25 && tokens[k]!.w !== ',') k++;
    if (k < qFrom && tokens[k]!.w === ',') v = k + 1;
  }
  while (v < qFrom && (VERB_FILLERS.has(tokens[v]!.lower) || WEEKDAYS.has(tokens[v]!.lower)) && !VERB_LIKE_AUX.has(tokens[v]!.lower)) v++;
  const verb = tokens[v];
  if (!verb || v >= qFrom || verb.punct || verb.cap || inQuote[v] || !/^[a-z]+$/.test(verb.w)) return null;
  if (!/(?:ed|s)$/.test(verb.lower) && !isCue(verb, true)) return null;
  return { cueFrom: v, cueTo: v, np };
}
const VERB_LIKE_AUX = new Set<string>();

/** The speaker phrase before any verb at `c` (stance verbs are not in the cue lexicon). */
export function subjectOnly(tokens: readonly Token[], c: number, floor: number, inQuote: Uint8Array): NP | null {
  return subjectBefore(tokens, c, floor, inQuote);
}
