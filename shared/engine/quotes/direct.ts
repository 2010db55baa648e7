// Quoted speech: each paired quotation becomes a direct or partial quote when it is
// attributed in its sentence, inherits the speaker of the previous quote (split quotes,
// quote-only paragraphs, multi-paragraph quotes), or is a whole sentence of speech.
// Short unattributed fragments are scare quotes or titles and are skipped.
import type { QuoteKind } from '../../types';
import type { QuoteSpan } from '../ingest/marks';
import { findAfter, findAgent, findBefore, type Attribution } from './attrib';
import { firstTokenAtOrAfter, type Paragraph, type SentenceTokens } from './context';
import { NAMING_VERBS } from './lexicon';

export interface FoundSpeech {
  start: number;
  end: number;
  kind: QuoteKind;
  attribution: Attribution | null;
  /** tokens of the paragraph the attribution indexes */
  para: Paragraph;
  /** speech that got no attribution of its own and may inherit one */
  inherit: 'none' | 'previous';
  /** the quotation was left open at the paragraph end */
  open: boolean;
  /** sentence start, for same-sentence antecedents */
  sentenceStart: number;
}

function sentenceAt(p: Paragraph, pos: number): SentenceTokens | undefined {
  for (const s of p.sentences) if (pos >= s.start && pos < s.end) return s;
  return p.sentences[p.sentences.length - 1];
}

function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Direct when the quotation is a whole utterance: it opens its sentence, follows a colon or
 *  "said,", or is a clause of several words closed by sentence punctuation. */
function kindOf(text: string, q: QuoteSpan, sentStart: number, attr: Attribution | null, p: Paragraph): QuoteKind {
  let k = q.open - 1;
  while (k >= sentStart && /[\s\u2014\u2013-]/.test(text[k]!)) k--;
  if (k < sentStart) return 'direct';
  const prev = text[k];
  if (prev === ':') return 'direct';
  if (prev === ',' && attr && attr.cueFrom >= 0) {
    const cue = p.tokens[attr.cueTo];
    if (cue && cue.end >= k - 1 && cue.end <= k + 1) return 'direct';
  }
  const inner = text.slice(q.innerStart, q.innerEnd).trimEnd();
  const first = inner.charAt(0);
  if (/[.?!,]$/.test(inner) && first >= 'A' && first <= 'Z' && wordCount(text, q.innerStart, q.innerEnd) >= 5) return 'direct';
  return 'partial';
}

export function findSpeech(text: string, p: Paragraph, prevOpen: boolean): FoundSpeech[] {
  const out: FoundSpeech[] = [];
  for (const q of p.spans) {
    const [s, e] = trimSpan(text, q.innerStart, q.innerEnd);
    if (e <= s) continue;
    const s1 = sentenceAt(p, q.open);
    const s2 = sentenceAt(p, Math.max(q.open, q.end - 1));
    if (!s1 || !s2) continue;
    const qFrom = firstTokenAtOrAfter(p.tokens, q.open);
    const qTo = firstTokenAtOrAfter(p.tokens, q.end); // first token after the quotation
    let limit = s2.to - 1;
    for (let k = qTo; k < s2.to; k++) {
      if (p.inQuote[k]) {
        limit = k - 1;
        break;
      }
    }
    let attr: Attribution | null = null;
    const after = qTo <= limit ? findAfter(p.tokens, qTo, limit, p.inQuote) : null;
    const before = findBefore(p.tokens, qFrom - 1, s1.from, p.inQuote, false);
    if (before && NAMING_VERBS.has(p.tokens[before.cueFrom]!.lower)) {
      // passive naming: "described as a “pariah” by X"
      attr = findAgent(p.tokens, qTo, limit) ?? before;
    }
    attr = attr ?? (after && (after.cueFrom < 0 || after.cueFrom - qTo <= 4 || !before) ? after : (before ?? after));
    attr = attr ?? findBefore(p.tokens, qFrom - 1, s1.from, p.inQuote, true);
    const kind = kindOf(text, q, s1.start, attr, p);
    const words = wordCount(text, s, e);
    const startsParagraph = q.open === p.start || (prevOpen && out.length === 0 && q.open - p.start < 3);
    let inherit: FoundSpeech['inherit'] = 'none';
    if (!attr) {
      // Unattributed: keep whole utterances (they continue the previous speaker), drop fragments.
      const wholeSentence = kind === 'direct' && (words >= 4 || startsParagraph);
      if (q.single || !wholeSentence) continue;
      inherit = 'previous';
    }
    out.push({ start: s, end: e, kind, attribution: attr, para: p, inherit, open: !q.closed, sentenceStart: s1.start });
  }
  return out;
}
