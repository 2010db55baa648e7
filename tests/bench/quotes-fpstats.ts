// Counts extracted direct/partial quotes by simple features as TP / FP / other on a PolNeAR part
// (analysis aid for precision rules): tsx tests/bench/quotes-fpstats.ts [train|dev]
import { parseArticle } from '../../shared/engine/ingest';
import { extractQuotes } from '../../shared/engine/quotes';
import type { Quote } from '../../shared/types';
import { loadPart, matches, overlap, type Doc } from './polnear';

const part = process.argv[2] ?? 'train';
const buckets = new Map<string, { tp: number; fp: number; other: number }>();
function bucket(q: Quote): string {
  const words = q.text.split(/\s+/).filter(Boolean).length;
  const w = words === 1 ? '1' : words === 2 ? '2' : words === 3 ? '3' : words <= 6 ? '4-6' : '7+';
  const spk = q.speakerMention ? (q.cue ? 'spk+cue' : 'spk-nocue') : 'nospk';
  return `${q.kind}\t${spk}\tw=${w}`;
}
for (const d of loadPart(part) as Doc[]) {
  const quotes = extractQuotes(parseArticle({ id: d.name, file: `${d.name}.txt`, text: d.text }));
  for (const q of quotes) {
    if (q.kind === 'indirect') continue;
    const key = bucket(q);
    const b = buckets.get(key) ?? { tp: 0, fp: 0, other: 0 };
    if (d.gold.some((g) => g.direct && matches(q, g))) b.tp++;
    else if (!d.gold.some((g) => overlap(q.start, q.end, g.content) > 0)) b.fp++;
    else b.other++;
    buckets.set(key, b);
  }
}
for (const [k, b] of [...buckets].sort()) console.log(`${k}\ttp ${b.tp}\tfp ${b.fp}\tother ${b.other}`);
