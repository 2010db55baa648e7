// PROVISIONAL stub (owned by the ingestion work): paragraphs by blank lines, naive sentences.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ArticleInput, Block, ParsedArticle, Sentence } from '../../types';

export function hashText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function parseArticle(input: ArticleInput): ParsedArticle {
  const { text } = input;
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    blocks.push({ start: m.index, end: m.index + m[0].length, kind: 'paragraph' });
  }
  const sentences: Sentence[] = [];
  blocks.forEach((b, i) => {
    const sre = /[^.!?]+[.!?]*["”’]?/g;
    const part = text.slice(b.start, b.end);
    for (let m = sre.exec(part); m; m = sre.exec(part)) {
      if (m[0].trim()) sentences.push({ start: b.start + m.index, end: b.start + m.index + m[0].length, block: i });
    }
  });
  const date = /date (\d{4}-\d{2}-\d{2})/.exec(text.slice(0, 200));
  return {
    id: input.id,
    file: input.file,
    text,
    hash: hashText(text),
    format: 'text',
    title: null,
    outlet: input.outletOverride ?? null,
    published: input.publishedOverride ?? date?.[1] ?? null,
    blocks,
    sentences,
  };
}
