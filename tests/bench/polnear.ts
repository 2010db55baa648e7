// Reading PolNeAR (brat standoff: Source / Cue / Content spans) and the matching rule of
// issue 3, shared by bench:quotes and its analysis aids so they all score the same way.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quote } from '../../shared/types';

export type Frag = [number, number];
export interface Gold {
  content: Frag[];
  source: Frag[] | null;
  direct: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const evalDir = path.resolve(repoRoot, '..', 'shared', 'eval', 'polnear');

/**
 * Quotation marks: any double mark (" “ ” „), an opening ‘, the doubled apostrophe '' that some
 * archives use for a double mark, and a straight ' that opens a quotation (a word start: after
 * a space, bracket or dash, before a letter). A lone ’ or a ' inside or after a word is an
 * apostrophe (don’t, Jones') and does not make a span a quotation.
 */
const DOUBLE_MARK = /["\u201c\u201d\u201e\u2018]|''/;
function hasQuoteMark(text: string, frags: readonly Frag[]): boolean {
  for (const [a, b] of frags) {
    if (DOUBLE_MARK.test(text.slice(a, b))) return true;
    for (let i = a; i < b; i++) {
      if (text[i] !== "'") continue;
      const before = i > 0 ? text[i - 1]! : ' ';
      if (/[\s([\u2014\u2013-]/.test(before) && /[A-Za-z]/.test(text[i + 1] ?? '')) return true;
    }
  }
  return false;
}

export function parseAnn(ann: string, text: string): Gold[] {
  const spans = new Map<string, Frag[]>();
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T') && cols[1]) {
      const sp = cols[1].indexOf(' ');
      const frags = cols[1]
        .slice(sp + 1)
        .split(';')
        .map((r) => r.trim().split(/\s+/).map(Number) as Frag);
      spans.set(id, frags);
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
    // an attribution may continue its content in a second span (Content2): one content, several fragments
    const content: Frag[] = [];
    for (const key of Object.keys(ev)) if (/^Content\d*$/.test(key)) content.push(...(spans.get(ev[key]!) ?? []));
    if (content.length === 0) continue;
    const source = ev.Source ? (spans.get(ev.Source) ?? null) : null;
    out.push({ content, source, direct: hasQuoteMark(text, content) });
  }
  return out;
}

export function overlap(a: number, b: number, frags: readonly Frag[]): number {
  let n = 0;
  for (const [s, e] of frags) n += Math.max(0, Math.min(b, e) - Math.max(a, s));
  return n;
}
export function fragLen(frags: readonly Frag[]): number {
  return frags.reduce((n, [s, e]) => n + (e - s), 0);
}
/** covers at least half of the gold span, or lies at least half inside it */
export function matches(q: Quote, g: Gold): boolean {
  const ov = overlap(q.start, q.end, g.content);
  return ov > 0 && (ov >= 0.5 * fragLen(g.content) || ov >= 0.5 * (q.end - q.start));
}

export interface Doc {
  name: string;
  text: string;
  gold: Gold[];
}

export function loadPart(part: string): Doc[] {
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

/**
 * Extracted direct and partial quotes with the gold quotation each is scored against (the
 * direct gold it overlaps most, as bench:quotes scores speakers); only golds with a Source.
 */
export function scoredPairs(doc: Doc, quotes: readonly Quote[]): Array<{ q: Quote; g: Gold & { source: Frag[] } }> {
  const golds = doc.gold.filter((g) => g.direct);
  const out: Array<{ q: Quote; g: Gold & { source: Frag[] } }> = [];
  for (const q of quotes) {
    if (q.kind === 'indirect') continue;
    const m = golds.filter((g) => matches(q, g));
    if (m.length === 0) continue;
    const g = m.reduce((x, y) => (overlap(q.start, q.end, y.content) > overlap(q.start, q.end, x.content) ? y : x));
    if (g.source) out.push({ q, g: { ...g, source: g.source } });
  }
  return out;
}
