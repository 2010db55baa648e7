// Quote-extraction benchmark on PolNeAR (brat standoff: Source / Cue / Content spans).
// Quality on one part (direct-quote P/R/F1, speaker accuracy, indirect recall, as defined
// in issue 3) and speed on the train part. Reads ../shared/eval/polnear when present.
//   --split train|dev   part to score (default dev; tune on train, only check on dev)
//   --errors N          print up to N errors of each class (FN, FP, SPK, IND) with gold vs predicted
//   --no-speed          skip the speed run
import { existsSync } from 'node:fs';
import { parseArticle } from '../../shared/engine/ingest';
import { extractQuotes } from '../../shared/engine/quotes';
import type { Quote } from '../../shared/types';
import { evalDir, fragLen, loadPart, matches, overlap, type Doc, type Frag } from './polnear';

type ErrorKind = 'FN' | 'FP' | 'SPK' | 'IND';
const errorLimit = ((): number => {
  const i = process.argv.indexOf('--errors');
  return i >= 0 ? Number(process.argv[i + 1] ?? '20') : 0;
})();
const printed: Record<ErrorKind, number> = { FN: 0, FP: 0, SPK: 0, IND: 0 };
function report(kind: ErrorKind, line: () => string): void {
  if (printed[kind] >= errorLimit) return;
  printed[kind]++;
  console.log(`${kind} ${line()}`);
}
const show = (text: string, frags: readonly Frag[], n = 140): string => JSON.stringify(frags.map(([a, b]) => text.slice(a, b)).join(' | ').slice(0, n));
const showQ = (q: Quote): string => `${q.kind} ${q.start}-${q.end} ${JSON.stringify(q.text.slice(0, 100))} cue=${q.cue ?? '-'} spk=[${q.speakerMention?.text ?? '-'}]`;

function quality(part: string, docs: readonly Doc[]): void {
  let tp = 0;
  let fp = 0;
  let goldDirect = 0;
  let found = 0;
  let spkTotal = 0;
  let spkOk = 0;
  let indirect = 0;
  let indirectFound = 0;
  for (const d of docs) {
    const quotes = extractQuotes(parseArticle({ id: d.name, file: `${d.name}.txt`, text: d.text }));
    const marked = quotes.filter((q) => q.kind !== 'indirect');
    for (const q of marked) {
      const golds = d.gold.filter((g) => g.direct && matches(q, g));
      if (golds.length > 0) {
        tp++;
        // speaker accuracy on matched extracted quotes, against the gold quote it overlaps most;
        // a gold attribution without a Source span cannot be judged and is left out
        const g = golds.reduce((x, y) => (overlap(q.start, q.end, y.content) > overlap(q.start, q.end, x.content) ? y : x));
        if (g.source) {
          spkTotal++;
          const src = g.source;
          if (q.speakerMention !== null && overlap(q.speakerMention.start, q.speakerMention.end, src) > 0) spkOk++;
          else report('SPK', () => `${d.name}: ${showQ(q)} want [${show(d.text, src, 60)}] ${src[0]![0]}`);
        }
      } else if (!d.gold.some((g) => overlap(q.start, q.end, g.content) > 0)) {
        fp++;
        report('FP', () => `${d.name}: ${showQ(q)}`);
      }
    }
    for (const g of d.gold) {
      if (g.direct) {
        goldDirect++;
        if (marked.some((q) => matches(q, g))) found++;
        else {
          const near = quotes.filter((q) => overlap(q.start, q.end, g.content) > 0).map(showQ).join(' ; ');
          report('FN', () => `${d.name}: gold ${g.content[0]![0]} ${show(d.text, g.content)} | got ${near || '-'}`);
        }
      } else {
        indirect++;
        const len = fragLen(g.content);
        if (quotes.some((q) => overlap(q.start, q.end, g.content) >= 0.5 * len)) indirectFound++;
        else {
          const near = quotes.filter((q) => overlap(q.start, q.end, g.content) > 0).map(showQ).join(' ; ');
          const src = g.source ? show(d.text, g.source, 40) : '-';
          report('IND', () => `${d.name}: src ${src} gold ${g.content[0]![0]} ${show(d.text, g.content)} | got ${near || '-'}`);
        }
      }
    }
  }
  const p = tp / Math.max(1, tp + fp);
  const r = found / Math.max(1, goldDirect);
  const f1 = (2 * p * r) / Math.max(1e-9, p + r);
  const f = (x: number): string => x.toFixed(4);
  console.log(
    `quotes ${part} (${docs.length} articles): direct P ${f(p)} R ${f(r)} F1 ${f(f1)} (gold ${goldDirect}, found ${found}, tp ${tp}, fp ${fp}) | ` +
      `speaker acc ${f(spkOk / Math.max(1, spkTotal))} (${spkOk}/${spkTotal}) | indirect recall ${f(indirectFound / Math.max(1, indirect))} (${indirectFound}/${indirect})`,
  );
}

function speed(docs: readonly Doc[]): void {
  let words = 0;
  for (const d of docs) words += d.text.split(/\s+/).filter(Boolean).length;
  const t0 = performance.now();
  let n = 0;
  for (const d of docs) n += extractQuotes(parseArticle({ id: d.name, file: `${d.name}.txt`, text: d.text })).length;
  const secs = (performance.now() - t0) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `quotes speed train (${docs.length} articles, ${words} words): ${secs.toFixed(2)} s, ${Math.round(words / secs)} words/s, ${n} quotes, peak RSS ${peakMb.toFixed(0)} MB`,
  );
}

if (!existsSync(evalDir)) {
  console.log(`bench:quotes skipped: ${evalDir} not found`);
} else {
  const si = process.argv.indexOf('--split');
  const part = si >= 0 ? (process.argv[si + 1] ?? 'dev') : process.argv.includes('--train') ? 'train' : 'dev';
  if (part !== 'train' && part !== 'dev') throw new Error(`--split must be train or dev, not ${part}`);
  quality(part, loadPart(part));
  if (!process.argv.includes('--no-speed')) speed(loadPart('train'));
}
