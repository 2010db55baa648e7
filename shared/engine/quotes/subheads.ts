// Section subheads: American papers set speech in double marks and a short phrase in single marks
// standing as a paragraph of its own ("'A healthy environment.'", "– ‘Who cares?’ –.") heads the
// next section. It echoes words that come later, so it is neither speech nor a link in the chain
// of speakers that carries a quote-only paragraph back to the previous speaker.
import type { Paragraph } from './context';

/** Longer single-marked paragraphs may be British-style speech even in a double-mark article. */
const MAX_WORDS = 8;
const BEFORE = /^[\s\u2013\u2014-]*$/;
const AFTER = /^[\s\u2013\u2014.-]*$/;

/** The article sets its quotations in double marks: more double-mark spans than single ones. */
export function doubleMarkStyle(paragraphs: readonly Paragraph[]): boolean {
  let double = 0;
  let single = 0;
  for (const p of paragraphs) {
    if (p.heading) continue;
    for (const s of p.spans) {
      if (s.single) single++;
      else double++;
    }
  }
  return double > single;
}

/**
 * The paragraph holds nothing but one short quotation (dashes and a period aside): in single marks
 * in a double-mark article, or ending in a colon in any article ("“Related:”", a link label whose
 * colon introduces the links after it, not words).
 */
export function isSubhead(text: string, p: Paragraph, doubleMarks: boolean): boolean {
  if (p.heading || p.spans.length !== 1) return false;
  const q = p.spans[0]!;
  if (!q.closed || !BEFORE.test(text.slice(p.start, q.open)) || !AFTER.test(text.slice(q.end, p.end))) return false;
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  const words = inner.split(/\s+/).filter(Boolean).length;
  if (words === 0) return false;
  if (inner.endsWith(':') && words <= 3) return true;
  return doubleMarks && q.single && words <= MAX_WORDS;
}
