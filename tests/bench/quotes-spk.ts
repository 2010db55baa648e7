// Speaker-error breakdown on PolNeAR (analysis aid, not a benchmark): for each matched direct or
// partial quote whose speaker mention misses the gold Source, prints a category and the sentence.
//   tsx tests/bench/quotes-spk.ts [train|dev] [CATEGORY-FILTER]
import { parseArticle } from '../../shared/engine/ingest';
import { extractQuotes } from '../../shared/engine/quotes';
import { loadPart, overlap, scoredPairs } from './polnear';

const part = process.argv[2] ?? 'train';
const filter = process.argv[3] ?? '';

const counts = new Map<string, number>();
for (const doc of loadPart(part)) {
  const { name, text } = doc;
  const art = parseArticle({ id: name, file: `${name}.txt`, text });
  const sentOf = (pos: number): [number, number] => {
    const s = art.sentences.find((x) => pos >= x.start && pos < x.end);
    return s ? [s.start, s.end] : [pos, pos];
  };
  for (const { q, g } of scoredPairs(doc, extractQuotes(art))) {
    const sm = q.speakerMention;
    const ok = sm !== null && overlap(sm.start, sm.end, g.source) > 0;
    const [ss, se] = sentOf(q.start);
    const gs = g.source[0]![0];
    const goldIn = gs >= ss && gs < se;
    const predIn = sm !== null && sm.start >= ss && sm.start < se;
    const cat = ok ? 'OK' : `${sm ? (predIn ? 'predIn' : 'predOut') : 'none'}/${goldIn ? 'goldIn' : 'goldOut'}/${gs > q.end ? 'after' : 'before'}`;
    counts.set(cat, (counts.get(cat) ?? 0) + 1);
    if (!ok && filter && cat.includes(filter)) {
      console.log(`${cat} ${name} ${q.start} cue=${q.cue ?? '-'} pred=[${sm?.text ?? '-'}] gold=[${g.source.map(([a, b]) => text.slice(a, b)).join('|').slice(0, 60)}]`);
      console.log(`   ${JSON.stringify(text.slice(ss, Math.min(se, ss + 400)))}`);
    }
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join('\n'));
