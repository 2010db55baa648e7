// Quote-extraction benchmark on PolNeAR (brat standoff: Source / Cue / Content spans).
// Quality on the dev part (direct-quote P/R/F1, speaker accuracy, indirect recall, as defined
// in issue 3) and speed on the train part. Reads ../shared/eval/polnear when present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../shared/engine/ingest';
import { extractQuotes } from '../../shared/engine/quotes';
import type { Quote } from '../../shared/types';

type Frag = [number, number];
interface Gold {
  content: Frag[];
  source: Frag[] | null;
  direct: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const evalDir = path.resolve(repoRoot, '..', 'shared', 'eval', 'polnear');
/** a quotation mark (double marks or an opening single mark; ’ is usually an apostrophe) */
const QUOTE_MARK = /["\u201c\u201d\u201e\u2018]/;

function parseAnn(ann: string, text: string): Gold[] {
  const spans = new Map<string, { label: string; frags: Frag[] }>();
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T') && cols[1]) {
      const sp = cols[1].indexOf(' ');
      const label = cols[1].slice(0, sp);
      const frags = cols[1]
        .slice(sp + 1)
        .split(';')
        .map((r) => r.trim().split(/\s+/).map(Number) as Frag);
      spans.set(id, { label, frags });
    } else if (id.startsWith('E') && cols[1]) {
      const ev: Record<string, string> = {};
      for (const part of cols[1].split(/\s+/)) {
        const [k, v] = part.split(':');
        if (k && v) ev[k] = v;
      }
      events.push(ev);
    }
  }
  const out: Gold[] = [];
  for (const ev of events) {
    const c = ev.Content ? spans.get(ev.Content) : undefined;
    if (!c) continue;
    const s = ev.Source ? spans.get(ev.Source) : undefined;
    const contentText = c.frags.map(([a, b]) => text.slice(a, b)).join(' ');
    out.push({ content: c.frags, source: s ? s.frags : null, direct: QUOTE_MARK.test(contentText) });
  }
  return out;
}

function overlap(a: number, b: number, frags: readonly Frag[]): number {
  let n = 0;
  for (const [s, e] of frags) n += Math.max(0, Math.min(b, e) - Math.max(a, s));
  return n;
}
function fragLen(frags: readonly Frag[]): number {
  return frags.reduce((n, [s, e]) => n + (e - s), 0);
}
/** covers at least half of the gold span, or lies at least half inside it */
function matches(q: Quote, g: Gold): boolean {
  const ov = overlap(q.start, q.end, g.content);
  return ov > 0 && (ov >= 0.5 * fragLen(g.content) || ov >= 0.5 * (q.end - q.start));
}

interface Doc {
  name: string;
  text: string;
  gold: Gold[];
}

function loadPart(part: string): Doc[] {
  const dir = path.join(evalDir, part);
  const anns = readdirSync(path.join(dir, 'attributions')).sort();
  return readdirSync(path.join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const text = readFileSync(path.join(dir, 'text', f), 'utf8');
      // several annotators may have annotated one article: use the first annotation
      const ann = anns.find((a) => a.startsWith(`${name}_`));
      return { name, text, gold: ann ? parseAnn(readFileSync(path.join(dir, 'attributions', ann), 'utf8'), text) : [] };
    });
}

function quality(docs: readonly Doc[]): void {
  let tp = 0;
  let fp = 0;
  let goldDirect = 0;
  let found = 0;
  let spkTotal = 0;
  let spkOk = 0;
  let indirect = 0;
  let indirectFound = 0;
  const verbose = process.argv.includes('--verbose');
  for (const d of docs) {
    const quotes = extractQuotes(parseArticle({ id: d.name, file: `${d.name}.txt`, text: d.text }));
    const marked = quotes.filter((q) => q.kind !== 'indirect');
    for (const q of marked) {
      if (d.gold.some((g) => g.direct && matches(q, g))) tp++;
      else if (!d.gold.some((g) => overlap(q.start, q.end, g.content) > 0)) {
        fp++;
        if (verbose) console.log(`FP ${d.name}: ${JSON.stringify(q.text.slice(0, 80))} [${q.speakerMention?.text ?? '-'}]`);
      }
    }
    for (const g of d.gold) {
      if (g.direct) {
        goldDirect++;
        const hit = marked.filter((q) => matches(q, g));
        if (hit.length === 0) {
          if (verbose) console.log(`FN ${d.name}: ${JSON.stringify(g.content.map(([a, b]) => d.text.slice(a, b)).join(' | ').slice(0, 120))}`);
          continue;
        }
        found++;
        if (g.source) {
          spkTotal++;
          const src = g.source;
          const ok = hit.some((q) => q.speakerMention !== null && overlap(q.speakerMention.start, q.speakerMention.end, src) > 0);
          if (ok) spkOk++;
          else if (verbose) {
            const q = hit[0]!;
            console.log(`SPK ${d.name}: ${JSON.stringify(q.text.slice(0, 60))} got [${q.speakerMention?.text ?? '-'}] want [${src.map(([a, b]) => d.text.slice(a, b)).join(' ')}]`);
          }
        }
      } else {
        indirect++;
        const len = fragLen(g.content);
        if (quotes.some((q) => overlap(q.start, q.end, g.content) >= 0.5 * len)) indirectFound++;
        else if (verbose && process.argv.includes('--indirect')) console.log(`IND ${d.name}: ${JSON.stringify(g.content.map(([a, b]) => d.text.slice(a, b)).join(' | ').slice(0, 120))}`);
      }
    }
  }
  const p = tp / Math.max(1, tp + fp);
  const r = found / Math.max(1, goldDirect);
  const f1 = (2 * p * r) / Math.max(1e-9, p + r);
  const f = (x: number): string => x.toFixed(3);
  console.log(
    `quotes dev (${docs.length} articles): direct P ${f(p)} R ${f(r)} F1 ${f(f1)} (gold ${goldDirect}, tp ${tp}, fp ${fp}) | ` +
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
  const part = process.argv.includes('--train') ? 'train' : 'dev';
  quality(loadPart(part));
  if (!process.argv.includes('--no-speed')) speed(loadPart('train'));
}
