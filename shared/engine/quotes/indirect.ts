// Indirect (reported) speech without quotation marks, one sentence at a time:
//   "Moreau said (that) ending the conflict would require concessions"   -> content after the cue
//   "Ending the conflict would require concessions, Moreau said."        -> content before the comma
//   "…, according to the army." / "According to X, …"            -> the rest of the sentence
// Sentences that hold quotation marks are left to the direct-quote pass.
import { findAfter } from './after';
import { clauseSubject, cueAt, findBefore, subjectOnly, type Attribution } from './attrib';
import { ADJUNCT_START, adjunctTail, contentStart, coordinated, INVERTED_SAYING, lastWordIndex, MIN_WORDS, npEndsClause, SAYING, speech, words } from './content';
import type { Paragraph, SentenceTokens } from './context';
import { askedClause, colonLabel, inSurvey, leadingViewpoint } from './conventions';
import type { FoundSpeech } from './direct';
import { looseSubject, nounCue, participleTail } from './loose';
import { ATTITUDE_ADJECTIVES, COPULAS, stanceVerb } from './stance';
import { npAfter, type NP } from './phrases';
import type { Token } from './tokens';

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
  for (let k = end; k > first + MIN_WORDS && end - k < 32; k--) {
    if (tokens[k]!.w !== ',') continue;
    // "according to" may name a long source ("three intelligence sources who spoke to Fox News …")
    const according = tokens[k + 1]?.lower === 'according';
    if (end - k >= 16 && !according && !INVERTED_SAYING.has(tokens[k + 1]?.lower ?? '')) continue;
    const a = findAfter(tokens, k + 1, end, p.inQuote);
    // "content, said Mindy Romero, director of …": an inverted saying-verb may take a long apposition
    const inverted = a !== null && a.cueFrom === k + 1 && a.np.from > a.cueTo && a.np.kind !== 'pronoun' && INVERTED_SAYING.has(tokens[k + 1]!.lower) && npEndsClause(tokens, a.np.to, end);
    if (a && a.cueFrom >= 0 && (according || inverted || (end - Math.max(a.cueTo, a.np.to) <= 6 && adjunctTail(tokens, a, end)))) return speech(p, s, first, lastWordIndex(tokens, first, k - 1), a);
  }
  // "X said (that) content."
  for (let c = first + 1; c <= end && c - first < 30; c++) {
    const t = tokens[c]!;
    const prev = tokens[c - 1]?.lower ?? '';
    // "Clinton is confident that …": an attitude adjective after a copula reports a state of mind
    const attitude = !t.cap && ATTITUDE_ADJECTIVES.has(t.lower) && COPULAS.has(prev);
    const stance = attitude || (!t.cap && stanceVerb(t.lower, tokens[c - 1]?.lower, tokens[c - 1]?.cap ?? false) && !DETERMINER_BEFORE.has(prev));
    if ((!stance && !cueAt(tokens, c, true)) || t.lower === 'according' || t.lower === 'quoted') continue;
    let a = stance ? stanceAttribution(tokens, c, first, p.inQuote) : findBefore(tokens, c, first, p.inQuote, true);
    if (!a || a.cueFrom !== c) {
      // a subject outside the speaker grammar: "Sixty-six percent said …", "records show …"
      // a second verb of the clause ("Graham called both “crazy” and said …"): the clause subject's
      const co = coordinated(tokens, c, first);
      const np = looseSubject(tokens, c, first) ?? (co ? clauseSubject(tokens, first, c, p.inQuote) : null);
      if (!np && !co) continue;
      // the content is reported speech even when its speaker is beyond the grammar: kept unattributed
      a = np ? { cueFrom: c, cueTo: c, np } : null;
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
  const view = leadingViewpoint(tokens, first, end);
  if (view) return speech(p, s, view.comma + 1, end, { cueFrom: first, cueTo: first, np: view.np });
  const conv = colonLabel(p, s, end) ?? inSurvey(tokens, first, end);
  return conv ? speech(p, s, conv.from, lastWordIndex(tokens, conv.from, conv.to), conv.a) : null;
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
    // the question in "Asked whether …, X said …" is a report of its own, beside the answer
    const q = firstQuote > s.from ? askedClause(p.tokens, s.from, firstQuote - 1) : null;
    if (q && (!sp || p.tokens[q.to]!.end <= sp.start || p.tokens[q.from]!.start >= sp.end)) {
      const qs = speech(p, s, q.from, lastWordIndex(p.tokens, q.from, q.to), null);
      if (qs) out.push(qs);
    }
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
  const own = participleTail(tokens, last + 1, end) ? null : verbAfterQuotes(p, s, last + 1, end);
  const t = own ?? participleTail(tokens, last + 1, end);
  if (!t || words(tokens, t.content, end) < 1) return null;
  const np = own?.np ?? clauseSubject(tokens, s.from, t.cue, p.inQuote);
  const a: Attribution | null = np ? { cueFrom: t.cue, cueTo: t.cue, np } : null;
  return { start: tokens[t.content]!.start, end: tokens[end]!.end, kind: 'indirect', attribution: a, para: p, inherit: a ? 'none' : 'previous', open: false, sentenceStart: s.start };
}

/**
 * A saying-verb after the last quotation with its own subject ("…, which he said had harmed the
 * economy") or coordinated with the sentence's verb ("… “another super Tuesday” and said it was …").
 */
function verbAfterQuotes(p: Paragraph, s: SentenceTokens, from: number, end: number): { cue: number; content: number; np: NP | null } | null {
  const { tokens } = p;
  for (let c = from; c <= end; c++) {
    const t = tokens[c]!;
    if (t.cap || !SAYING.has(t.lower) || !cueAt(tokens, c, false)) continue;
    const own = findBefore(tokens, c, from, p.inQuote, false);
    if (!(own && own.cueFrom === c) && !coordinated(tokens, c, s.from)) return null;
    const content = contentStart(tokens, c, end);
    // "“…,” Susan said as she turned around": the quotation's own attribution, no new content
    const first = tokens[content];
    if (!first || content > end || first.punct || ADJUNCT_START.has(first.lower)) return null;
    return { cue: c, content, np: own && own.cueFrom === c ? own.np : null };
  }
  return null;
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
