// The part of a claim that differs from another claim: what a reviewer needs to see
// in "conflict: 'will likely travel ... later this week' (000) vs 'postponed his own trip' (001)".
import type { Span } from '../../types';
import { wordKey } from './text';

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const MAX_WORDS = 7;

interface Word extends Span {
  key: string | null;
}

function words(text: string, base: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    out.push({ start: base + m.index, end: base + m.index + m[0].length, key: wordKey(m[0]) });
  }
  return out;
}

/** Canonical content keys of a text, for "is this word also in the other claim?". */
export function contentKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const w of words(text, 0)) if (w.key) keys.add(w.key);
  return keys;
}

/**
 * The span of `text` (absolute offsets from `base`) from the first to the last content word
 * absent from `other`, shortened to "first words ... last words" when long.
 * `anchor` words (a negation cue, a value) are always kept in the span.
 */
export function differingSnippet(text: string, base: number, other: ReadonlySet<string>, anchor?: Span): { value: string; start: number; end: number } {
  const ws = words(text, base);
  const idx: number[] = [];
  ws.forEach((w, i) => {
    const inAnchor = anchor !== undefined && w.start < anchor.end && w.end > anchor.start;
    const novel = w.key !== null && !other.has(w.key);
    if (inAnchor || novel) idx.push(i);
  });
  if (!idx.length) {
    const t = text.trim();
    return { value: t, start: base, end: base + text.length };
  }
  const first = ws[idx[0] as number] as Word;
  const lastI = idx[idx.length - 1] as number;
  const last = ws[lastI] as Word;
  const span = ws.slice(idx[0] as number, lastI + 1);
  const pick = (a: Word, b: Word): string => text.slice(a.start - base, b.end - base);
  let value: string;
  if (span.length <= MAX_WORDS) value = pick(first, last);
  else value = `${pick(first, span[2] as Word)} ... ${pick(span[span.length - 3] as Word, last)}`;
  return { value, start: first.start, end: last.end };
}
