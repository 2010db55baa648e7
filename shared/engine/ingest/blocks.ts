// Text -> raw blocks (spans). Paragraphs are separated by blank lines, or by single
// newlines when every line is a paragraph of its own (many saved pages). Hard-wrapped
// plain text (lines of similar length, not ending in sentence punctuation) is joined.
// Markdown markers (#, >, -, *) are left out of the block span; the text is untouched.
import type { ArticleFormat, BlockKind, Span } from '../../types';

export interface RawBlock extends Span {
  /** kind forced by the format (Markdown heading, HTML <h2>, <figcaption>…), else null */
  hint: BlockKind | null;
}

interface Line extends Span {
  blank: boolean;
}

function lines(text: string, from: number): Line[] {
  const out: Line[] = [];
  let s = from;
  const n = text.length;
  while (s <= n) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = n;
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    out.push({ start: a, end: b, blank: a === b });
    s = e + 1;
  }
  return out;
}

const TERMINAL = /[.!?:;"'\u201d\u2019)]$/;

/** Hard-wrapped: most lines but the last are long-ish and do not end a sentence. */
function hardWrapped(text: string, chunk: readonly Line[]): boolean {
  if (chunk.length < 2) return false;
  let wrapped = 0;
  for (let i = 0; i < chunk.length - 1; i++) {
    const l = chunk[i]!;
    const len = l.end - l.start;
    const next = text[chunk[i + 1]!.start];
    const lowerNext = next !== undefined && next >= 'a' && next <= 'z';
    // two lines alone (headline + standfirst) only join when the second continues a sentence
    if (lowerNext || (chunk.length > 2 && len >= 40 && len <= 100 && !TERMINAL.test(text.slice(l.start, l.end)))) wrapped++;
  }
  return wrapped / (chunk.length - 1) >= 0.6;
}

const MD_HEADING = /^(#{1,6})\s+/;
const MD_QUOTE = /^>\s?/;
const MD_LIST = /^(?:[-*+]|\d+[.)])\s+/;
const MD_IMAGE = /^!\[[^\]]*\]\([^)]*\)/;
const MD_RULE = /^(?:[-*_]\s*){3,}$/;

function markdownBlock(text: string, l: Line): RawBlock | null {
  const s = text.slice(l.start, l.end);
  if (MD_RULE.test(s)) return null;
  const h = MD_HEADING.exec(s);
  if (h) return { start: l.start + h[0].length, end: l.end, hint: 'heading' };
  if (MD_IMAGE.test(s)) return { start: l.start, end: l.end, hint: 'caption' };
  const q = MD_QUOTE.exec(s) ?? MD_LIST.exec(s);
  if (q) return { start: l.start + q[0].length, end: l.end, hint: null };
  return { start: l.start, end: l.end, hint: null };
}

export function splitBlocks(text: string, from: number, format: ArticleFormat): RawBlock[] {
  const all = lines(text, from);
  const out: RawBlock[] = [];
  let chunk: Line[] = [];
  const emit = (): void => {
    if (chunk.length === 0) return;
    const mdHeadingLines = format === 'markdown' && chunk.some((l) => MD_HEADING.test(text.slice(l.start, l.end)));
    if (!mdHeadingLines && hardWrapped(text, chunk)) {
      out.push({ start: chunk[0]!.start, end: chunk[chunk.length - 1]!.end, hint: null });
    } else {
      for (const l of chunk) {
        const b = format === 'markdown' ? markdownBlock(text, l) : { start: l.start, end: l.end, hint: null };
        if (b && b.end > b.start) out.push(b);
      }
    }
    chunk = [];
  };
  for (const l of all) {
    if (l.blank) emit();
    else chunk.push(l);
  }
  emit();
  return out;
}
