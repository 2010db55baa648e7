// npm run bench:names — entities, merges and flagged spelling conflicts on the seed corpus
// and on the PolNeAR dev articles, with the seed checks of issue 5 and the name gold in
// seeds-dev.json. Prints the flagged conflicts for a human to review.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../shared/engine/ingest';
import { groupSources } from '../../shared/engine/sources';
import { extractMentions, linkEntities } from '../../shared/engine/names';
import { spellingKey } from '../../shared/engine/names/normalize';
import type { Entity, ParsedArticle, Quote } from '../../shared/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const evalDir = path.resolve(repoRoot, '..', 'shared', 'eval');

type QuoteFn = (a: ParsedArticle) => Quote[];

async function quoteStage(): Promise<QuoteFn> {
  // The quote stage only helps pronoun links; the bench still runs while it is being rebuilt.
  try {
    const mod = await import('../../shared/engine/quotes');
    return mod.extractQuotes;
  } catch {
    console.log('names: quote stage unavailable, pronouns resolved without it');
    return () => [];
  }
}

function load(dir: string, idLen: number | null): ParsedArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseArticle({ id: idLen ? f.slice(0, idLen) : f.replace(/\.txt$/, ''), file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

interface Run {
  entities: Entity[];
  mentions: number;
  ms: number;
}

function run(articles: ParsedArticle[], quotes: QuoteFn): Run {
  // Quotes and source groups are other stages: computed before the clock starts.
  const quoteLists = articles.map((a) => safeQuotes(quotes, a));
  const groups = groupSources(articles).groups;
  const t0 = performance.now();
  const mentions = articles.flatMap((a, i) => extractMentions(a, quoteLists[i] ?? []));
  const entities = linkEntities(mentions, articles, groups);
  return { entities, mentions: mentions.length, ms: performance.now() - t0 };
}

function safeQuotes(quotes: QuoteFn, a: ParsedArticle): Quote[] {
  try {
    return quotes(a);
  } catch {
    return [];
  }
}

function report(label: string, articles: number, r: Run): void {
  const people = r.entities.filter((e) => e.type === 'person');
  const merged = people.filter((e) => e.spellings.length > 1);
  const merges = merged.reduce((n, e) => n + e.spellings.length - 1, 0);
  const conflicts = people.filter((e) => e.spellingConflict);
  const mem = process.memoryUsage();
  console.log(
    `names ${label}: ${articles} articles, ${r.mentions} mentions, ${r.entities.length} entities (${people.length} people, ${r.entities.length - people.length} organisations), ` +
      `${merges} merges in ${merged.length} entities, ${conflicts.length} flagged conflicts, ${r.ms.toFixed(0)} ms, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(mem.rss / 2 ** 20).toFixed(0)} MB`,
  );
  for (const e of conflicts) {
    const rows = e.spellingDetails.map((d) => `"${d.spelling}" [${d.articles.length} art, ${d.sourceGroups.length} grp]`).join(' | ');
    console.log(`  conflict ${e.id}: ${rows} -> prefer "${e.preferred.spelling}" (${e.preferred.reason})`);
  }
}

const holding = (es: readonly Entity[], spelling: string): Entity | undefined => {
  const key = spellingKey(spelling);
  return es.find((e) => e.spellings.some((s) => spellingKey(s) === key));
};

function seedChecks(es: readonly Entity[]): void {
  const checks: Array<[string, boolean]> = [];
  const one = (a: string, b: string, flagged: boolean | null): void => {
    const ea = holding(es, a);
    const ok = !!ea && ea === holding(es, b) && (flagged === null || ea.spellingConflict === flagged);
    checks.push([`"${a}" = "${b}"${flagged ? ' (flagged)' : ''}`, ok]);
  };
  const apart = (a: string, b: string): void => {
    const ea = holding(es, a);
    checks.push([`"${a}" != "${b}"`, !!ea && ea !== holding(es, b)]);
  };
  one('Sergey Lavrov', 'Sergei Lavrov', true);
  one('Musaed al Alban', 'Mosaad bin Mohammad Al-Aiban', true);
  one('Faisal bin Farhan', 'Prince Faisal bin Farhan Al Saud', null);
  apart('Donald Trump', 'Donald Tusk');
  apart('Kirill Dmitriev', 'Dmitry Peskov');
  const goldFile = path.join(evalDir, 'seeds-dev.json');
  if (fs.existsSync(goldFile)) {
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as {
      name_variants?: Array<{ spellings: string[]; conflict: boolean }>;
      distinct_people?: string[][];
    };
    for (const v of gold.name_variants ?? []) {
      const [first, ...rest] = v.spellings;
      if (!first) continue;
      for (const s of rest) one(first, s, v.conflict);
    }
    for (const [a, b] of gold.distinct_people ?? []) if (a && b) apart(a, b);
  } else console.log(`names seeds: gold skipped (${goldFile} absent)`);
  const passed = checks.filter(([, ok]) => ok).length;
  console.log(`names seeds checks: ${passed}/${checks.length} passed`);
  for (const [name, ok] of checks) if (!ok) console.log(`  FAILED ${name}`);
}

async function main(): Promise<void> {
  const quotes = await quoteStage();
  const seedsDir = path.join(repoRoot, 'seeds');
  if (fs.existsSync(seedsDir)) {
    const seeds = load(seedsDir, 3);
    const r = run(seeds, quotes);
    report('seeds', seeds.length, r);
    seedChecks(r.entities);
  } else console.log('names seeds: skipped (no seeds/ folder)');

  const polnear = path.join(evalDir, 'polnear', 'dev', 'text');
  if (fs.existsSync(polnear)) {
    const arts = load(polnear, null);
    report('polnear-dev', arts.length, run(arts, quotes));
  } else console.log(`names polnear-dev: skipped (${polnear} absent)`);
}

void main();
