// Archive text conventions for quotation marks. Some news archives write a double mark as two
// apostrophes (''We will win,'' he said.). The quote passes read marks by glyph, so such text
// is rewritten, offsets unchanged, into ordinary double marks before extraction: an opening ''
// becomes ` "` and a closing '' becomes `" `. A third apostrophe is a nested single mark
// (''He said, 'No.''' she recalled): it stays inside the double pair.
import type { ParsedArticle, Sentence } from '../../types';
import { pairQuotes } from '../text';
import { splitSentences as segmentBlock } from '../text';

const RUN = /'{2,3}/g;

function opensAt(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '(' || c === '[' || c === '\u2014' || c === '\u2013' || c === '-' || c === '/' || c === ':';
}

/** The text with doubled apostrophes turned into double marks (same length, same offsets). */
export function normalizeDoubledApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  let out = '';
  let last = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const i = m.index;
    const run = m[0].length;
    const opening = opensAt(text[i - 1]);
    // opening ''' = double + single; closing ''' = single + double
    const rep = run === 2 ? (opening ? ' "' : '" ') : opening ? ` "'` : `'" `;
    out += text.slice(last, i) + rep;
    last = i + run;
  }
  return out + text.slice(last);
}

/** The article as the quote passes read it: archive marks normalised, sentences re-segmented. */
export function readableArticle(article: ParsedArticle): ParsedArticle {
  const text = normalizeDoubledApostrophes(article.text);
  if (text === article.text) return article;
  const sentences: Sentence[] = [];
  article.blocks.forEach((b, i) => {
    if (b.kind === 'meta') return;
    for (const s of segmentBlock(text, b.start, b.end, pairQuotes(text, b.start, b.end))) sentences.push({ ...s, block: i });
  });
  return { ...article, text, sentences };
}
