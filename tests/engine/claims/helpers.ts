// Hand-built articles for claim tests: paragraphs by blank lines, sentences by end punctuation.
// Built here (not with parseArticle) so these tests pin the claims stage alone.
import { alignClaims } from '../../../shared/engine/claims/align';
import { extractClaims } from '../../../shared/engine/claims/extract';
import { groupSources } from '../../../shared/engine/sources';
import type { Block, Claim, Cluster, ParsedArticle, Quote, Sentence, SourceGroup } from '../../../shared/types';

export function article(id: string, text: string, outlet: string | null = null): ParsedArticle {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const start = m.index;
    blocks.push({ start, end: start + m[0].length, kind: 'paragraph' });
    // a sentence ends at . ! ? (plus closing quote) before a capital, a quote mark or the end
    for (const s of m[0].matchAll(/.+?(?:[.!?]["”]?(?=\s+["“A-Z]|\s*$)|$)/gs)) {
      if (s[0].trim()) sentences.push({ start: start + s.index, end: start + s.index + s[0].length, block: blocks.length - 1 });
    }
  }
  return { id, file: `${id}.txt`, text, hash: id, format: 'text', title: null, outlet, published: null, label: id, blocks, sentences };
}

/** A direct quote object for the first occurrence of `quoted` in the article (speaker given by the test). */
export function quote(a: ParsedArticle, quoted: string, speaker: string, n = 1): Quote {
  const start = a.text.indexOf(quoted);
  if (start < 0) throw new Error(`quote not in text: ${quoted}`);
  // the mention is the speaker's name where the test text gives it, as the quote stage reports it
  const at = a.text.indexOf(speaker);
  const speakerMention = at >= 0 ? { start: at, end: at + speaker.length, text: speaker } : null;
  return { id: `${a.id}:q${n}`, article: a.id, start, end: start + quoted.length, text: quoted, kind: 'direct', cue: 'said', speaker, speakerMention };
}

export interface Run {
  claims: Claim[];
  clusters: Cluster[];
  groups: SourceGroup[];
  clusterOf: (article: string, contains: string) => Cluster;
}

export function run(articles: ParsedArticle[], quotes: Quote[] = []): Run {
  const { groups, copies } = groupSources(articles);
  const raw = articles.flatMap((a) => extractClaims(a, quotes));
  const { claims, clusters } = alignClaims({ claims: raw, articles, sourceGroups: groups, copies, quotes });
  const clusterOf = (art: string, contains: string): Cluster => {
    const c = claims.find((x) => x.article === art && x.text.includes(contains));
    if (!c) throw new Error(`no claim in ${art} containing "${contains}": ${claims.filter((x) => x.article === art).map((x) => x.text).join(' | ')}`);
    const k = clusters.find((x) => x.id === c.cluster);
    if (!k) throw new Error('claim without cluster');
    return k;
  };
  return { claims, clusters, groups, clusterOf };
}

/** Two single-sentence reports from two independent outlets. */
export function pair(a: string, b: string, quotes?: (x: ParsedArticle, y: ParsedArticle) => Quote[]): Run & { x: ParsedArticle; y: ParsedArticle } {
  const x = article('a1', a, 'Outlet One');
  const y = article('b2', b, 'Outlet Two');
  return { ...run([x, y], quotes ? quotes(x, y) : []), x, y };
}
