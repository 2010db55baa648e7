// Highlights of the article reader and what clicking each one opens.
import type { ArticleDetail } from '../../../shared/api/types';
import type { BlockKind } from '../../../shared/types';

export type ReaderMark =
  | { kind: 'claim'; start: number; end: number; clusterId: number }
  | { kind: 'quote'; start: number; end: number; quoteId: number; speaker: string | null }
  | { kind: 'mention'; start: number; end: number; entityId: number };

export function readerMarks(a: ArticleDetail): ReaderMark[] {
  return [
    ...a.claims.map((c) => ({ kind: 'claim' as const, start: c.start, end: c.end, clusterId: c.clusterId })),
    ...a.quotes.map((q) => ({ kind: 'quote' as const, start: q.start, end: q.end, quoteId: q.id, speaker: q.speaker })),
    ...a.mentions.map((m) => ({ kind: 'mention' as const, start: m.start, end: m.end, entityId: m.entityId })),
  ];
}

const PRIORITY: Record<ReaderMark['kind'], number> = { mention: 0, quote: 1, claim: 2 };

/** The most specific mark wins a click: a name inside a quote inside a claim opens the name. */
export function primary(marks: readonly ReaderMark[]): ReaderMark | undefined {
  let best: ReaderMark | undefined;
  for (const m of marks) if (!best || PRIORITY[m.kind] < PRIORITY[best.kind]) best = m;
  return best;
}

export function describeMark(m: ReaderMark): string {
  switch (m.kind) {
    case 'claim':
      return `Claim: open cluster #${m.clusterId}`;
    case 'quote':
      return `Quote${m.speaker ? ` by ${m.speaker}` : ''}: open in quotes`;
    case 'mention':
      return 'Name: open in names';
  }
}

/** Blocks that are not story text get a visible label, so captions and site furniture stand apart. */
export function blockLabel(kind: BlockKind): string | null {
  switch (kind) {
    case 'paragraph':
    case 'heading':
      return null;
    case 'caption':
      return 'Caption';
    case 'credit':
      return 'Credit';
    case 'furniture':
      return 'Site furniture (not part of the story)';
    case 'meta':
      return 'Metadata';
  }
}
