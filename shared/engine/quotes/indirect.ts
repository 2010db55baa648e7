// Indirect (reported) speech without quotation marks, one sentence at a time:
//   "Rubio said (that) ending the conflict would require concessions"   -> content after the cue
//   "Ending the conflict would require concessions, Rubio said."        -> content before the comma
//   "…, according to Kyiv's military." / "According to X, …"            -> the rest of the sentence
// Sentences that hold quotation marks are left to the direct-quote pass.
import { clauseSubject, cueAt, findAfter, findBefore, subjectOnly, type Attribution } from './attrib';
import type { Paragraph, SentenceTokens } from './context';
import type { FoundSpeech } from './direct';
import { looseSubject, nounCue, participleTail } from './loose';
import { STANCE_VERBS } from './lexicon';
import { npAfter, WEEKDAYS, type NP } from './phrases';
import type { Token } from './tokens';

const PARENTHETICAL = new Set(['however', 'though', 'meanwhile', 'moreover', 'nonetheless', 'nevertheless', 'instead', 'again', 'too', 'also', 'later']);
const MIN_WORDS = 3;

function words(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) if (!tokens[k]!.punct) n++;
  return n;
}

/** Index of the first content token after the cue at `c`. */
function contentStart(tokens: readonly Token[], c: number, end: number): number {
  let k = c + 1;
  const cue = tokens[c]!.lower;
  if (cue === 'told' || cue === 'tells' || cue === 'tell' || cue === 'telling' || cue === 'warned' || cue === 'assured' || cue === 'reminded') {
    // skip the listener: "told Russia's Channel One that …"
    for (let j = k; j <= Math.min(end, k + 8); j++) {
      if (tokens[j]!.lower === 'that') return j + 1;
    }
    const np = npAfter(tokens, k, end);
    if (np) k = np.to + 1;
  }
  // "said Monday that", "said on Tuesday", "said in a statement that"
  let guard = 0;
  while (k <= end && guard < 6 && (WEEKDAYS.has(tokens[k]!.lower) || (tokens[k]!.lower === 'that' && guard === 0))) {
    k++;
    guard++;
  }
  if (tokens[k]?.lower === 'on' && WEEKDAYS.has(tokens[k + 1]?.lower ?? '')) k += 2;
  if (tokens[k]?.lower === 'in' && (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an') && /^(?:statement|interview|tweet|post|speech|letter|memo|note|release)$/.test(tokens[k + 2]?.lower ?? '')) {
    k += 3;
    if (tokens[k]?.w === ',') k++;
  }
  if (tokens[k]?.w === ',') k++;
  // "stressed, however, that …"
  if (PARENTHETICAL.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.w === ',') k += 2;
  if (tokens[k]?.lower === 'that') k++;
  return k;
}

function speech(p: Paragraph, s: SentenceTokens, from: number, to: number, a: Attribution): FoundSpeech | null {
  if (to < from || words(p.tokens, from, to) < MIN_WORDS) return null;
  return { start: p.tokens[from]!.start, end: p.tokens[to]!.end, kind: 'indirect', attribution: a, para: p, inherit: 'none', open: false, sentenceStart: s.start };
}

const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'of', 'for', 'to']);

/** The subject of a stance verb, found like a speaker ("Trump has repeatedly criticized …"). */
function stanceAttribution(tokens: readonly Token[], c: number, floor: number, inQuote: Uint8Array): Attribution | null {
  const a = findBefore(tokens, c, floor, inQuote, true);
  if (a && a.cueFrom === c) return a;
  const b = subjectOnly(tokens, c, floor, inQuote);
  return b ? { cueFrom: c, cueTo: c, np: b } : null;
}

/** The source words of "according to …" up to a preposition or `to`, as an indefinite description. */
function sourcePhrase(tokens: readonly Token[], from: number, to: number): NP | null {
  let e = from;
  while (e + 1 <= to && !/^(?:of|for|by|in|on|at|from|with|conducted|published|released)$/.test(tokens[e + 1]!.lower)) e++;
  return e >= from && !tokens[e]!.punct ? { from, to: e, kind: 'description', definite: false } : null;
}

