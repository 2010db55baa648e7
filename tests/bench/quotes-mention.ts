// Speaker-mention span analysis on PolNeAR (analysis aid, not a benchmark): one line per matched
// direct or partial quote with a gold Source: ok flag, predicted mention, gold source and the
// text between them, to measure how a longer or shorter mention span would score.
//   tsx tests/bench/quotes-mention.ts [train|dev] > out.tsv
import { parseArticle } from '../../shared/engine/ingest';
import { extractQuotes } from '../../shared/engine/quotes';
import { loadPart, overlap, scoredPairs } from './polnear';

const part = process.argv[2] ?? 'train';
const clean = (s: string): string => s.replace(/\s+/g, ' ');

for (const doc of loadPart(part)) {
  const { name, text } = doc;
  for (const { q, g } of scoredPairs(doc, extractQuotes(parseArticle({ id: name, file: `${name}.txt`, text })))) {
    const sm = q.speakerMention;
    const ok = sm !== null && overlap(sm.start, sm.end, g.source) > 0;
    const gs = g.source[0]![0];
    const ge = g.source[g.source.length - 1]![1];
    let between = '';
    if (sm) {
      const a = Math.min(sm.end, ge);
      const b = Math.max(sm.start, gs);
      between = a < b && b - a < 80 ? clean(text.slice(a, b)) : a < b ? '…' : '';
    }
    const rel = !sm ? 'none' : ok ? 'ok' : gs >= sm.end ? 'gold-after' : 'gold-before';
    console.log([name, q.start, ok ? 1 : 0, rel, clean(sm?.text ?? '-'), clean(g.source.map(([a, b]) => text.slice(a, b)).join('|').slice(0, 60)), between].join('\t'));
  }
}
