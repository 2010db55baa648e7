import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/main';
import { SEEDS_DIR, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const seeds = ['000_5738a92113f2a0e2.txt', '001_dd7fcc339b0840ef.txt', '003_326ea39d15a36af7.txt'].map((f) => path.join(SEEDS_DIR, f));

interface Json {
  articles: Array<{ id: string; file: string; sourceGroup: string }>;
  quotes: Array<{ article: string; start: number; end: number; text: string; kind: string }>;
  claims: Array<{ id: string; article: string; start: number; end: number; text: string; cluster: string }>;
  clusters: Array<{ id: string; claims: string[]; suggestedVerdict: string; reasons: string[] }>;
  entities: Array<{ id: string; mentions: Array<{ article: string; start: number; end: number; text: string }> }>;
}

describe('corroborate CLI', () => {
  it('analyze --json prints the agreed shape with offsets into the file text', () => {
    const r = run(['analyze', '--json', ...seeds]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.articles.map((a) => a.file)).toEqual(seeds);
    const text = new Map(out.articles.map((a, i) => [a.id, readFileSync(seeds[i]!, 'utf8').replace(/^\uFEFF/, '')]));
    for (const c of out.claims) expect(text.get(c.article)!.slice(c.start, c.end)).toBe(c.text);
    for (const q of out.quotes) expect(text.get(q.article)!.slice(q.start, q.end)).toBe(q.text);
    for (const e of out.entities) for (const m of e.mentions) expect(text.get(m.article)!.slice(m.start, m.end)).toBe(m.text);
    const clusterIds = new Set(out.clusters.map((c) => c.id));
    for (const c of out.claims) expect(clusterIds.has(c.cluster)).toBe(true);
    for (const k of out.clusters) expect(['corroborated', 'contradicted', 'single-sourced']).toContain(k.suggestedVerdict);
  });

  it('imports into a database and writes reports, refusing to overwrite without --force', () => {
    const dir = tempDir();
    const db = path.join(dir, 'p.sqlite');
    const imp = run(['import', '--db', db, ...seeds]);
    expect(imp.stderr).toBe('');
    expect(imp.stdout).toMatch(/imported 3 article/);
    expect(run(['import', '--db', db, seeds[0]!]).stdout).toMatch(/skipped .*already in the project/);
    const out = path.join(dir, 'r.md');
    expect(run(['report', '--db', db, '--format', 'md', '--out', out]).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    writeFileSync(out, 'keep me');
    const refused = run(['report', '--db', db, '--format', 'md', '--out', out]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/--force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(run(['report', '--db', db, '--format', 'md', '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('keep me');
  });

  it('pairs prints id, same and score per line and skips a header', () => {
    const file = path.join(tempDir(), 'p.tsv');
    writeFileSync(file, 'Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n'.split('\t').slice(0, 3).join('\t') + '\nx1\tThe cat sat on the mat.\tThe cat sat on the mat.\nx2\tStocks fell sharply on Monday.\tThe new bridge opened in May.\n');
    const r = run(['pairs', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(lines.map((l) => l[0])).toEqual(['x1', 'x2']);
    expect(lines[0]![1]).toBe('1');
    expect(lines[1]![1]).toBe('0');
    expect(Number(lines[0]![2])).toBeGreaterThan(Number(lines[1]![2]));
  });

  it('gives one-line errors and non-zero exits for bad input, never a stack trace', () => {
    const dir = tempDir();
    const bin = path.join(dir, 'x.bin');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255]));
    const cases = [
      run(['frobnicate']),
      run(['analyze']),
      run(['analyze', path.join(dir, 'missing.txt')]),
      run(['analyze', bin]),
      run(['report', '--db', path.join(dir, 'none.sqlite'), '--format', 'md']),
      run(['report', '--db', path.join(dir, 'none.sqlite'), '--format', 'docx']),
      run(['analyze', '--bogus', seeds[0]!]),
    ];
    for (const c of cases) {
      expect(c.code).not.toBe(0);
      expect(c.stderr.trim().split('\n')).toHaveLength(1);
      expect(c.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
    expect(cases[3]!.stderr).toMatch(/binary/);
  });
});