/**
 * "In several cases, tech executives say, they were asked …": a speaker and a saying-verb between
 * two commas in mid-sentence. The content is the whole sentence around the attribution.
 */
function parenthetical(p: Paragraph, s: SentenceTokens, first: number, end: number): FoundSpeech | null {
  const { tokens } = p;
  for (let k = first + 2; k < end - 2; k++) {
    if (tokens[k]!.w !== ',') continue;
    const a = findAfter(tokens, k + 1, end, p.inQuote);
    if (!a || a.cueFrom < 0 || !SAYING.has(tokens[a.cueFrom]!.lower)) continue;
    const close = a.cueTo + 1;
    if (tokens[close]?.w !== ',' || a.np.from !== k + 1 || end - close < MIN_WORDS) continue;
    return speech(p, s, first, end, a);
  }
  return null;
}
const SAYING = new Set(['say', 'says', 'said', 'argue', 'argues', 'argued', 'believe', 'believes', 'believed', 'think', 'thinks', 'contend', 'contends', 'note', 'notes', 'noted', 'added', 'adds', 'warn', 'warns', 'warned', 'insist', 'insists', 'insisted', 'suggest', 'suggests', 'suggested', 'explained', 'explains', 'told', 'wrote', 'writes', 'claimed', 'claims', 'predicted', 'predict', 'predicts']);

function lastWordIndex(tokens: readonly Token[], from: number, to: number): number {
  let e = to;
  while (e >= from && tokens[e]!.punct) e--;
  return e;
}

function inSentence(p: Paragraph, s: SentenceTokens): FoundSpeech | null {
  const { tokens } = p;
  const first = s.from;
  const end = lastWordIndex(tokens, s.from, s.to - 1);
  if (end < first) return null;
  // "According to X, content."
  if (tokens[first]!.lower === 'according' && tokens[first + 1]?.lower === 'to') {
    let k = first + 2;
    while (k <= end && k - first < 40 && tokens[k]!.w !== ',') k++;
    // a long source ("early results of exit polls conducted for …") is a description up to its first preposition
    const np = npAfter(tokens, first + 2, end) ?? sourcePhrase(tokens, first + 2, k - 1);
    if (np && k <= end && tokens[k]!.w === ',') return speech(p, s, k + 1, end, { cueFrom: first, cueTo: first + 1, np });
  }
  // "content, X said, content.": an attribution set off by commas inside the sentence
  const inner = parenthetical(p, s, first, end);
  if (inner) return inner;
  // "content, X said." / "content, said X." / "content, according to X."
  for (let k = end; k > first + MIN_WORDS && end - k < 16; k--) {
    if (tokens[k]!.w !== ',') continue;
    const a = findAfter(tokens, k + 1, end, p.inQuote);
    if (a && a.cueFrom >= 0 && end - Math.max(a.cueTo, a.np.to) <= 6) return speech(p, s, first, lastWordIndex(tokens, first, k - 1), a);
  }
  // "X said (that) content."
  for (let c = first + 1; c <= end && c - first < 30; c++) {
    const t = tokens[c]!;
    const stance = !t.cap && STANCE_VERBS.has(t.lower) && !DETERMINER_BEFORE.has(tokens[c - 1]?.lower ?? '');
    if ((!stance && !cueAt(tokens, c, true)) || t.lower === 'according' || t.lower === 'quoted') continue;
    let a = stance ? stanceAttribution(tokens, c, first, p.inQuote) : findBefore(tokens, c, first, p.inQuote, true);
    if (!a || a.cueFrom !== c) {
      // a subject outside the speaker grammar: "Sixty-six percent said …", "records show …"
      const np = looseSubject(tokens, c, first);
      if (!np) continue;
      a = { cueFrom: c, cueTo: c, np };
    }
    let stop = end;
    for (let j = c + 1; j <= end; j++) {
      if (tokens[j]!.w === ',' && tokens[j + 1]?.lower === 'according' && tokens[j + 2]?.lower === 'to') {
        stop = j - 1;
        break;
      }
    }
    const from = contentStart(tokens, c, end);
    return speech(p, s, from, lastWordIndex(tokens, from, stop), a);
  }
  return null;
}

