// Hand-built articles for the names tests: paragraphs split at blank lines, no other
// ingestion, so these tests do not depend on the ingestion stage.
import type { Block, BlockKind, ParsedArticle, SourceGroup } from '../../../shared/types';

export function article(id: string, text: string, kinds: Partial<Record<number, BlockKind>> = {}): ParsedArticle {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    blocks.push({ start: m.index, end: m.index + m[0].length, kind: kinds[blocks.length] ?? 'paragraph' });
  }
  return { id, file: `${id}.txt`, text, hash: id, format: 'text', title: null, outlet: null, published: null, label: id, blocks, sentences: [] };
}

/** One source group per article unless grouped explicitly. */
export function groups(articles: readonly ParsedArticle[], together: string[][] = []): SourceGroup[] {
  const out: SourceGroup[] = together.map((ids, i) => ({ id: `g${i + 1}`, label: ids.join('+'), articles: ids, reason: 'test' }));
  const grouped = new Set(together.flat());
  for (const a of articles) if (!grouped.has(a.id)) out.push({ id: `g${out.length + 1}`, label: a.id, articles: [a.id], reason: 'test' });
  return out;
}
