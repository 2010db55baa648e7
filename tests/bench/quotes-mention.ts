// Speaker-mention span analysis on PolNeAR (analysis aid, not a benchmark): one line per matched
// direct or partial quote with a gold Source: ok flag, predicted mention, gold source and the
// text between them, to measure how a longer or shorter mention span would score.
//   tsx tests/bench/quotes-mention.ts [train|dev] > out.tsv
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../shared/engine/ingest';
import { extractQuotes } from '../../shared/engine/quotes';

type Frag = [number, number];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'eval', 'polnear');
const part = process.argv[2] ?? 'train';
const DOUBLE = /["\u201c\u201d\u201e\u2018]|''/;

function gold(ann: string): Array<{ content: Frag[]; source: Frag[] | null }> {
  const spans = new Map<string, Frag[]>();
  const out: Array<{ content: Frag[]; source: Frag[] | null }> = [];
  for (const line of ann.split('\n')) {
    const [id = '', body = ''] = line.split('\t');
    if (id.startsWith('T')) spans.set(id, body.slice(body.indexOf(' ') + 1).split(';').map((r) => r.trim().split(/\s+/).map(Number) as Frag));
    else if (id.startsWith('E')) {
      const ev: Record<string, string> = {};
      for (const p of body.split(/\s+/)) {
        const [k, v] = p.split(':');
        if (k && v) ev[k] = v;
      }
      const content: Frag[] = [];
      for (const k of Object.keys(ev)) if (/^Content\d*$/.test(k)) content.push(...(spans.get(ev[k]!) ?? []));
      if (content.length) out.push({ content, source: ev.Source ? (spans.get(ev.Source) ?? null) : null });
    }
  }
  return out;
}
const ov = (a: number, b: number, fr: readonly Frag[]): number => fr.reduce((n, [s, e]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
const len = (fr: readonly Frag[]): number => fr.reduce((n, [s, e]) => n + e - s, 0);
const clean = (s: string): string => s.replace(/\s+/g, ' ');

const dir = path.join(root, part);
const anns = readdirSync(path.join(dir, 'attributions')).sort();
for (const f of readdirSync(path.join(dir, 'text')).filter((x) => x.endsWith('.txt')).sort()) {
  const name = f.slice(0, -4);
  const text = readFileSync(path.join(dir, 'text', f), 'utf8');
  const ann = anns.find((a) => a.startsWith(`${name}_`));
  if (!ann) continue;
  const golds = gold(readFileSync(path.join(dir, 'attributions', ann), 'utf8')).filter((g) => g.content.some(([a, b]) => DOUBLE.test(text.slice(a, b)) || text.slice(a, b).includes("'")));
  for (const q of extractQuotes(parseArticle({ id: name, file: f, text }))) {
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