/**
 * Indirect speech of a paragraph. With `colonOnly`, returns the attribution of a final
 * "X said:" sentence (its content is the quotation in the next paragraph).
 */
export function findIndirect(p: Paragraph, colonOnly = false): FoundSpeech[] {
  const out: FoundSpeech[] = [];
  if (colonOnly) {
    const s = p.sentences[p.sentences.length - 1];
    if (!s) return out;
    for (let c = s.to - 1; c >= s.from; c--) {
      if (!cueAt(p.tokens, c, false)) continue;
      const a = findBefore(p.tokens, c, s.from, p.inQuote, false);
      if (a) out.push({ start: s.end, end: s.end, kind: 'indirect', attribution: a, para: p, inherit: 'none', open: true, sentenceStart: s.start });
      break;
    }
    return out;
  }
  for (const s of p.sentences) {
    // in a sentence with quotation marks, only the stretch before the first mark can be reported speech
    let firstQuote = s.to;
    for (let k = s.from; k < s.to; k++) {
      if (p.inQuote[k]) {
        firstQuote = k;
        break;
      }
    }
    const sp = inSentence(p, firstQuote === s.to ? s : { ...s, to: firstQuote, end: p.tokens[firstQuote]!.start });
    if (sp) out.push(sp);
    else {
      const nc = firstQuote > s.from ? nounSpeech(p, s, firstQuote) : null;
      if (nc) out.push(nc);
    }
    if (firstQuote < s.to) {
      const tail = afterQuotes(p, s);
      if (tail) out.push(tail);
    }
  }
  return out;
}

/** ", referring to …" after the last quotation of a sentence: the speaker of the sentence, or the quote's by inheritance. */
function afterQuotes(p: Paragraph, s: SentenceTokens): FoundSpeech | null {
  const { tokens } = p;
  let last = s.to - 1;
  while (last >= s.from && !p.inQuote[last]) last--;
  const end = lastWordIndex(tokens, last + 1, s.to - 1);
  const t = participleTail(tokens, last + 1, end);
  if (!t || words(tokens, t.content, end) < 1) return null;
  const np = clauseSubject(tokens, s.from, t.cue, p.inQuote);
  const a: Attribution | null = np ? { cueFrom: t.cue, cueTo: t.cue, np } : null;
  return { start: tokens[t.content]!.start, end: tokens[end]!.end, kind: 'indirect', attribution: a, para: p, inherit: a ? 'none' : 'previous', open: false, sentenceStart: s.start };
}

/** "her criticism of the deal": the stance noun's owner (a possessive before it) is the source. */
function nounSpeech(p: Paragraph, s: SentenceTokens, to: number): FoundSpeech | null {
  const { tokens } = p;
  const end = lastWordIndex(tokens, s.from, to - 1);
  const n = nounCue(tokens, s.from, end);
  if (!n) return null;
  const owner = tokens[n.cue - 1];
  const np: NP | null = owner && !owner.punct && /['\u2019]s?$|^(?:his|her|their|its|our|my)$/i.test(owner.w) ? { from: n.cue - 1, to: n.cue - 1, kind: /^[A-Z]/.test(owner.w) ? 'name' : 'pronoun', definite: true } : null;
  const a: Attribution | null = np ? { cueFrom: n.cue, cueTo: n.cue, np } : null;
  return { start: tokens[n.content]!.start, end: tokens[n.stop]!.end, kind: 'indirect', attribution: a, para: p, inherit: 'none', open: false, sentenceStart: s.start };
}
