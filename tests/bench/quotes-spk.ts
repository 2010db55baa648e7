// Speaker-error breakdown on PolNeAR (analysis aid, not a benchmark): for each matched direct or
// partial quote whose speaker mention misses the gold Source, prints a category and the sentence.
//   tsx tests/bench/quotes-spk.ts [train|dev] [CATEGORY-FILTER]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../shared/engine/ingest';
import { extractQuotes } from '../../shared/engine/quotes';

type Frag = [number, number];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'eval', 'polnear');
const part = process.argv[2] ?? 'train';
const filter = process.argv[3] ?? '';
const DOUBLE = /["\u201c\u201d\u201e\u2018]|''/;

function gold(ann: string): Array<{ content: Frag[]; source: Frag[] | null }> {
  const spans = new Map<string, Frag[]>();
  const out: Array<{ content: Frag[]; source: Frag[] | null }> = [];
  const evs: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const [id = '', body = ''] = line.split('\t');
    if (id.startsWith('T')) spans.set(id, body.slice(body.indexOf(' ') + 1).split(';').map((r) => r.trim().split(/\s+/).map(Number) as Frag));
    else if (id.startsWith('E')) {
      const ev: Record<string, string> = {};
      for (const p of body.split(/\s+/)) {
        const [k, v] = p.split(':');
        if (k && v) ev[k] = v;
      }
      evs.push(ev);
    }
  }
  for (const ev of evs) {
    const content: Frag[] = [];
    for (const k of Object.keys(ev)) if (/^Content\d*$/.test(k)) content.push(...(spans.get(ev[k]!) ?? []));
    if (content.length) out.push({ content, source: ev.Source ? (spans.get(ev.Source) ?? null) : null });
  }
  return out;
}
const ov = (a: number, b: number, fr: readonly Frag[]): number => fr.reduce((n, [s, e]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
const len = (fr: readonly Frag[]): number => fr.reduce((n, [s, e]) => n + e - s, 0);

const dir = path.join(root, part);
const anns = readdirSync(path.join(dir, 'attributions')).sort();
const counts = new Map<string, number>();
for (const f of readdirSync(path.join(dir, 'text')).filter((x) => x.endsWith('.txt')).sort()) {
  const name = f.slice(0, -4);
  const text = readFileSync(path.join(dir, 'text', f), 'utf8');
  const ann = anns.find((a) => a.startsWith(`${name}_`));
  if (!ann) continue;
  const golds = gold(readFileSync(path.join(dir, 'attributions', ann), 'utf8')).filter((g) => g.content.some(([a, b]) => DOUBLE.test(text.slice(a, b)) || text.slice(a, b).includes("'")));
  const art = parseArticle({ id: name, file: f, text });
  const sentOf = (pos: number): [number, number] => {
    const s = art.sentences.find((x) => pos >= x.start && pos < x.end);
    return s ? [s.start, s.end] : [pos, pos];
  };
  for (const q of extractQuotes(art)) {
    if (q.kind === 'indirect') continue;
    const m = golds.filter((g) => {
      const o = ov(q.start, q.end, g.content);
      return o > 0 && (o >= 0.5 * len(g.content) || o >= 0.5 * (q.end - q.start));
    });
    if (!m.length) continue;
    const g = m.reduce((x, y) => (ov(q.start, q.end, y.content) > ov(q.start, q.end, x.content) ? y : x));
    if (!g.source) continue;
    const sm = q.speakerMention;
    const ok = sm !== null && ov(sm.start, sm.end, g.source) > 0;
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
