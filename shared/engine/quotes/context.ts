// Per-article working state for quote extraction: paragraph tokens, sentence token ranges,
// quote spans, and the name resolver. Built once per article, each paragraph tokenized once.
import type { ParsedArticle } from '../../types';
import { pairQuotes, type QuoteSpan } from '../text';
import { nameHits } from './names';
import { Resolver } from './resolve';
import { tokenize, type Token } from './tokens';

export interface SentenceTokens {
  start: number;
  end: number;
  /** token index range [from, to) inside the paragraph tokens */
  from: number;
  to: number;
}

export interface Paragraph {
  block: number;
  start: number;
  end: number;
  tokens: Token[];
  /** 1 when the token lies inside a quotation */
  inQuote: Uint8Array;
  spans: QuoteSpan[];
  sentences: SentenceTokens[];
  /** a headline or section heading: written in title case, so capitals say nothing about titles */
  heading: boolean;
}

function firstTokenAtOrAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export { firstTokenAtOrAfter };

export function buildParagraphs(article: ParsedArticle): { paragraphs: Paragraph[]; resolver: Resolver } {
  const { text } = article;
  const paragraphs: Paragraph[] = [];
  const byBlock = new Map<number, Paragraph>();
  article.blocks.forEach((b, i) => {
    // headlines quote too ("Trump: ‘I’m the Worst Thing …’"); captions, credits and furniture do not
    if (b.kind !== 'paragraph' && b.kind !== 'heading') return;
    const tokens = tokenize(text, b.start, b.end);
    const spans = pairQuotes(text, b.start, b.end);
    const inQuote = new Uint8Array(tokens.length);
    for (const s of spans) {
      for (let k = firstTokenAtOrAfter(tokens, s.open); k < tokens.length && tokens[k]!.start < s.end; k++) inQuote[k] = 1;
    }
    const p: Paragraph = { block: i, start: b.start, end: b.end, tokens, inQuote, spans, sentences: [], heading: b.kind === 'heading' };
    paragraphs.push(p);
    byBlock.set(i, p);
  });
  for (const s of article.sentences) {
    const p = byBlock.get(s.block);
    if (!p) continue;
    p.sentences.push({ start: s.start, end: s.end, from: firstTokenAtOrAfter(p.tokens, s.start), to: firstTokenAtOrAfter(p.tokens, s.end) });
  }
  const starts = paragraphs.map((p) => p.start);
  const blockOf = (pos: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
  const resolver = new Resolver(blockOf);
  const pronounState = { last: null as string | null };
  for (const p of paragraphs) {
    // names outside quotations only: a name inside a quote is not an attribution antecedent
    const outside = p.tokens.map((t, k) => (p.inQuote[k] ? { ...t, cap: false, punct: true } : t));
    const hits = nameHits(outside);
    resolver.addHits(hits);
    for (const h of hits) if (!h.org) resolver.addRoleWords(h.name, roleWindow(text, p, h.start, h.end));
    countPronouns(resolver, p.tokens, p.inQuote, hits, pronounState);
  }
  return { paragraphs, resolver };
}

/** Only names that look like persons collect pronoun statistics ("Lviv had …" must not). */
function personEvidence(resolver: Resolver, h: { name: string; org: boolean }): boolean {
  if (h.org) return false;
  const p = resolver.table.get(h.name);
  return p !== undefined && (p.titled || p.full.includes(' ') || p.fixed !== 'u');
}

/** Pronoun statistics: each he/his or she/her counts for the last person named before it. */
function countPronouns(
  resolver: Resolver,
  tokens: readonly Token[],
  inQuote: Uint8Array,
  hits: readonly { start: number; name: string; org: boolean }[],
  state: { last: string | null },
): void {
  let h = 0;
  let last = state.last;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    while (h < hits.length && hits[h]!.start <= t.start) {
      if (personEvidence(resolver, hits[h]!)) last = hits[h]!.name;
      h++;
    }
    if (!last || inQuote[k]) continue;
    const l = t.lower;
    if (l === 'he' || l === 'his' || l === 'him' || l === 'himself') resolver.table.countPronoun(last, 'm');
    else if (l === 'she' || l === 'her' || l === 'hers' || l === 'herself') resolver.table.countPronoun(last, 'f');
  }
  while (h < hits.length) {
    if (personEvidence(resolver, hits[h]!)) last = hits[h]!.name;
    h++;
  }
  state.last = last;
}

const ROLE_STOP = new Set(['the', 'and', 'said', 'says', 'told', 'with', 'from', 'that', 'this', 'for', 'who', 'which', 'also', 'has', 'have', 'was', 'were', 'will']);

/** Lowercase words around a name in its sentence: its title before, its apposition after. */
function roleWindow(text: string, p: Paragraph, start: number, end: number): string[] {
  let a = Math.max(p.start, start - 60);
  const dot = text.lastIndexOf('. ', start);
  if (dot >= a) a = dot + 2;
  let b = Math.min(p.end, end + 90);
  const stop = text.indexOf('.', end);
  if (stop >= 0 && stop < b) b = stop;
  const words = text.slice(a, b).toLowerCase().match(/[a-z]{4,}/g) ?? [];
  return words.filter((w) => !ROLE_STOP.has(w));
}
