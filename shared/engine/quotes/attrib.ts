// Finds the reporting verb (cue) and the speaker phrase for a stretch of speech inside one
// sentence, looking after it ("…,” he said", "…,” said Lavrov", "…,” Dmitriev, who …, told AP")
// and before it ("Lavrov said that …: “…”", "according to X", "X wrote on X: “…”").
import { BELIEF_VERBS, NAMING_VERBS, NOUN_LIKE_CUES, SPEECH_VERBS } from './lexicon';
import { npAfter, npBefore, VERB_FILLERS, WEEKDAYS, type NP } from './phrases';
import type { Token } from './tokens';

export interface Attribution {
  /** cue token range (inclusive) or -1 when the speaker stands alone */
  cueFrom: number;
  cueTo: number;
  np: NP;
}

const EXTRA_CUES = new Set(['quoted', 'according']);

const DET_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'in', 'for', 'with', 'new', 'recent', 'repeated', 'earlier', 'such', 'public']);

export function isCue(t: Token, belief: boolean): boolean {
  if (t.punct || t.cap) return false;
  return SPEECH_VERBS.has(t.lower) || NAMING_VERBS.has(t.lower) || EXTRA_CUES.has(t.lower) || (belief && BELIEF_VERBS.has(t.lower));
}

/** isCue plus context: "his comments", "Russian state television" are nouns, not verbs. */
export function cueAt(tokens: readonly Token[], c: number, belief: boolean): boolean {
  const t = tokens[c]!;
  if (!isCue(t, belief)) return false;
  if (!NOUN_LIKE_CUES.has(t.lower)) return true;
  const prev = tokens[c - 1];
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
function subjectBefore(tokens: readonly Token[], c: number, floor: number, inQuote: Uint8Array): NP | null {
  let k = c - 1;
  while (k >= floor && !tokens[k]!.punct && (VERB_FILLERS.has(tokens[k]!.lower) || WEEKDAYS.has(tokens[k]!.lower))) k--;
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
    return null;
  }
  return npBefore(tokens, k, floor);
}

/** The first noun phrase of the sentence (subject of a participle cue: "…, saying: “…”"). */
function clauseSubject(tokens: readonly Token[], floor: number, c: number, inQuote: Uint8Array): NP | null {
  let s = floor;
  // skip a leading adverbial that ends in a comma ("Ahead of the talks, …")
  const first = tokens[s];
  if (first && /^(?:in|on|at|after|before|ahead|during|speaking|writing|asked|for|with|later|earlier|meanwhile|still|but|and)$/i.test(first.w)) {
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
export function findAfter(tokens: readonly Token[], a: number, limit: number, inQuote: Uint8Array): Attribution | null {
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
  if (!np || np.from !== i) return null;
  let j = np.to + 1;
  if (isPunctW(tokens[j], ',')) {
    let k = j + 1;
    while (k <= limit && k - j < 30 && tokens[k]!.w !== ',' && !inQuote[k]) k++;
    if (k <= limit && tokens[k]!.w === ',') j = k + 1;
  }
  while (j <= limit && (VERB_FILLERS.has(tokens[j]!.lower) || WEEKDAYS.has(tokens[j]!.lower))) j++;
  if (j > limit || isPunctW(tokens[j], '.!?')) {
    // a bare name after the speech ("…,” Lavrov.): speaker without a verb
    return np.kind === 'name' && j === np.to + 1 ? { cueFrom: -1, cueTo: -1, np } : null;
  }
  const v = tokens[j]!;
  if (cueAt(tokens, j, true) && v.lower !== 'according') return { cueFrom: j, cueTo: j, np };
  return null;
}

/** Attribution before the speech: nearest cue scanning back from `b` to `floor`. */
export function findBefore(tokens: readonly Token[], b: number, floor: number, inQuote: Uint8Array, belief: boolean): Attribution | null {
  let sawAndThat = false;
  for (let c = b; c >= floor && b - c < 40; c--) {
    if (inQuote[c]) continue;
    const t = tokens[c]!;
    if (t.lower === 'that' && tokens[c - 1]?.lower === 'and') sawAndThat = true;
    if (!cueAt(tokens, c, belief)) continue;
    if (t.lower === 'according') {
      if (sawAndThat || tokens[c + 1]?.lower !== 'to') continue;
      const np = npAfter(tokens, c + 2, b);
      if (np) return { cueFrom: c, cueTo: c + 1, np };
      continue;
    }
    const np = /ing$/.test(t.lower) ? (subjectBefore(tokens, c, floor, inQuote) ?? clauseSubject(tokens, floor, c, inQuote)) : subjectBefore(tokens, c, floor, inQuote);
    if (np) return { cueFrom: c, cueTo: c, np };
    if (t.lower === 'quoted' || NAMING_VERBS.has(t.lower)) continue;
    // "was told", "is said": passive without an agent before; keep looking further back
  }
  return null;
}

/** "described as a “pariah” by former President Joe Biden": the agent after "by". */
export function findAgent(tokens: readonly Token[], a: number, limit: number): Attribution | null {
  let i = a;
  while (i <= limit && tokens[i]!.punct) i++;
  if (tokens[i]?.lower !== 'by') return null;
  const np = npAfter(tokens, i + 1, limit);
  return np ? { cueFrom: i, cueTo: i, np } : null;
}
