// Ingestion: decoded article text -> ParsedArticle (metadata, blocks, sentences).
// For text and Markdown, `text` is the input exactly as decoded. For saved HTML, `text` is
// the readable text extracted by a real parser (paragraphs separated by blank lines):
// the markup is not something a reviewer reads, and every offset indexes this `text`.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ArticleFormat, ArticleInput, Block, BlockKind, ParsedArticle, Sentence } from '../../types';
import { splitBlocks, type RawBlock } from './blocks';
import { classifyBlocks } from './classify';
import { extractHtml } from './html';
import { pairQuotes, splitSentences } from '../text';
import { dateline, leadingMeta, normaliseOutlet, outletFromBlocks } from './meta';

export function hashText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i;
const HTML_TAGS = /<(?:p|div|article|span|br|h[1-6])(?:\s[^>]*)?>/gi;
const MD_SIGNS = /^(?:#{1,6}\s+\S|>\s|[-*+]\s+\S|!\[[^\]]*\]\(|\[[^\]]+\]\([^)]+\))|\*\*[^*\n]+\*\*/m;

export function detectFormat(file: string, text: string): ArticleFormat {
  const lower = file.toLowerCase();
  if (/\.(?:html?|xhtml|mhtml?)$/.test(lower)) return 'html';
  if (/\.(?:md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  const head = text.slice(0, 4000);
  if (HTML_START.test(head)) return 'html';
  if ((head.match(HTML_TAGS)?.length ?? 0) >= 3) return 'html';
  if (/\.txt$/.test(lower)) return 'text';
  return MD_SIGNS.test(head) ? 'markdown' : 'text';
}

function buildStructure(text: string, raw: readonly RawBlock[], metaBlocks: readonly Block[]): { blocks: Block[]; sentences: Sentence[] } {
  const kinds = classifyBlocks(text, raw);
  const blocks: Block[] = [...metaBlocks];
  raw.forEach((b, i) => blocks.push({ start: b.start, end: b.end, kind: kinds[i] ?? 'paragraph' }));
  const sentences: Sentence[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'meta') return;
    for (const s of splitSentences(text, b.start, b.end, pairQuotes(text, b.start, b.end))) sentences.push({ ...s, block: i });
  });
  return { blocks, sentences };
}

function firstOf(blocks: readonly Block[], kind: BlockKind, text: string, before: BlockKind): string | null {
  for (const b of blocks) {
    if (b.kind === before) return null;
    if (b.kind === kind) return text.slice(b.start, b.end).trim() || null;
  }
  return null;
}

/** A short name for reasons: the title or first sentence (cut at a word), else the outlet, else the file's base name. */
export function articleLabel(heading: string | null, outlet: string | null, file: string): string {
  // a first sentence opens with its dateline ("VELL, Norland — (AP) — …"): the label starts after it
  const title = heading?.replace(/^\p{Lu}[\p{Lu}\s.,'’-]*(?:,[^—–]{0,40})?\s*(?:\([^)]{1,30}\)\s*)?[—–-]+\s*(?:\([^)]{1,30}\)\s*[—–-]+\s*)?(?=\p{Lu})/u, '') ?? null;
  if (title) {
    if (title.length <= 48) return `“${title}”`;
    const cut = title.lastIndexOf(' ', 45);
    return `“${title.slice(0, cut > 20 ? cut : 45)}…”`;
  }
  if (outlet) return outlet;
  return file.split(/[\\/]/).pop() ?? file;
}

export function parseArticle(input: ArticleInput): ParsedArticle {
  const format = detectFormat(input.file, input.text);
  let text = input.text;
  let raw: RawBlock[];
  let htmlTitle: string | null = null;
  let htmlSite: string | null = null;
  let htmlDate: string | null = null;
  const metaBlocks: Block[] = [];
  let leadDate: string | null = null;
  if (format === 'html') {
    const h = extractHtml(input.text);
    text = h.text;
    raw = h.hints.map((x) => ({ start: x.start, end: x.end, hint: x.kind === 'paragraph' ? null : x.kind }));
    htmlTitle = h.title;
    htmlSite = h.siteName;
    htmlDate = h.published;
  } else {
    const lead = leadingMeta(text);
    if (lead) {
      metaBlocks.push({ start: lead.start, end: lead.end, kind: 'meta' });
      leadDate = lead.date;
    }
    raw = splitBlocks(text, lead ? lead.rest : 0, format);
  }
  const { blocks, sentences } = buildStructure(text, raw, metaBlocks);
  const firstPara = blocks.find((b) => b.kind === 'paragraph');
  const dl = firstPara ? dateline(text.slice(firstPara.start, firstPara.end)) : { outlet: null, published: null };
  const blockTexts = blocks.filter((b) => b.kind !== 'paragraph' || b === blocks[blocks.length - 1]).map((b) => text.slice(b.start, b.end));
  const paraTexts = blocks.filter((b) => b.kind === 'paragraph').map((b) => text.slice(b.start, b.end));
  const outlet =
    input.outletOverride !== undefined && input.outletOverride !== null
      ? input.outletOverride
      : (dl.outlet ?? (htmlSite ? normaliseOutlet(htmlSite) : null) ?? outletFromBlocks(blockTexts) ?? outletFromBlocks(paraTexts));
  const published =
    input.publishedOverride !== undefined && input.publishedOverride !== null ? input.publishedOverride : (leadDate ?? htmlDate ?? dl.published);
  const title = htmlTitle ?? firstOf(blocks, 'heading', text, 'paragraph');
  const lead = sentences.find((x) => blocks[x.block]?.kind === 'paragraph');
  const label = articleLabel(title ?? (lead ? text.slice(lead.start, lead.end) : null), outlet, input.file);
  return { id: input.id, file: input.file, text, hash: hashText(text), format, title, outlet, published, label, blocks, sentences };
}

/** The article as one plain paragraph, for when parsing itself failed: the text stays readable. */
export function fallbackArticle(input: ArticleInput): ParsedArticle {
  const text = input.text;
  const blocks: Block[] = text.length > 0 ? [{ start: 0, end: text.length, kind: 'paragraph' }] : [];
  return {
    id: input.id,
    file: input.file,
    text,
    hash: hashText(text),
    format: 'text',
    title: null,
    outlet: input.outletOverride ?? null,
    published: input.publishedOverride ?? null,
    label: articleLabel(null, input.outletOverride ?? null, input.file),
    blocks,
    sentences: [],
  };
}
