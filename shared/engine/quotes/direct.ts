// Quoted speech: each paired quotation becomes a direct or partial quote when it is
// attributed in its sentence, inherits the speaker of the previous quote (split quotes,
// quote-only paragraphs, multi-paragraph quotes), or is a whole sentence of speech.
// Short unattributed fragments are scare quotes or titles and are skipped.
import type { QuoteKind } from '../../types';
import type { QuoteSpan } from '../ingest/marks';
import { findAfter, findAgent, findBefore, findOutermost, findTail, subjectFallback, type Attribution } from './attrib';
import { firstTokenAtOrAfter, type Paragraph, type SentenceTokens } from './context';

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

/** "“…now!” Trump said on Twitter." split after the mark: the attribution opens the next sentence. */
function nextSentence(p: Paragraph, s: SentenceTokens): Attribution | null {
  const idx = p.sentences.indexOf(s);
  const n = p.sentences[idx + 1];
  if (!n || n.to - n.from > 14) return null;
  const a = findAfter(p.tokens, n.from, n.to - 1, p.inQuote);
  return a && a.cueFrom >= 0 ? a : null;
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

const SMALL = new Set(['of', 'and', 'the', 'a', 'an', 'in', 'on', 'for', 'to', 'is', 'at', 'with', 'or', 'from', 'by']);
const TITLE_BEFORE = /(?:\b(?:on|of|in|the|show|program|programme|book|film|movie|series|song|titled|entitled|magazine|newspaper)|['\u2019]s?)\s*$/i;

/** Names of shows, books, slogans: every word capitalised ("Meet the Press", "Morning Joe"). */
function looksLikeTitle(text: string, s: number, e: number, q: QuoteSpan): boolean {
  const words = text.slice(s, e).replace(/[.,!?;:]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return false;
  for (const w of words) {
    if (SMALL.has(w.toLowerCase())) continue;
    const c = w.charAt(0);
    if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) return false;
  }
  if (words.length >= 2) return true;
  return TITLE_BEFORE.test(text.slice(Math.max(0, q.open - 30), q.open));
}

export function findSpeech(text: string, p: Paragraph, prevOpen: boolean): FoundSpeech[] {
  const out: FoundSpeech[] = [];
  for (const q of p.spans) {
    const [s, e] = trimSpan(text, q.innerStart, q.innerEnd);
    // attribute values inside markup (<tweet id="…">) and titles are not speech
    if (e <= s || text[q.open - 1] === '=' || looksLikeTitle(text, s, e, q)) continue;
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
    let attr: Attribution | null = qTo <= limit ? findAgent(p.tokens, qFrom, qTo, limit, s1.from) : null;
    const after = qTo <= limit ? findAfter(p.tokens, qTo, limit, p.inQuote, q.closed) : null;
    const before = findBefore(p.tokens, qFrom - 1, s1.from, p.inQuote, false);
    if (!attr && after) attr = after;
    if (!attr) {
      let end = s2.to - 1;
      while (end > s2.from && p.tokens[end]!.punct) end--;
      const tail = qTo <= end ? findTail(p.tokens, qTo, end, p.inQuote) : null;
      const tailCue = tail ? p.tokens[tail.cueFrom]!.lower : '';
      attr = tail && (tailCue !== 'according' || !before) ? tail : before;
    }
    attr = attr ?? findBefore(p.tokens, qFrom - 1, s1.from, p.inQuote, true);
    if (!attr && qTo >= s2.to) attr = nextSentence(p, s2);
    if (!attr) attr = subjectFallback(p.tokens, s1.from, qFrom, p.inQuote);
    const kind = kindOf(text, q, s1.start, attr, p);
    if (kind === 'partial' && attr && attr.cueFrom >= 0 && attr.cueTo < qFrom) {
      // a fragment belongs to the outermost reported speech of its sentence
      const outer = findOutermost(p.tokens, qFrom - 1, s1.from, p.inQuote, true);
      if (outer && outer.cueFrom < attr.cueFrom) attr = outer;
    }
    const words = wordCount(text, s, e);
    const startsParagraph = q.open === p.start || (prevOpen && out.length === 0 && q.open - p.start < 3);
    let inherit: FoundSpeech['inherit'] = 'none';
    if (!attr) {
      // Unattributed: keep whole utterances (they continue the previous speaker), drop fragments.
      // Measured on PolNeAR train: unattributed one-word quotes are mostly scare quotes,
      // while fragments of two or more words mostly belong to reported speech.
      if (words < 2 && !startsParagraph) continue;
      inherit = 'previous';
    }
    out.push({ start: s, end: e, kind, attribution: attr, para: p, inherit, open: !q.closed, sentenceStart: s1.start });
  }
  return out;
}
